import { stem as porterStem } from '../../text/stem';
import file from '../../knowledge/word-vectors.json';
import { decodeUnitVectors } from './vector-code';

/** The decoded table: unit vectors one after another, and the row of each word and stem. */
interface Table {
  dims: number;
  rows: number;
  vectors: Float32Array;
  rowOfWord: Map<string, number>;
  rowOfStem: Map<string, number>;
}

let table: Table | undefined;

/** Decodes the vectors on first use (25 000 rows, about 10 ms), then keeps them. */
function loaded(): Table {
  if (table) return table;
  const words = file.words.split(' ');
  const stems = file.stems.split(' ');
  const rowOfWord = new Map<string, number>();
  const rowOfStem = new Map<string, number>();
  words.forEach((w, i) => {
    rowOfWord.set(w, i);
    const stem = stems[i]!;
    if (stem !== '-') rowOfStem.set(stem === '=' ? w : stem, i);
  });
  const vectors = decodeUnitVectors(file.vectors, words.length, file.dims);
  table = { dims: file.dims, rows: words.length, vectors, rowOfWord, rowOfStem };
  return table;
}

/** How many rows the table has; rows are in order of frequency, the most frequent first. */
export function vectorRows(): number {
  return loaded().rows;
}

/**
 * The row of a lowercase word: its own, else that of its Porter stem's commonest form ("beats"
 * finds "beat"), else -1 (a rare word, or one GloVe lacks). The row number is the word's
 * frequency rank among the rows.
 */
export function wordRow(word: string, stem: string = porterStem(word)): number {
  const t = loaded();
  return t.rowOfWord.get(word) ?? t.rowOfStem.get(stem) ?? -1;
}

/** The unit vector of a row (a view into the table, not a copy). */
function rowVector(row: number): Float32Array {
  const { dims, vectors } = loaded();
  return vectors.subarray(row * dims, (row + 1) * dims);
}

/** Cosine of two rows' vectors: their dot product, as both are unit vectors. */
export function rowCosine(a: number, b: number): number {
  const { dims, vectors } = loaded();
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
