import synonyms from '../../knowledge/lexicons/synonyms.json';
import uninformative from '../../knowledge/lexicons/uninformative.json';
import stopwords from '../../knowledge/stopwords.json';
import { stem } from '../../text/stem';
import { rowCosine, vectorRows, wordRow } from './word-vectors';

// How alike two sentences' content words are, paraphrase included ("beat" for "outperformed"),
// as BERTScore matches tokens (Zhang et al. 2020: each word to its best match on the other side,
// IDF-weighted, precision and recall, F1) but with static GloVe vectors instead of a model.
// Not this module's job, and so not seen here: negation ("does not beat" scores like "beats"),
// figures ("20%" against "50%"), direction (GloVe rates "increase" and "decrease" as alike) and
// who did what to whom. Other checks of the aligner judge those once the passage is found.

/**
 * Cosines at or below this count as no likeness at all: about the 95th percentile of the cosine
 * between two random frequent words in word-vectors.json (a test holds it there), so a word's best
 * chance match among a passage's dozen words adds next to nothing.
 */
export const COSINE_FLOOR = 0.4;
/** Two words of one synonym group (synonyms.json) count as this alike. */
const SYNONYM_SIMILARITY = 0.9;
/** Weight of a word nearly every AI-news sentence has (uninformative.json 'aiNews'), without document frequencies. */
const COMMON_WEIGHT = 0.05;
/**
 * Least total weight a side is measured against: one specific word's worth. A sentence of only
 * common words ("Our new AI model is here") carries less than that, so whatever it shares with a
 * passage scores low: sharing common words is no support.
 */
const LEAST_INFORMATION = 1;
/** Frequency rank at which the default weight starts to rise: the first rows are the commonest words. */
const RANK_SCALE = 50;

const SKIPPED = new Set([...stopwords.entries, ...uninformative.function]);
const COMMON = new Set(uninformative.aiNews.map(stem));
const GROUP_OF = new Map<string, number>();
synonyms.groups.forEach((group, i) => group.forEach((w) => GROUP_OF.set(stem(w), i)));

/** A sentence's content words made ready to compare: stems, vector rows, synonym groups, weights. */
export interface SemanticWords {
  stems: string[];
  /** Row in word-vectors.json, or -1 when the word has no vector. */
  rows: Int32Array;
  /** Index of the word's synonym group, or -1. */
  groups: Int32Array;
  weights: Float64Array;
}

/**
 * How much a word with no given document frequency counts: like an inverse document frequency
 * from its rank in GloVe's vocabulary (Zipf: frequency goes as 1 / rank, so IDF as log rank), 0
 * for the commonest words and 1 for words past the table; words nearly every AI-news sentence uses
 * count little whatever their rank.
 */
function defaultWeight(stemOfWord: string, row: number): number {
  const rows = vectorRows();
  const weight = row < 0 ? 1 : Math.log1p(row / RANK_SCALE) / Math.log1p(rows / RANK_SCALE);
  return COMMON.has(stemOfWord) ? Math.min(weight, COMMON_WEIGHT) : weight;
}

/**
 * The content words of a sentence, given as its words (any case; punctuation tokens and numbers
 * are left out). `weight` is the caller's IDF of a Porter stem (the aligner's term) and the word
 * it came from, scaled to 0..1 (1: a word as specific as the rarest; e.g. IDF / log N); without
 * it, defaultWeight.
 */
export function semanticWords(
  words: readonly string[],
  weight?: (stem: string, word: string) => number,
): SemanticWords {
  const stems: string[] = [];
  const rows: number[] = [];
  const groups: number[] = [];
  const weights: number[] = [];
  for (const raw of words) {
    const word = raw.toLowerCase();
    // Letters only: numbers are compared as quantities by figures.ts, not as words.
    if (!/^\p{L}[\p{L}'’-]*$/u.test(word) || SKIPPED.has(word)) continue;
    const s = stem(word);
    if (SKIPPED.has(s)) continue;
    const row = wordRow(word, s);
    const w = weight ? weight(s, word) : defaultWeight(s, row);
    if (!(w > 0)) continue;
    stems.push(s);
    rows.push(row);
    groups.push(GROUP_OF.get(s) ?? -1);
    weights.push(w);
  }
  return {
    stems,
    rows: Int32Array.from(rows),
    groups: Int32Array.from(groups),
    weights: Float64Array.from(weights),
  };
}

/** How alike two content words are, 0 to 1: same stem 1, synonyms 0.9, else their cosine above the floor. */
function wordSimilarity(a: SemanticWords, i: number, b: SemanticWords, j: number): number {
  if (a.stems[i] === b.stems[j]) return 1;
  const group = a.groups[i]!;
  if (group >= 0 && group === b.groups[j]) return SYNONYM_SIMILARITY;
  const ra = a.rows[i]!;
  const rb = b.rows[j]!;
  if (ra < 0 || rb < 0) return 0;
  const cos = rowCosine(ra, rb);
  return cos <= COSINE_FLOOR ? 0 : (cos - COSINE_FLOOR) / (1 - COSINE_FLOOR);
}

/** Greedy matching's two directions and their harmonic mean. */
export interface SemanticMatch {
  /** Weighted share of b's words that a has a match for. */
  precision: number;
  /** Weighted share of a's words that b has a match for: how much of a claim a passage covers. */
  recall: number;
  f1: number;
  /** How many of a's distinct words b says, in the same word or one at least WORD_SAID alike. */
  said: number;
}

/**
 * A word at least this alike (0..1, as wordSimilarity gives it: a cosine of about 0.58) is one the
 * other sentence says in other words ("costly" for "expensive", "available" for "accessible").
 * Chosen on the dev half of the real pairs, where 0.2 to 0.4 give the same figures.
 */
const WORD_SAID = 0.3;

/**
 * Each word of a matched to its most alike word of b (and b's to a's), weighted: recall, precision
 * and F1 as in BERTScore. 0 when either side has no content word.
 */
export function semanticMatch(a: SemanticWords, b: SemanticWords): SemanticMatch {
  const na = a.stems.length;
  const nb = b.stems.length;
  if (!na || !nb) return { precision: 0, recall: 0, f1: 0, said: 0 };
  const bestOfB = new Float64Array(nb);
  let covered = 0;
  let total = 0;
  const said = new Set<string>();
  for (let i = 0; i < na; i++) {
    let best = 0;
    for (let j = 0; j < nb; j++) {
      const s = wordSimilarity(a, i, b, j);
      if (s > best) best = s;
      if (s > bestOfB[j]!) bestOfB[j] = s;
    }
    if (best >= WORD_SAID) said.add(a.stems[i]!);
    covered += a.weights[i]! * best;
    total += a.weights[i]!;
  }
  const recall = covered / Math.max(total, LEAST_INFORMATION);
  let coveredB = 0;
  let totalB = 0;
  for (let j = 0; j < nb; j++) {
    coveredB += b.weights[j]! * bestOfB[j]!;
    totalB += b.weights[j]!;
  }
  const precision = coveredB / Math.max(totalB, LEAST_INFORMATION);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, said: said.size };
}

/**
 * How alike two sentences' content words are, 0 to 1 (BERTScore-style F1 over static vectors and
 * synonyms). `idf` weighs a Porter stem; sharing only common words scores near 0.
 */
export function semanticSimilarity(
  a: readonly string[],
  b: readonly string[],
  idf?: (stem: string, word: string) => number,
): number {
  return semanticMatch(semanticWords(a, idf), semanticWords(b, idf)).f1;
}
