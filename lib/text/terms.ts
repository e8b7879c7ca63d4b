import stopwords from '../knowledge/stopwords.json';
import type { Span } from '../report/report';
import { stem } from './stem';

const STOP = new Set(stopwords.entries);
/** Whether a word (any case) is a function word of stopwords.json. */
export const isStopword = (word: string) => STOP.has(word.toLowerCase());
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** Classes of the ASCII code points, looked up rather than compared: most text is ASCII. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, cp) =>
  (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? 1 : cp >= 48 && cp <= 57 ? 2 : 0,
);

/** Code point class: 1 letter, 2 digit, 0 anything else. ASCII without a regular expression. */
function classOf(cp: number): number {
  if (cp < 0x80) return ASCII_CLASS[cp]!;
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : LETTER_OR_DIGIT.test(ch) ? 1 : 0;
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++)
    if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * Words as small integers, shared by the texts compared in one alignment, with each word's content
 * term (lowercased, stopwords dropped, Porter-stemmed) worked out once per distinct word. Terms are
 * small integers too ("models" and "model" share one), so the index never hashes a string.
 */
export class Vocabulary {
  /** Open-addressing table of word ids by hash (-1 empty): looked up from the text's own characters. */
  private slots = new Int32Array(1024).fill(-1);
  private words: string[] = [];
  private hashes: number[] = [];
  private termOfId: (string | null)[] = [];
  private termIdOfId: number[] = [];
  private termIds = new Map<string, number>();
  /** The first word seen with each term ("models" for "model"): what word vectors are looked up by. */
  private wordOfTermId: string[] = [];

  /**
   * A copy to add more words to, this one left as it is: a source's words are read once and each
   * page compared with it adds its own to a fork, in the same numbering as if read after them.
   */
  fork(): Vocabulary {
    const copy = new Vocabulary();
    copy.slots = this.slots.slice();
    copy.words = this.words.slice();
    copy.hashes = this.hashes.slice();
    copy.termOfId = this.termOfId.slice();
    copy.termIdOfId = this.termIdOfId.slice();
    copy.termIds = new Map(this.termIds);
    copy.wordOfTermId = this.wordOfTermId.slice();
    return copy;
  }

  /** The id of a word, given in lowercase. */
  idOf(word: string): number {
    return this.idOfRange(word, 0, word.length);
  }

  /**
   * The id of the lowercase word text[start, end). Reading a long text asks this once per word, so
   * it hashes the characters in place (FNV-1a) rather than building a string to look up in a Map:
   * only a word never seen before is sliced out of the text.
   */
  idOfRange(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]!; id >= 0; id = this.slots[slot]!) {
      if (this.hashes[id] === hash && sameText(this.words[id]!, text, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.add(text.slice(start, end), hash);
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private add(word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    const term = STOP.has(word) ? null : /^\p{N}/u.test(word) ? word : stem(word);
    this.termOfId.push(term);
    let termId = -1;
    if (term !== null) {
      termId = this.termIds.get(term) ?? this.termIds.size;
      if (termId === this.termIds.size) this.wordOfTermId.push(word);
      this.termIds.set(term, termId);
    }
    this.termIdOfId.push(termId);
    return id;
  }

  /** Twice the slots, every word placed again: the table stays at most half full. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }

  /** The content term of a word id, or null for a stopword. */
  term(id: number): string | null {
    return this.termOfId[id]!;
  }

  /** The id of a content term (a Porter stem), or -1 when no word of the texts has it. */
  idOfTerm(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  /** A word of a term id, as first seen (lowercase). */
  wordOfTerm(termId: number): string {
    return this.wordOfTermId[termId]!;
  }

  /** The content term of a word id as a small integer, or -1 for a stopword. */
  termId(id: number): number {
    return this.termIdOfId[id]!;
  }

  /** How many distinct terms there are so far: term ids run from 0 to this. */
  get termCount(): number {
    return this.termIds.size;
  }
}

/** A text's words as vocabulary ids, with their offsets: read once, used for matching and reuse. */
export interface Words {
  ids: number[];
  starts: number[];
  ends: number[];
}

/**
 * The words of a text: a letter then letters or digits, or a number with its decimal part and a
 * percent sign ("2.1", "40%"). One pass over the text, no regular expression per word.
 */
export function wordsOf(text: string, vocabulary: Vocabulary): Words {
  const out: Words = { ids: [], starts: [], ends: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const kind = classOf(cp);
    if (kind === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    // Lowercasing is the costly part of reading a word: skip it for words already in lowercase ASCII.
    let lower = kind === 2 || (cp >= 97 && cp <= 122);
    if (kind === 1) {
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (classOf(c) === 0) break;
        if (c < 97 || c > 122) lower = false;
        i += c > 0xffff ? 2 : 1;
      }
    } else {
      for (;;) {
        while (i < n && classOf(text.charCodeAt(i)) === 2) i++;
        // "2.1", "1,000": a separator counts only with a digit after it.
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && classOf(text.charCodeAt(i + 1)) === 2) i++;
        else break;
      }
      if (text.charCodeAt(i) === 37) i++;
    }
    out.ids.push(
      lower
        ? vocabulary.idOfRange(text, start, i)
        : vocabulary.idOf(text.slice(start, i).toLowerCase()),
    );
    out.starts.push(start);
    out.ends.push(i);
  }
  return out;
}

/** The content terms of a text: lowercased words, stopwords dropped, Porter-stemmed. */
export function terms(text: string): string[] {
  const vocabulary = new Vocabulary();
  const out: string[] = [];
  for (const id of wordsOf(text, vocabulary).ids) {
    const term = vocabulary.term(id);
    if (term !== null) out.push(term);
  }
  return out;
}

/**
 * Whether two titles' terms share enough to say anything: one word in common is chance ("New
 * Zealand" and "new surveillance laws"), so a title agrees only from two shared terms on.
 */
export function titlesShareEnough(a: readonly string[], b: readonly string[]): boolean {
  const other = new Set(b);
  return new Set(a.filter((t) => other.has(t))).size >= 2;
}

/** A span's words and content term ids (in the vocabulary's numbering, stopwords left out). */
export interface SpanTerms {
  words: number;
  terms: number[];
}

/** The words and term ids of each span (sentences, in text order) from the words of the whole text. */
export function termsBySpan(
  words: Words,
  vocabulary: Vocabulary,
  spans: readonly Span[],
): SpanTerms[] {
  let w = 0;
  return spans.map((s) => {
    while (w < words.starts.length && words.starts[w]! < s.start) w++;
    const from = w;
    const terms: number[] = [];
    for (; w < words.starts.length && words.ends[w]! <= s.end; w++) {
      const term = vocabulary.termId(words.ids[w]!);
      if (term >= 0) terms.push(term);
    }
    return { words: w - from, terms };
  });
}
