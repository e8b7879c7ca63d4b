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

  it('holds the percentage of each share written in words', () => {
    const { numbers } = mentionIndex(
      'A third of runs failed; two-thirds passed. Three quarters ran twice; one in ten ran once.',
    );
    for (const n of ['33.3', '66.7', '75', '10']) expect(numbers.has(n), n).toBe(true);
    // "one" alone is no share, nor an ordinal, nor a word that only begins like one ("thirdly").
    expect(mentionIndex('Thirdly, one run failed.').numbers.size).toBe(0);
    expect(mentionIndex('The third-party model came fourth.').numbers.size).toBe(0);
  });

  it('holds round numbers in words, and a score as a share and a share as a score', () => {
    const { numbers } = mentionIndex(
      'A dozen teams, a hundred runs, a thousand users: an order of magnitude more. It scored 0.923; the rival 88.5%.',
    );
    for (const n of ['12', '100', '1000', '10', '92.3', '0.885'])
      expect(numbers.has(n), n).toBe(true);
    // Not a whole number's hundredth, nor a single decimal's hundredfold.
    expect([...mentionIndex('In 2025, 40 of 90 runs took 0.5 hours.').numbers].sort()).toEqual(
      ['0.5', '2025', '40', '90'].sort(),
    );
  });

  it('holds the versions each name is given, as one pattern over the whole text reads them', () => {
    // The definition: a name (a run of letters, digits and hyphens that starts with a letter, at a
    // word's start), one space, and a version no unit or letter runs on from.
    const pattern =
      /(?<![\p{L}\p{N}-])(\p{L}[\p{L}\p{N}-]*)\s(\d{1,3}(?:\.\d{1,2})?)(?![\p{L}\p{N}%×]|[.,]\p{N}|\s?(?:%|percent|per cent)\b)/gu;
    const text = fc
      .array(
        fc.constantFrom(
          'Cosmos',
          'gemma',
          'A',
          'x',
          '3',
          '12',
          '2.5',
          '1234',
          '.',
          ',',
          ' ',
          '\n',
          '-',
          '%',
          ' percent',
          'B',
          '×',
          'é',
          '𝐀',
          '٣',
          'Llama-4',
          '3D',
          'ile',
        ),
        { maxLength: 14 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const expected = new Map<string, Set<string>>();
        for (const m of t.matchAll(pattern)) {
          const name = m[1]!.toLowerCase();
          expected.set(name, (expected.get(name) ?? new Set()).add(m[2]!));
        }
        expect(mentionIndex(t).versions).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
    // Shares and a long decimal, not versions.
    for (const share of ['Acme 3 percent', 'Acme 3 per cent', 'Acme 3%', 'Acme 2.512'])
      expect(mentionIndex(share).versions.size).toBe(0);
    expect(mentionIndex('Acme 3 per team').versions).toEqual(new Map([['acme', new Set(['3'])]]));
  });
});
