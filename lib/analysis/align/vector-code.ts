/**
 * How lib/knowledge/word-vectors.json writes a vector: one character per component, its 6-bit
 * value plus 32 as an index into this alphabet (base64's), so the file is plain JSON text that every
 * bundler and Node import alike, with no binary asset to fetch.
 */
export const VECTOR_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Component values by character code (offset removed), built once. */
const VALUE_OF = (() => {
  const table = new Int8Array(128);
  for (let i = 0; i < VECTOR_ALPHABET.length; i++) table[VECTOR_ALPHABET.charCodeAt(i)] = i - 32;
  return table;
})();

/**
 * Decodes row `row` of `code` (vectors of `dims` components, one after another) into `out` at
 * `to` (by default `row * dims`), as a unit vector; the rest of `out` is left as it is.
 */
export function decodeUnitVector(
  code: string,
  row: number,
  dims: number,
  out: Float32Array,
  to: number = row * dims,
): void {
  const from = row * dims;
  let norm = 0;
  for (let k = 0; k < dims; k++) {
    const x = VALUE_OF[code.charCodeAt(from + k) & 127]!;
    out[to + k] = x;
    norm += x * x;
  }
  const scale = norm ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < dims; k++) out[to + k]! *= scale;
}

/** Row numbers below this fit the three characters a row that `encodeRows` writes. */
export const MAX_ROWS = 1 << 18;

/**
 * Row numbers (the file's look-up orders), three characters each: the row's 18 bits, six to a
 * character of the same alphabet.
 */
export function encodeRows(rows: readonly number[]): string {
  return rows
    .map((row) => {
      if (!(row >= 0 && row < MAX_ROWS))
        throw new Error(`row ${row} does not fit three characters`);
      return (
        VECTOR_ALPHABET[row >> 12]! + VECTOR_ALPHABET[(row >> 6) & 63]! + VECTOR_ALPHABET[row & 63]!
      );
    })
    .join('');
}

/** The `k`th row number `encodeRows` wrote, read in place: a look-up reads a few, not all. */
export function rowAt(code: string, k: number): number {
  const at = 3 * k;
  return (
    ((VALUE_OF[code.charCodeAt(at) & 127]! + 32) << 12) |
    ((VALUE_OF[code.charCodeAt(at + 1) & 127]! + 32) << 6) |
    (VALUE_OF[code.charCodeAt(at + 2) & 127]! + 32)
  );
}

/**
 * The stem a row stands for, from its word and its stem as the file writes them: "=" when it is
 * the row's word itself, "-" when the row stands for none (its own word only).
 */
export const stemOfRow = (word: string, stem: string): string => (stem === '=' ? word : stem);
