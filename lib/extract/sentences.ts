import type { Sentence } from './article';

type Granularity = 'sentence' | 'word';

/** One segmenter per locale and granularity: constructing one costs far more than using it. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string, granularity: Granularity): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity });
    } catch {
      // An unknown or malformed language tag from the page: fall back to English rules.
      segmenter = new Intl.Segmenter('en', { granularity });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/**
 * Longest sentence, in characters. A "sentence" past this is a run-on block (a table flattened,
 * a 1 MB paragraph): it is cut at spaces, which also bounds the cost of every per-sentence rule.
 */
export const MAX_SENTENCE_CHARS = 1_000;

/** Pieces of a long segment, cut at the last space before the limit. */
function* pieces(segment: string, base: number): Generator<{ text: string; start: number }> {
  let from = 0;
  while (segment.length - from > MAX_SENTENCE_CHARS) {
    const cut = segment.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
    const end = cut > from ? cut : from + MAX_SENTENCE_CHARS;
    yield { text: segment.slice(from, end), start: base + from };
    from = end;
  }
  yield { text: segment.slice(from), start: base + from };
}

/**
 * Intl.Segmenter's iteration slows down with the length of the string it walks (quadratic over a
 * long string in V8), so text is fed to it in chunks of at most this many characters, cut after a
 * sentence end or at a space.
 */
const SEGMENT_CHUNK = 4_000;

/** Lines of `text`, and chunks of long lines, with their offsets. */
function* chunks(text: string): Generator<{ text: string; start: number }> {
  const line = /[^\n]+/g;
  for (let block = line.exec(text); block; block = line.exec(text)) {
    let from = 0;
    const value = block[0];
    while (value.length - from > SEGMENT_CHUNK) {
      const window = value.slice(from, from + SEGMENT_CHUNK);
      const sentenceEnd = Math.max(
        window.lastIndexOf('. '),
        window.lastIndexOf('! '),
        window.lastIndexOf('? '),
      );
      const cut =
        sentenceEnd > SEGMENT_CHUNK / 2
          ? sentenceEnd + 2
          : window.lastIndexOf(' ') > 0
            ? window.lastIndexOf(' ') + 1
            : SEGMENT_CHUNK;
      yield { text: value.slice(from, from + cut), start: block.index + from };
      from += cut;
    }
    yield { text: value.slice(from), start: block.index + from };
  }
}

/**
 * Splits text into sentences with Intl.Segmenter, keeping offsets into `text`.
 * A line break always ends a sentence; surrounding whitespace is trimmed off.
 */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  const segmenter = segmenterFor(lang, 'sentence');
  const sentences: Sentence[] = [];
  for (const chunk of chunks(text)) {
    const base = chunk.start;
    let previous: Sentence | null = null;
    for (const { segment, index } of segmenter.segment(chunk.text)) {
      for (const piece of pieces(segment, base + index)) {
        const trimmed = piece.text.trim();
        if (!trimmed) continue;
        const start = piece.start + (piece.text.length - piece.text.trimStart().length);
        const end = start + trimmed.length;
        if (
          previous &&
          goesOn(previous.text, trimmed) &&
          end - previous.start <= MAX_SENTENCE_CHARS
        ) {
          previous.end = end;
          previous.text = text.slice(previous.start, end);
          continue;
        }
        previous = { text: trimmed, start, end };
        sentences.push(previous);
      }
    }
  }
  return sentences;
}

/**
 * Abbreviations after which Intl.Segmenter ends a sentence that goes on ("0.921 vs. 0.833",
 * "models, e.g. Llama"). V8's segmenter has no abbreviation list (ICU's "ss" suppressions are not
 * exposed); these are the ones English news writing uses mid-sentence, chosen here. `ALWAYS`
 * never ends a sentence; `BEFORE_LOWER` ends one only before a capital ("… etc. The next").
 */
const ALWAYS =
  /(?:^|[\s(])(?:vs|v|e\.g|i\.e|cf|viz|approx|ca|No|Fig|Figs|Eq|Sec|Mr|Mrs|Ms|Dr|Prof|St)\.$/u;
const BEFORE_LOWER = /(?:^|[\s(])(?:etc|incl|esp|al|Inc|Corp|Ltd|Co|Jr|Sr)\.$/u;
const STARTS_LOWER = /^[\p{Ll}\p{N}(,;:]/u;

/** Whether a segment the segmenter began is the rest of the one before it, cut at an abbreviation. */
function goesOn(before: string, after: string): boolean {
  return ALWAYS.test(before) || (BEFORE_LOWER.test(before) && STARTS_LOWER.test(after));
}

/** Counts words with Intl.Segmenter's word granularity (works for scripts without spaces too). */
export function countWords(text: string, lang = 'en'): number {
  const segmenter = segmenterFor(lang, 'word');
  let count = 0;
  for (const chunk of chunks(text))
    for (const part of segmenter.segment(chunk.text)) if (part.isWordLike) count++;
  return count;
}
