import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorPassage, describePassage, locateQuote } from '../../../lib/flags/anchor';

const TEXT =
  'Specialized models beat giants. The lab says its 3B model matched frontier APIs on invoices. ' +
  'Critics say the benchmark was run by the vendor. The lab says its 3B model matched frontier APIs on receipts too.';

describe('describePassage / anchorPassage', () => {
  it('finds the passage again in the same text', () => {
    const start = TEXT.indexOf('the benchmark was run');
    const selectors = describePassage(
      TEXT,
      start,
      start + 'the benchmark was run by the vendor'.length,
    );
    expect(anchorPassage(TEXT, selectors)).toEqual({
      start,
      end: start + 35,
      exact: 'the benchmark was run by the vendor',
    });
  });

  it('tells a repeated quote apart by the text around it', () => {
    const quote = 'The lab says its 3B model matched frontier APIs on';
    const second = TEXT.lastIndexOf(quote);
    const selectors = describePassage(TEXT, second, second + quote.length);
    // The page gained a paragraph above: positions moved, the context did not.
    const changed = `A new opening paragraph was added here by the editors. ${TEXT}`;
    const anchor = anchorPassage(changed, selectors)!;
    expect(anchor.exact).toBe(quote);
    expect(changed.slice(anchor.end, anchor.end + 9)).toBe(' receipts');
  });

  it('re-anchors after a small edit inside the passage', () => {
    const quote = 'Critics say the benchmark was run by the vendor.';
    const start = TEXT.indexOf(quote);
    const selectors = describePassage(TEXT, start, start + quote.length);
    const edited = TEXT.replace(quote, 'Critics said the benchmark was run by the vendor itself.');
    const anchor = anchorPassage(edited, selectors)!;
    expect(anchor).not.toBeNull();
    expect(anchor.exact).toContain('benchmark was run by the vendor');
  });

  it('gives up when the passage is gone, rather than anchoring somewhere wrong', () => {
    const quote = 'Critics say the benchmark was run by the vendor.';
    const start = TEXT.indexOf(quote);
    const selectors = describePassage(TEXT, start, start + quote.length);
    expect(
      anchorPassage(
        TEXT.replace(quote, 'An entirely different sentence now stands here.'),
        selectors,
      ),
    ).toBeNull();
  });

  it('always anchors an unchanged passage exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const anchor = anchorPassage(text, describePassage(text, start, end));
        expect(anchor?.exact).toBe(text.slice(start, end));
      }),
    );
  });
});

describe('locateQuote', () => {
  it('finds a selection in the article text across line breaks and extra spaces', () => {
    const text = 'First paragraph ends here.\nSecond  paragraph starts here.';
    const where = locateQuote(text, 'ends here. Second paragraph\n starts');
    expect(where && text.slice(where.start, where.end)).toBe(
      'ends here.\nSecond  paragraph starts',
    );
    expect(locateQuote(text, 'not in the text')).toBeNull();
    expect(locateQuote(text, '   ')).toBeNull();
  });
});
