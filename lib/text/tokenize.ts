import { stem as porterStem } from './stem';

/**
 * One word (or punctuation mark) of a sentence, with its offsets in the sentence. A contraction
 * ("don't", "can't", "won't") becomes two tokens sharing the word's offsets: the auxiliary and
 * "not", so negation and modality read the same whether written out or contracted.
 */
export interface Token {
  /** The text as written (the whole word for both halves of a contraction). */
  raw: string;
  /** Lowercase, curly apostrophes straightened, possessive 's dropped; numbers become "0". */
  norm: string;
  /** Porter stem of `norm` (punctuation and numbers unchanged). */
  stem: string;
  start: number;
  end: number;
  /** True for , ; : ( ) ? ! and the like. */
  punct: boolean;
}

// Letters/digits joined by inner apostrophes, hyphens or dots ("don't", "state-of-the-art", "3.5",
// "U.S"). A separator is always followed by a letter or digit, so the pattern cannot backtrack.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[,;:()?!%$€£–—]/gu;
const DIGIT = /\p{N}/u;
const NUMBER = /^[\p{N}.,]+$/u;

/** The auxiliary of a contraction: "can't" → can, "won't" → will, "isn't" → is. */
const AUXILIARY: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

const LOWERCASE_WORD = /^\p{Ll}+$/u;

/** A token's stem: the Porter stem of a word of lowercase letters; numbers and the like as written. */
function stem(word: string): string {
  return LOWERCASE_WORD.test(word) ? porterStem(word) : word;
}

function normalise(raw: string): string {
  let w = raw.toLowerCase().replace(/’/g, "'");
  if (DIGIT.test(w)) return NUMBER.test(w) ? '0' : w.replace(/\p{N}+/gu, '0');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  return w;
}

/** What a word as written becomes: one token, or two for a contraction. Depends on the word alone. */
type Reading = readonly { norm: string; stem: string; punct: boolean }[];

function read(raw: string): Reading {
  if (raw.length === 1 && !/[\p{L}\p{M}\p{N}]/u.test(raw))
    return [{ norm: raw, stem: raw, punct: true }];
  const norm = normalise(raw);
  if (norm.endsWith("n't") && norm.length > 3) {
    const base = norm.slice(0, -3);
    const aux = AUXILIARY[base] ?? base;
    return [
      { norm: aux, stem: stem(aux), punct: false },
      { norm: 'not', stem: 'not', punct: false },
    ];
  }
  if (norm === 'cannot')
    return [
      { norm: 'can', stem: 'can', punct: false },
      { norm: 'not', stem: 'not', punct: false },
    ];
  return [{ norm, stem: stem(norm), punct: false }];
}

/** Readings of words seen, so each distinct word is normalised and stemmed once; cleared when large. */
const readings = new Map<string, Reading>();
const MAX_READINGS = 50_000;

/** Splits a sentence into tokens. Linear in the text; never throws. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    let reading = readings.get(raw);
    if (!reading) {
      if (readings.size >= MAX_READINGS) readings.clear();
      readings.set(raw, (reading = read(raw)));
    }
    for (const { norm, stem, punct } of reading) out.push({ raw, norm, stem, start, end, punct });
  }
  return out;
}
