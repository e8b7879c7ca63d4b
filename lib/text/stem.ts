import { stemmer } from 'stemmer';

/** Stems of words seen, so a long text stems each distinct word once; cleared when it grows large. */
const stems = new Map<string, string>();
const MAX_MEMO = 50_000;

/**
 * The Porter stem of a lowercase word ("models" → "model"), memoised: the one stemmer of lib/,
 * shared by the sentence tokens, the aligner's terms, word vectors and lexicons.
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= MAX_MEMO) stems.clear();
    stems.set(word, (s = stemmer(word)));
  }
  return s;
}
