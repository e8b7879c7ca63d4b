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
/** A word without the marks around it ("“Nano,”" is "Nano"). */
export const bareWord = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/**
 * A label's colon opens a phrase whose first word has its capital whatever it is ("Plan actions:
 * Step-by-step sequences"), as a sentence's first word does: that word is read in lower case,
 * unless it is in a name's form ("Partners: NVIDIA and Foxconn") or a name goes on after it
 * ("Rivals: Google Vision and Textract"). The text keeps its length, so offsets hold; what reads
 * names (isSpecific, and the names a source never mentions) reads it so.
 */
export const labelsOpened = (text: string) =>
  text.replace(/(?<=:\s+)\p{Lu}[\p{L}\p{N}]*/gu, (word, at: number) =>
    NAME_FORM.test(word) || /^\S*\s+\p{Lu}/u.test(text.slice(at + word.length))
      ? word
      : word[0]!.toLowerCase() + word.slice(1),
  );
/** Whether a sentence names something in particular: a figure, a quotation, or a proper name. */
export function isSpecific(text: string): boolean {
  if (/\p{N}/u.test(text) || /["“”]/u.test(text) || NUMBER_WORDS.test(text)) return true;
  // The first word (a bullet or a dash before it is no word: "• Comprehensive mapping") is
  // capitalised whatever it is: only a name's form makes it a name, and a label ("UPDATE:") is none.
  const words = labelsOpened(text).split(/\s+/);
  const first = words.findIndex((w) => /[\p{L}\p{N}]/u.test(w));
  return words.some((w, i) => {
    if (first < 0 || i < first) return false;
    const word = bareWord(w);
    if (COMMON_CAPITALS.has(word)) return false;
    if (i === first) return NAME_FORM.test(word) && !w.endsWith(':');
    return /^\p{Lu}/u.test(word);
  });
}
