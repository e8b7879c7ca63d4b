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

/** Decodes `count` vectors of `dims` components into unit vectors, one after another. */
export function decodeUnitVectors(code: string, count: number, dims: number): Float32Array {
  const out = new Float32Array(count * dims);
  for (let v = 0, at = 0; v < count; v++) {
    let norm = 0;
    for (let k = 0; k < dims; k++, at++) {
      const x = VALUE_OF[code.charCodeAt(at) & 127]!;
      out[at] = x;
      norm += x * x;
    }
    const scale = norm ? 1 / Math.sqrt(norm) : 0;
    for (let k = at - dims; k < at; k++) out[k]! *= scale;
  }
  return out;
}
