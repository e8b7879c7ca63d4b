import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionIndex } from '../../lib/analysis/align/unmentioned';

describe('mentionIndex', () => {
  it("holds a text's lowercase runs of letters and digits, as the Unicode pattern reads them", () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.constantFrom('a', 'B', '7', ' ', '-', 'é', 'İ', 'ß', '𝐀', '😀', '\ud800', '٣'), {
          maxLength: 16,
        })
        .map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const expected = new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
        expect([...mentionIndex(t).phrases].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 1000 },
    );
  });
});
