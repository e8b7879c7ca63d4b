import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../lib/text/all-matches';

const shape = (ms: Iterable<RegExpMatchArray>) =>
  [...ms].map((m) => ({ index: m.index, groups: [...m] }));

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches and astral characters included', () => {
    const patterns = [/a+/g, /(b)?a*/gu, /\p{L}+|(?=\d)/gu, /(?<=x)|y/g, /[😀a]/gu, /$/g];
    const text = fc
      .array(fc.constantFrom('a', 'b', 'x', 'y', '1', ' ', '😀', 'é'), { maxLength: 12 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (pattern, t) => {
        expect(shape(allMatches(pattern, t))).toEqual(shape(t.matchAll(pattern)));
        expect(pattern.lastIndex).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a pattern that is not global', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
