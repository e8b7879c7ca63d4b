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
/** Whether a sentence names something in particular: a figure, a quotation, or a proper name. */
export function isSpecific(text: string): boolean {
  if (/\p{N}/u.test(text) || /["“”]/u.test(text) || NUMBER_WORDS.test(text)) return true;
  // Past the first word: a bullet or a dash before it is no word ("• Comprehensive mapping"),
  // and a label's colon starts a phrase whose first word has its capital too ("Plan actions:
  // Step-by-step sequences").
  const words = text.split(/\s+/);
  const first = words.findIndex((w) => /[\p{L}\p{N}]/u.test(w));
  return words.some((w, i) => {
    if (first < 0 || i <= first || words[i - 1]!.endsWith(':')) return false;
    const word = w.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '');
    return /^\p{Lu}/u.test(word) && !COMMON_CAPITALS.has(word);
  });
}
