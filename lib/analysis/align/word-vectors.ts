import { stem as porterStem } from '../../text/stem';
import file from '../../knowledge/word-vectors.json';
import { decodeUnitVector, rowAt, stemOfRow } from './vector-code';

/**
 * The table: unit vectors in blocks of rows, each block made and each row decoded on first use
 * (`decoded`), and the rows' words and stems, read in place, which a word is looked up by.
 */
interface Table {
  dims: number;
  rows: number;
  /** Blocks of BLOCK_ROWS rows' vectors, made when one of their rows is first used. */
  blocks: (Float32Array | undefined)[];
  decoded: Uint8Array;
  words: SpacedList;
  /** Each row's stem as the file writes it (stemOfRow). */
  stems: SpacedList;
  /** Rows found so far (-1: none), by word and by stem: a comparison looks up the same words often. */
  rowOfWord: Map<string, number>;
  rowOfStem: Map<string, number>;
}

/**
 * Rows a block of vectors holds: a comparison uses a few thousand of the 24,000 rows, so most of
 * the 94 blocks (50 kB each) are never made, where one array of all rows took 3 ms to allocate.
 */
const BLOCK_ROWS = 256;

let table: Table | undefined;
/** Look-ups remembered at most, then forgotten: a long-lived background reads page after page. */
const MAX_REMEMBERED = 50_000;

/** A space-separated list of the file, read in place: an item is sliced out when asked for. */
interface SpacedList {
  at(i: number): string;
}

/** Where each of `count` items of a space-separated text starts (and, last, its end + 1). */
function spacedList(text: string, count: number): SpacedList {
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let at = text.indexOf(' '); at >= 0 && k < count; at = text.indexOf(' ', at + 1))
    starts[k++] = at + 1;
  starts[count] = text.length + 1;
  return { at: (i) => text.slice(starts[i], starts[i + 1]! - 1) };
}

/**
 * Reads the table's shape on first use, then keeps it. A word or a stem is found by binary search
 * in the file's look-up orders and remembered, its row's vector decoded when first used: building
 * maps of all 43,000 words and stems took about 25 ms in a fresh Node process and about 60 in a
 * service worker just started, and splitting the lists and allocating every vector about 10 ms
 * more, paid on a worker's first comparison (docs/speed.md), which looks up a few thousand.
 */
function loaded(): Table {
  if (table) return table;
  const rows = file.vectors.length / file.dims;
  table = {
    dims: file.dims,
    rows,
    blocks: [],
    decoded: new Uint8Array(rows),
    words: spacedList(file.words, rows),
    stems: spacedList(file.stems, rows),
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

/** The block holding row `row`'s vector (at `(row % BLOCK_ROWS) * dims`), the row decoded. */
function blockWith(row: number, t: Table = loaded()): Float32Array {
  const b = (row / BLOCK_ROWS) | 0;
  const block = (t.blocks[b] ??= new Float32Array(BLOCK_ROWS * t.dims));
  if (!t.decoded[row]) {
    decodeUnitVector(file.vectors, row, t.dims, block, (row % BLOCK_ROWS) * t.dims);
    t.decoded[row] = 1;
  }
  return block;
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
  const { words, stems, rowOfWord, rowOfStem } = loaded();
  if (rowOfWord.size + rowOfStem.size > MAX_REMEMBERED) {
    rowOfWord.clear();
    rowOfStem.clear();
  }
  let row = rowOfWord.get(word);
  if (row === undefined) rowOfWord.set(word, (row = find(word, words.at, file.wordOrder)));
  if (row >= 0 || !stem) return row;
  let stemRow = rowOfStem.get(stem);
  if (stemRow === undefined) {
    stemRow = find(stem, (r) => stemOfRow(words.at(r), stems.at(r)), file.stemOrder);
    rowOfStem.set(stem, stemRow);
  }
  return stemRow;
}

/** The unit vector of a row (a view into its block, not a copy). */
function rowVector(row: number): Float32Array {
  const t = loaded();
  const at = (row % BLOCK_ROWS) * t.dims;
  return blockWith(row, t).subarray(at, at + t.dims);
}

/** Cosine of two rows' vectors: their dot product, as both are unit vectors. */
export function rowCosine(a: number, b: number): number {
  const t = loaded();
  const of = blockWith(a, t);
  const other = blockWith(b, t);
  let dot = 0;
  for (
    let i = (a % BLOCK_ROWS) * t.dims, j = (b % BLOCK_ROWS) * t.dims, end = i + t.dims;
    i < end;
    i++, j++
  )
    dot += of[i]! * other[j]!;
  return dot;
}

/** The unit vector of a word in any case or form, or null when it has none. */
export function wordVector(word: string): Float32Array | null {
  const row = wordRow(word.toLowerCase());
  return row < 0 ? null : rowVector(row);
}
