import search from 'approx-string-match';
import { plainText } from '../../text/plain-text';
import { allQuotations, type Quotation } from '../../text/quotation-marks';

// A retelling that puts words in quotation marks says the source (or someone) said exactly those
// words. Against the primary source that is the strictest test there is: the words are in it, or
// they are not. An invented quotation ("will be the next giant wave of AI", which nobody there
// wrote) shares enough terms with some passage to pass for a paraphrase, so it is tested apart.

/**
 * Fewest words a quotation needs to be held to the source's words. Shorter ones are terms, names
 * and scare quotes ("agentic AI", “specialty metal items”), which a writer may quote from anywhere.
 */
const LEAST_QUOTED_WORDS = 4;
/** Fewest words of one piece of a quotation cut by an ellipsis or a bracket, to be looked for. */
const LEAST_PIECE_WORDS = 3;
/**
 * Share of a quotation's characters that may differ from the source's and still be its words: a
 * spelling, a dropped article. Chosen here, as in a careful reader's "near enough verbatim"; a
 * changed word in a short quotation is past it.
 */
const MAX_ERROR_SHARE = 0.1;
/** Below this many characters only the exact words are looked for. */
const LEAST_FUZZY_CHARS = 24;

/** Where a writer cut or filled in a quotation: an ellipsis or words in brackets. */
const CUT = /\s*(?:\.\.\.|…|\[[^\]]*\])\s*/u;
const NUMBERS = /\p{N}+/gu;
/** Words as a reader counts them: "That’s" is one, and an address is one. */
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A title names a work, it does not quote one: every word of four letters or more capitalised
 * ("AI Must Embrace Specialization via Superhuman Adaptable Intelligence").
 */
function isTitle(quotation: string): boolean {
  const long = quotation.match(/[\p{L}]{4,}/gu) ?? [];
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** The quotations of a sentence that are held to the source's words, as the page gives them. */
export function quotationsIn(sentence: string): Quotation[] {
  return allQuotations(sentence).filter(
    (q) => wordCount(q.text) >= LEAST_QUOTED_WORDS && !isTitle(q.text),
  );
}

/** The sources' sentences as one flat text, with where each sentence starts in it. */
export interface QuotableText {
  flat: string;
  starts: number[];
}

export function quotableText(sentences: readonly { text: string }[]): QuotableText {
  const starts: number[] = [];
  // A space before each word, so that a piece is found as " words " at word bounds.
  let text = ' ';
  for (const s of sentences) {
    starts.push(text.length);
    text += `${plainText(s.text)} `;
  }
  return { flat: text, starts };
}

/** The sentence in which flat offset `at` lies. */
function sentenceAt(source: QuotableText, at: number): number {
  let lo = 0;
  let hi = source.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (source.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where the source says a piece of a quotation, in its words or near enough: a flat offset, or -1.
 * Near enough is looked for only around the sentences given (those most like the quotation by
 * their terms, and the next of each, for a quotation that runs on): a search over a whole long
 * source per quotation cost milliseconds each (docs/speed.md), and a quotation a few letters from
 * a sentence shares most of its terms.
 */
function pieceAt(piece: string, source: QuotableText, near: readonly number[]): number {
  const exact = source.flat.indexOf(` ${piece} `);
  if (exact >= 0) return exact + 1;
  if (piece.length < LEAST_FUZZY_CHARS) return -1;
  const errors = Math.floor(piece.length * MAX_ERROR_SHARE);
  // A slip of spelling, not of a figure: "Cosmos 4" is not a misspelt "Cosmos 3".
  const numbers = piece.match(NUMBERS)?.join(' ') ?? '';
  let best: { start: number; errors: number } | undefined;
  for (const i of near) {
    const from = source.starts[Math.max(0, i - 1)] ?? 0;
    const to = source.starts[i + 2] ?? source.flat.length;
    const stretch = source.flat.slice(from, to);
    for (const m of search(stretch, piece, errors))
      if (
        (stretch.slice(m.start, m.end).match(NUMBERS)?.join(' ') ?? '') === numbers &&
        (!best || m.errors < best.errors)
      )
        best = { start: from + m.start, errors: m.errors };
  }
  return best ? best.start : -1;
}

/**
 * Where the source says a quotation: the index of the sentence in which it begins; `null` when
 * the source never says its words; `undefined` when it is too cut up to look for. `near`: the
 * source sentences around which to look for words near enough (pieceAt).
 */
export function quotedAt(
  quotation: string,
  source: QuotableText,
  near: readonly number[],
): number | null | undefined {
  const pieces = quotation
    .split(CUT)
    .map(plainText)
    .filter((p) => p.split(' ').length >= LEAST_PIECE_WORDS);
  if (!pieces.length) return undefined;
  let first: number | undefined;
  for (const piece of pieces) {
    const at = pieceAt(piece, source, near);
    if (at < 0) return null;
    first ??= sentenceAt(source, at);
  }
  return first;
}
