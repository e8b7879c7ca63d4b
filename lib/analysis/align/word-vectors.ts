import { stem as porterStem } from '../../text/stem';
import file from '../../knowledge/word-vectors.json';
import { decodeUnitVector } from './vector-code';

/**
 * The table: unit vectors one after another, each decoded on its row's first use (`decoded`), and
 * the row of each word and stem.
 */
interface Table {
  dims: number;
  rows: number;
  vectors: Float32Array;
  decoded: Uint8Array;
  rowOfWord: Map<string, number>;
  rowOfStem: Map<string, number>;
}

let table: Table | undefined;

/**
 * Reads the words' rows on first use, then keeps them. A row's vector is decoded when it is first
 * used: a comparison uses a few thousand of the 24,000 rows, and decoding them all was about a
 * quarter of the table's first use (the first look-up took 41–43 ms in a fresh Node process, now
 * 33). The service worker, started again after each idle spell, pays this on its first comparison
 * (84 ms for the whole table in one measure there: docs/speed.md).
 */
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
  table = {
    dims: file.dims,
    rows: words.length,
    vectors: new Float32Array(words.length * file.dims),
    decoded: new Uint8Array(words.length),
    rowOfWord,
    rowOfStem,
  };
  return table;
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
