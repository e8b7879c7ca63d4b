import search from 'approx-string-match';

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type PassageSelector = TextQuoteSelector | TextPositionSelector;

const WHITESPACE = /\s/;

/** Context kept on each side of a quote: enough to tell repeated phrases apart. */
const CONTEXT = 32;
/** A re-anchored quote may differ from the saved one by at most this share of its length. */
const MAX_ERROR_SHARE = 0.25;
/** Occurrences looked at, and of those the ones weighed by context (each costs two small searches). */
const MAX_OCCURRENCES = 10_000;
const MAX_WEIGHED = 50;
/** Beyond this length the approximate search is not tried (its cost grows with errors × text). */
const MAX_FUZZY_QUOTE = 2_000;

/** A passage's quote: the exact text of its TextQuoteSelector ('' when it has none). */
export const quoteOf = (selectors: readonly PassageSelector[]): string =>
  selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')?.exact ?? '';

/** Selectors for text[start, end): the quote with its context, and its position. */
export function describePassage(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

interface Anchor {
  start: number;
  end: number;
  /** The text now at that place (may differ a little from the saved quote). */
  exact: string;
}

/** Similarity in 0..1 of two short strings by edit distance (for prefix and suffix). */
function similarity(a: string, b: string): number {
  if (!a && !b) return 1;
  if (!a || !b) return 0;
  const [match] = search(a, b, b.length);
  return match ? 1 - match.errors / b.length : 0;
}

/**
 * Finds a saved passage in the page's current text, as Hypothesis re-anchors annotations: the
 * exact quote first; else an approximate match (a few characters added, removed or changed) within
 * a quarter of the quote's length. Between several candidates, the one whose surrounding text and
 * position agree best wins. Null when the passage is no longer there.
 */
export function anchorPassage(text: string, selectors: readonly PassageSelector[]): Anchor | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  );
  if (!quote?.exact) {
    if (!position || position.end > text.length || position.start >= position.end) return null;
    return {
      start: position.start,
      end: position.end,
      exact: text.slice(position.start, position.end),
    };
  }
  const exact = quote.exact;
  const expected = position?.start ?? 0;
  let candidates: { start: number; end: number; errors: number }[] = [];
  for (
    let at = text.indexOf(exact);
    at >= 0 && candidates.length < MAX_OCCURRENCES;
    at = text.indexOf(exact, at + 1)
  ) {
    candidates.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (!candidates.length && exact.length <= MAX_FUZZY_QUOTE) {
    const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
    if (maxErrors > 0) candidates = search(text, exact, maxErrors).slice(0, MAX_OCCURRENCES);
  }
  if (!candidates.length) return null;
  // A quote repeated all over the page (hostile, or "a a a a"): weigh only those nearest its place.
  if (candidates.length > MAX_WEIGHED)
    candidates = candidates
      .sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected))
      .slice(0, MAX_WEIGHED);
  let best = candidates[0]!;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / exact.length;
    const prefixScore = quote.prefix
      ? similarity(text.slice(Math.max(0, c.start - quote.prefix.length), c.start), quote.prefix)
      : 1;
    const suffixScore = quote.suffix
      ? similarity(text.slice(c.end, c.end + quote.suffix.length), quote.suffix)
      : 1;
    const positionScore = position
      ? 1 - Math.min(1, Math.abs(c.start - expected) / Math.max(1, text.length))
      : 1;
    // Weights as in Hypothesis's anchoring (quote 50, prefix and suffix 20 each, position 2).
    const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return { start: best.start, end: best.end, exact: text.slice(best.start, best.end) };
}

/**
 * Where a quote copied from the page (a selection) lies in the article text, ignoring differences
 * in whitespace (line breaks between paragraphs, runs of spaces). Null when it is not there.
 */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const needle = quote.replace(/\s+/g, ' ').trim();
  if (!needle) return null;
  const parts: string[] = [];
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const space = WHITESPACE.test(text[i]!);
    if (space && lastWasSpace) continue;
    parts.push(space ? ' ' : text[i]!);
    origin.push(i);
    lastWasSpace = space;
  }
  const at = parts.join('').indexOf(needle);
  if (at < 0) return null;
  return { start: origin[at]!, end: origin[at + needle.length - 1]! + 1 };
}
