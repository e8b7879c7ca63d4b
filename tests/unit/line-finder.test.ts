import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineFinder, lineIndex } from '../../lib/text/line-finder';

/** The line as found by looking back and ahead for a newline from the span. */
function lineLookedFor(text: string, span: { start: number; end: number }): string {
  const from = text.lastIndexOf('\n', span.start - 1) + 1;
  const to = text.indexOf('\n', span.end);
  return text.slice(from, to < 0 ? text.length : to).trim();
}

describe('lineFinder', () => {
  it('gives the trimmed line that holds a span, and the whole run of lines a span crosses', () => {
    const text = 'Heading\n  Okafor, M. (2025). Small models.  \nLast line';
    const lineOf = lineFinder(text);
    expect(lineOf({ start: 0, end: 7 })).toBe('Heading');
    expect(lineOf({ start: 10, end: 20 })).toBe('Okafor, M. (2025). Small models.');
    expect(lineOf({ start: 5, end: 12 })).toBe('Heading\n  Okafor, M. (2025). Small models.');
    expect(lineOf({ start: text.length - 4, end: text.length })).toBe('Last line');
  });

  it('finds what looking back and ahead from each span finds', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const [start, end] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y);
        const span = { start: start!, end: end! };
        expect(lineFinder(t)(span)).toBe(lineLookedFor(t, span));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds where the line of each offset starts, as looking back for a newline does', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), (t, a) => {
        const offset = a % (t.length + 1);
        // lastIndexOf takes a negative start for 0, so offset 0 is asked apart.
        expect(lineIndex(t).startOf(offset)).toBe(offset && t.lastIndexOf('\n', offset - 1) + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
