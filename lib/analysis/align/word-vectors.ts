import { stem as porterStem } from '../../text/stem';
import file from '../../knowledge/word-vectors.json';
import { decodeUnitVector, rowAt, stemOfRow } from './vector-code';

/**
 * The table: unit vectors one after another, each decoded on its row's first use (`decoded`), and
 * the rows' words and stems, which a word is looked up by.
 */
interface Table {
  dims: number;
  vectors: Float32Array;
  decoded: Uint8Array;
  words: string[];
  /** Each row's stem as the file writes it (stemOfRow). */
  stems: string[];
  /** Rows found so far (-1: none), by word and by stem: a comparison looks up the same words often. */
  rowOfWord: Map<string, number>;
  rowOfStem: Map<string, number>;
}

let table: Table | undefined;
/** Look-ups remembered at most, then forgotten: a long-lived background reads page after page. */
const MAX_REMEMBERED = 50_000;

/**
 * Reads the words' rows on first use, then keeps them. A row's vector is decoded when it is first
 * used: a comparison uses a few thousand of the 24,000 rows, and decoding them all was about a
 * quarter of the table's first use. A word or a stem is found by binary search in the file's
 * look-up orders, read in place, and remembered: building maps of all 43,000 took about 25 ms in a
 * fresh Node process and about 60 in a service worker just started, which pays it on its first
 * comparison (docs/speed.md), where a comparison looks up a few thousand.
 */
function loaded(): Table {
  if (table) return table;
  const words = file.words.split(' ');
  table = {
    dims: file.dims,
    vectors: new Float32Array(words.length * file.dims),
    decoded: new Uint8Array(words.length),
    words,
    stems: file.stems.split(' '),
    rowOfWord: new Map(),
    rowOfStem: new Map(),
  };
  return table;
}

/** The row whose key is `key`, searched in `order` (the file's rows by key), or -1. */
function find(key: string, keyOf: (row: number) => string, order: string): number {
  let lo = 0;
  let hi = order.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rowAt(order, mid);
    const at = keyOf(row);
    if (at === key) return row;
    if (at < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The table, with row `row`'s vector decoded. */
function withRow(row: number, t: Table = loaded()): Table {
  if (!t.decoded[row]) {
    decodeUnitVector(file.vectors, row, t.dims, t.vectors);
    t.decoded[row] = 1;
  }
  return t;
}

/** How many rows the table has; rows are in order of frequency, the most frequent first. */
export function vectorRows(): number {
  return loaded().words.length;
}

/**
 * The row of a lowercase word: its own, else that of its Porter stem's commonest form ("beats"
 * finds "beat"), else -1 (a rare word, or one GloVe lacks). The row number is the word's
 * frequency rank among the rows.
 */
export function wordRow(word: string, stem: string = porterStem(word)): number {
  const { words, stems, rowOfWord, rowOfStem } = loaded();
  if (rowOfWord.size + rowOfStem.size > MAX_REMEMBERED) {
    rowOfWord.clear();
    rowOfStem.clear();
  }
  let row = rowOfWord.get(word);
  if (row === undefined) rowOfWord.set(word, (row = find(word, (r) => words[r]!, file.wordOrder)));
  if (row >= 0 || !stem) return row;
  let stemRow = rowOfStem.get(stem);
  if (stemRow === undefined) {
    stemRow = find(stem, (r) => stemOfRow(words, stems, r), file.stemOrder);
    rowOfStem.set(stem, stemRow);
  }
  return stemRow;
}

/** The unit vector of a row (a view into the table, not a copy). */
function rowVector(row: number): Float32Array {
  const { dims, vectors } = withRow(row);
  return vectors.subarray(row * dims, (row + 1) * dims);
}

/** Cosine of two rows' vectors: their dot product, as both are unit vectors. */
export function rowCosine(a: number, b: number): number {
  const { dims, vectors } = withRow(b, withRow(a));
  let dot = 0;
  for (let i = a * dims, j = b * dims, end = i + dims; i < end; i++, j++)
    dot += vectors[i]! * vectors[j]!;
  return dot;
}

/** The unit vector of a word in any case or form, or null when it has none. */
export function wordVector(word: string): Float32Array | null {
  const row = wordRow(word.toLowerCase());
  return row < 0 ? null : rowVector(row);
}
