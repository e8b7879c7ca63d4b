import { stemmer } from 'stemmer';
import stopwords from '../../knowledge/stopwords.json';

const STOP = new Set(stopwords.entries);
const WORD = /\p{L}[\p{L}\p{N}]*|\p{N}+(?:[.,]\p{N}+)*%?/gu;
/** Stemming is the costly part: memoise it (vocabularies are small next to texts). */
const stems = new Map<string, string>();
const MAX_MEMO = 50_000;

/** The content terms of a text: lowercased words, stopwords dropped, Porter-stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0];
    if (STOP.has(word)) continue;
    let stem = stems.get(word);
    if (stem === undefined) {
      stem = /^\p{N}/u.test(word) ? word : stemmer(word);
      if (stems.size < MAX_MEMO) stems.set(word, stem);
    }
    out.push(stem);
  }
  return out;
}

/** The lowercase words of a text, for shingles (no stemming: copying is about exact words). */
export function words(text: string): { word: string; start: number }[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => ({ word: m[0], start: m.index! }));
}
