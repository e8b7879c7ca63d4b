// Where a sentence puts words in quotation marks. Text alone: the comparison holds quotations to
// the source's words (analysis/align/quotations.ts), and whom a page credits leaves out names
// inside them (source/attribution.ts).

/**
 * Paired double quotation marks, curly or straight, within one line, around prose: opened at the
 * start, after a space or an opening bracket or dash, on a letter, digit or ellipsis, and closed
 * before a space, a stop or the end. So `data-x="a/b.js"` and `("); } else { alert("` in code
 * are not quotations.
 */
const QUOTATION =
  /(?<=^|[\s([{—–-])[“"](?=[\p{L}\p{N}…]|\.\.\.)([^“”"\n]+)[”"](?=$|[\s.,;:!?)\]}—–-])/gu;

/** A quotation of a sentence: its words, and where they are in the sentence. */
export interface Quotation {
  text: string;
  start: number;
  end: number;
}

/** Every quotation of a sentence, paired marks and all, whatever its length. */
export function allQuotations(sentence: string): Quotation[] {
  return [...sentence.matchAll(QUOTATION)].map((m) => ({
    text: m[1]!,
    start: m.index + 1,
    end: m.index + 1 + m[1]!.length,
  }));
}

/**
 * A quotation the sentence closes without opening it: one that runs on from the sentence before
 * (`…goes below $0",`). Its first mark closes: it follows a word or a stop, not a space, and
 * comes before a space, a stop or the end.
 */
const RUN_ON_QUOTATION = /^[^“”"]*?[^\s“”"][”"](?=$|[\s.,;:!?)\]}—–-])/u;

/**
 * Where a sentence gives someone's words in quotation marks, as offsets: its quotations, and the
 * start of one that runs on from the sentence before. Whatever they say is the quoted speaker's
 * (a prompt, a user, an executive), not the sentence's own voice.
 */
export function quotedSpans(sentence: string): [number, number][] {
  const spans = allQuotations(sentence).map((q): [number, number] => [q.start, q.end]);
  const runOn = RUN_ON_QUOTATION.exec(sentence);
  return runOn ? [[0, runOn[0].length - 1], ...spans] : spans;
}
