import notNames from '../../knowledge/lexicons/not-names.json';
import { ONES, TEENS, TENS } from '../../text/number-words';

// Whether a sentence names something in particular (claim-kind.ts): a figure, a quotation or a name.

/** Figures in words ("three countries", "a dozen", "half"): a figure too. */
const NUMBER_WORDS = new RegExp(
  String.raw`\b(?:${[...ONES, ...TEENS, ...TENS, 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'half', 'twice', 'double', 'triple', 'tenfold'].join('|')})\b`,
  'i',
);
/** Words written in capitals that name no one ("AI", "GPU", "Blog"): not a name of anything in particular. */
export const COMMON_CAPITALS: ReadonlySet<string> = new Set([
  ...notNames.entries.acronyms,
  ...notNames.entries.generic,
]);
/**
 * A word in a name's form wherever it stands: a capital after a small letter ("DeepSeek", "OpenAI",
 * "iPhone") or a short word all in capitals ("NVIDIA", "TSMC"). A sentence's first word and a title
 * case heading's words have their capitals whatever they are ("Nano runs…"); these forms no common
 * word takes, so they name something even there.
 */
export const NAME_FORM = /^(?:\p{Lu}*\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{2,6})$/u;
/** Whether a sentence names something in particular: a figure, a quotation, or a proper name. */
export function isSpecific(text: string): boolean {
  if (/\p{N}/u.test(text) || /["“”]/u.test(text) || NUMBER_WORDS.test(text)) return true;
  // The first word (a bullet or a dash before it is no word: "• Comprehensive mapping") and the
  // first after a label's colon ("Plan actions: Step-by-step sequences") are capitalised whatever
  // they are: only a name's form makes them a name, and a label ("UPDATE:") is none.
  const words = text.split(/\s+/);
  const first = words.findIndex((w) => /[\p{L}\p{N}]/u.test(w));
  return words.some((w, i) => {
    if (first < 0 || i < first) return false;
    const word = w.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '');
    if (COMMON_CAPITALS.has(word)) return false;
    if (i === first || words[i - 1]!.endsWith(':')) return NAME_FORM.test(word) && !w.endsWith(':');
    return /^\p{Lu}/u.test(word);
  });
}
