import { stemmer } from 'stemmer';
import stopwords from '../../knowledge/stopwords.json';
import type { Span } from '../report';

const STOP = new Set(stopwords.entries);
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** Code point class: 1 letter, 2 digit, 0 anything else. ASCII without a regular expression. */
function classOf(cp: number): number {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? 1 : cp >= 48 && cp <= 57 ? 2 : 0;
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : LETTER_OR_DIGIT.test(ch) ? 1 : 0;
}

/**
 * Words as small integers, shared by the texts compared in one alignment, with each word's content
 * term (lowercased, stopwords dropped, Porter-stemmed) worked out once per distinct word.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly termOfId: (string | null)[] = [];

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.termOfId.length;
      this.ids.set(word, id);
      this.termOfId.push(STOP.has(word) ? null : /^\p{N}/u.test(word) ? word : stemmer(word));
    }
    return id;
  }

  /** The content term of a word id, or null for a stopword. */
  term(id: number): string | null {
    return this.termOfId[id]!;
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
    if (kind === 1) {
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (classOf(c) === 0) break;
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
    out.ids.push(vocabulary.idOf(text.slice(start, i).toLowerCase()));
    out.starts.push(start);
    out.ends.push(i);
  }
  return out;
}

/** Content terms of words [from, to). */
export function termsOf(words: Words, vocabulary: Vocabulary, from = 0, to = words.ids.length): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const term = vocabulary.term(words.ids[i]!);
    if (term !== null) out.push(term);
  }
  return out;
}

/** The content terms of a text: lowercased words, stopwords dropped, Porter-stemmed. */
export function terms(text: string): string[] {
  const vocabulary = new Vocabulary();
  return termsOf(wordsOf(text, vocabulary), vocabulary);
}

/** The terms of each span (sentences, in text order) from the words of the whole text. */
export function termsBySpan(words: Words, vocabulary: Vocabulary, spans: readonly Span[]): string[][] {
  let w = 0;
  return spans.map((s) => {
    while (w < words.starts.length && words.starts[w]! < s.start) w++;
    const from = w;
    while (w < words.starts.length && words.ends[w]! <= s.end) w++;
    return termsOf(words, vocabulary, from, w);
  });
}
