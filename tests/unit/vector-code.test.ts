import { describe, expect, it } from 'vitest';
import { decodeUnitVector, VECTOR_ALPHABET } from '../../lib/analysis/align/vector-code';

/** A code for the given rows: each component one character, its value plus 32. */
const codeOf = (rows: number[][]) =>
  rows.flatMap((row) => row.map((x) => VECTOR_ALPHABET[x + 32]!)).join('');

describe('decodeUnitVector', () => {
  const code = codeOf([
    [3, 4, 0],
    [0, -6, 8],
    [0, 0, 0],
  ]);

  it('decodes one row as a unit vector, in its place, leaving the others as they are', () => {
    const out = new Float32Array(9).fill(7);
    decodeUnitVector(code, 1, 3, out);
    expect([...out.slice(3, 6)].map((x) => Math.round(x * 1000) / 1000)).toEqual([0, -0.6, 0.8]);
    expect([...out.slice(0, 3), ...out.slice(6)]).toEqual([7, 7, 7, 7, 7, 7]);
  });

  it('decodes a row into another place of its own array when told where', () => {
    const out = new Float32Array(6).fill(7);
    decodeUnitVector(code, 1, 3, out, 0);
    expect([...out].map((x) => Math.round(x * 1000) / 1000)).toEqual([0, -0.6, 0.8, 7, 7, 7]);
  });

  it('gives the same vectors in any order of first use', () => {
    const inOrder = new Float32Array(9);
    const reversed = new Float32Array(9);
    for (const row of [0, 1, 2]) decodeUnitVector(code, row, 3, inOrder);
    for (const row of [2, 1, 0]) decodeUnitVector(code, row, 3, reversed);
    expect(reversed).toEqual(inOrder);
    expect([...inOrder.slice(0, 3)].map((x) => Math.round(x * 1000) / 1000)).toEqual([0.6, 0.8, 0]);
  });

  it('leaves a row of zeros zero', () => {
    const out = new Float32Array(9).fill(7);
    decodeUnitVector(code, 2, 3, out);
    expect([...out.slice(6)]).toEqual([0, 0, 0]);
  });
});
