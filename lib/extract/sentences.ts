import stopwords from '../knowledge/stopwords.json';
import uninformative from '../knowledge/lexicons/uninformative.json';
import type { Article, Sentence, UnsplitArticle } from './article';

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
 * "models, e.g. Llama", "see Fig. 3"). V8's segmenter has no abbreviation list (ICU's "ss"
 * suppressions are not exposed); these are the ones English news writing uses mid-sentence,
 * chosen here. `ALWAYS` never ends a sentence; `BEFORE_NUMBER` only goes on before a number (a
 * sentence may end in "No."); `BEFORE_LOWER` ends one before a capital ("… etc. The next").
 * The titles of office ("Sen.", "Gov.", "Gen.") are the AP stylebook's abbreviated titles.
 */
const ALWAYS =
  /(?:^|[\s(])(?:vs|v|e\.g|i\.e|cf|viz|approx|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Hon|Adm|Maj)\.$/u;
const BEFORE_NUMBER = /(?:^|[\s(])(?:No|Nos|Fig|Figs|Eq|Sec|p|pp)\.$/u;
const BEFORE_LOWER = /(?:^|[\s(])(?:etc|incl|esp|al|Inc|Corp|Ltd|Co|Jr|Sr)\.$/u;
/** A time of day ("3:45 p.m."), which goes on before a time zone or a small letter ("p.m. ET with…"). */
const CLOCK = /(?:^|[\s\d])[ap]\.m\.$/u;
const STARTS_ZONE_OR_LOWER =
  /^(?:(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AES?T|AEDT)(?![\p{L}])|[\p{Ll}\p{N}(,;:])/u;
const STARTS_NUMBER = /^\p{N}/u;
const STARTS_LOWER = /^[\p{Ll}\p{N}(,;:]/u;
/**
 * An initial in a name: one capital and a full stop after a capitalised word (a title's
 * abbreviation too: "Dr. A."), another initial ("says Brian K.", "J. R.") or a word that names a
 * person next ("said C. Fred Bergsten", "by J. Smith"), where the segmenter ends a sentence before
 * the surname ("Coombes, PhD, …"). After other lower-case words a letter is a thing ("vitamin
 * D.", "grade C."); "I." after a name is a numeral ("Henry I. The next…").
 */
const NAME_INITIAL =
  /(?:^|\s)(?:\p{Lu}[\p{Ll}'’-]+\.?|\p{Lu}\.|said|says|wrote|writes|told|asked|by|per)\s(?!I\.)\p{Lu}\.$/u;
/** Any lone initial, and one that follows it ("by J.", "R. R. Tolkien"): two initials in a row are a name. */
const INITIAL = /(?:^|\s)\p{Lu}\.$/u;
const STARTS_INITIAL = /^\p{Lu}\.(?:\s|$)/u;
/** The capitalised word after it, which goes on the name unless it is a function word. */
const STARTS_NAME = /^\p{Lu}[\p{Ll}'’-]*/u;
/** "Plan B. The next step…", "Vitamin D. But …": a function word after the letter opens a sentence. */
const OPENERS = new Set([...stopwords.entries, ...uninformative.function]);

function isNameAfterInitial(before: string, after: string): boolean {
  if (INITIAL.test(before) && STARTS_INITIAL.test(after)) return true;
  if (!NAME_INITIAL.test(before)) return false;
  const word = STARTS_NAME.exec(after)?.[0];
  return !!word && !OPENERS.has(word.toLowerCase());
}

/** Whether a segment the segmenter began is the rest of the one before it, cut at an abbreviation. */
function goesOn(before: string, after: string): boolean {
  return (
    ALWAYS.test(before) ||
    (BEFORE_NUMBER.test(before) && STARTS_NUMBER.test(after)) ||
    (BEFORE_LOWER.test(before) && STARTS_LOWER.test(after)) ||
    (CLOCK.test(before) && STARTS_ZONE_OR_LOWER.test(after)) ||
    isNameAfterInitial(before, after)
  );
}

/**
 * Counting words by UAX #29's default word boundaries without Intl.Segmenter: runs of letters,
 * digits and underscores (with their marks and format characters), where a run joined to the one
 * before by an apostrophe, period, colon or middle dot between letters ("it’s", "U.S", "e.g"), or
 * by a period, comma, semicolon or apostrophe between digits ("3,000.5"), goes on the same word; a
 * hyphen parts two. The same count as Node's segmenter on 196 of 196 real texts (Readability's test
 * pages, the real pairs, the seeds) and on random text (tests/unit/count-words.test.ts), several
 * times faster; the segmenter's first use in a page cost 10 ms of the sidebar's open. It also
 * makes the count the same in every engine: Chromium's tailored rules split "huggingface.co".
 */
const RUN = /[\p{L}\p{Nd}_][\p{L}\p{Nd}_\p{M}\p{Cf}]*/gu;
const JOINS_LETTERS = /^['’.:·][\p{M}\p{Cf}]*$/u;
const JOINS_DIGITS = /^[.,;'’][\p{M}\p{Cf}]*$/u;
const IS_LETTER = /\p{L}/u;
const IS_DIGIT = /\p{Nd}/u;
const TRAILING_MARKS = /[\p{M}\p{Cf}]+$/u;

function countSpacedWords(text: string): number {
  let count = 0;
  let end = -1;
  let last = '';
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    // A lone underscore is not word-like; two or more, or one beside a letter, are.
    if (run === '_') continue;
    const between = end >= 0 ? text.slice(end, m.index) : null;
    const first = String.fromCodePoint(run.codePointAt(0)!);
    const joined =
      between !== null &&
      ((IS_LETTER.test(last) && IS_LETTER.test(first) && JOINS_LETTERS.test(between)) ||
        (IS_DIGIT.test(last) && IS_DIGIT.test(first) && JOINS_DIGITS.test(between)));
    if (!joined) count++;
    end = m.index + run.length;
    const base = run.replace(TRAILING_MARKS, '');
    // The last character, whole if it lies outside the BMP.
    last = /[\uDC00-\uDFFF]$/.test(base) ? base.slice(-2) : base.slice(-1);
  }
  return count;
}

/** Scripts written without spaces between words: their words need the segmenter's dictionaries. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** Counts words as Intl.Segmenter's word granularity does (scripts without spaces included). */
export function countWords(text: string, lang = 'en'): number {
  if (!UNSPACED.test(text)) return countSpacedWords(text);
  const segmenter = segmenterFor(lang, 'word');
  let count = 0;
  for (const chunk of chunks(text))
    for (const part of segmenter.segment(chunk.text)) if (part.isWordLike) count++;
  return count;
}

const split = new WeakMap<UnsplitArticle, Article>();

/** The Article with its text split into sentences and its words counted, once however often it is asked. */
export function splitArticle(article: UnsplitArticle): Article {
  let out = split.get(article);
  if (!out) {
    const lang = article.lang ?? 'en';
    out = {
      ...article,
      wordCount: countWords(article.text, lang),
      sentences: splitSentences(article.text, lang),
    };
    split.set(article, out);
  }
  return out;
}
