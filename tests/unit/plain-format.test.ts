import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDate, plainList, plainNumber, plainPercent } from '../../lib/words/plain-format';

// The functions stand in for Intl in English: each is checked against Node's Intl (full ICU).
const ENGLISH = ['en', 'en-GB', 'en-US'] as const;
const runs = { numRuns: 500 };

describe('plainNumber', () => {
  it('writes whole numbers as Intl.NumberFormat does in English', () => {
    const whole = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.integer({ min: 0, max: 999 }),
      fc.maxSafeInteger(),
      fc.constantFrom(0, 999, 1000, 999_999, 1_000_000, Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(whole, fc.constantFrom(...ENGLISH), (n, locale) => {
        expect(plainNumber(n, locale)).toBe(new Intl.NumberFormat(locale).format(n));
      }),
      runs,
    );
  });

  it('leaves to Intl what it does not write: fractions, -0, huge numbers, other locales', () => {
    expect(plainNumber(1.5, 'en')).toBeNull();
    expect(plainNumber(-0, 'en')).toBeNull();
    expect(plainNumber(2 ** 60, 'en')).toBeNull();
    expect(plainNumber(Number.NaN, 'en')).toBeNull();
    expect(plainNumber(1234, 'de')).toBeNull();
    expect(plainNumber(1234, 'en-IN')).toBeNull(); // 1,00,000: grouped otherwise
    expect(plainNumber(1234, undefined)).toBeNull();
  });
});

describe('plainPercent', () => {
  it('writes shares as Intl writes whole percentages in English, halves and near-halves too', () => {
    const shares = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1e7, noNaN: true }),
      fc.integer({ min: 0, max: 2000 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 200 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(shares, fc.constantFrom(...ENGLISH), (share, locale) => {
        const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
        expect(plainPercent(share, locale)).toBe(intl.format(share));
      }),
      { numRuns: 2000 },
    );
    expect(plainPercent(0.52, 'en-GB')).toBe('52%');
    expect(plainPercent(0.145, 'en-GB')).toBe('15%'); // 14.4999… in binary: ICU rounds "0.145"
    expect(plainPercent(0.125, 'en-GB')).toBe('13%');
    expect(plainPercent(0.004, 'en-GB')).toBe('0%');
    expect(plainPercent(12.345, 'en-GB')).toBe('1,235%');
  });

  it('leaves negative, -0, NaN, huge and other locales to Intl', () => {
    expect(plainPercent(-0.1, 'en')).toBeNull();
    expect(plainPercent(-0, 'en')).toBeNull();
    expect(plainPercent(Number.NaN, 'en')).toBeNull();
    expect(plainPercent(1e12, 'en')).toBeNull();
    expect(plainPercent(0.5, 'fr')).toBeNull();
  });
});

describe('plainDate', () => {
  it('writes a UTC day as Intl.DateTimeFormat does in English, "Sept" in British English', () => {
    const days = fc.date({
      min: new Date(Date.UTC(1000, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(days, fc.constantFrom(...ENGLISH), (date, locale) => {
        const time = date.getTime();
        const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
        expect(plainDate(time, locale)).toBe(intl.format(time));
      }),
      runs,
    );
    expect(plainDate(Date.parse('2026-09-04'), 'en-GB')).toBe('4 Sept 2026');
    expect(plainDate(Date.parse('2026-09-04'), 'en-US')).toBe('Sep 4, 2026');
  });

  it('leaves to Intl years outside 1000 to 9999 and other locales', () => {
    expect(plainDate(Date.parse('0999-03-04'), 'en-GB')).toBeNull();
    expect(plainDate(Date.parse('2026-09-04'), 'fr')).toBeNull();
    expect(plainDate(Number.NaN, 'en')).toBeNull();
  });
});

describe('plainList', () => {
  it('writes lists as Intl.ListFormat does in English, with and without the serial comma', () => {
    const items = fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 });
    const type = fc.constantFrom('conjunction' as const, 'unit' as const);
    fc.assert(
      fc.property(items, type, fc.constantFrom(...ENGLISH), (list, kind, locale) => {
        expect(plainList(list, kind, locale)).toBe(
          new Intl.ListFormat(locale, { type: kind }).format(list),
        );
      }),
      runs,
    );
    expect(plainList(['a', 'b', 'c'], 'conjunction', 'en-GB')).toBe('a, b and c');
    expect(plainList(['a', 'b', 'c'], 'conjunction', 'en-US')).toBe('a, b, and c');
  });

  it('leaves other locales to Intl', () => {
    expect(plainList(['a', 'b'], 'conjunction', 'de')).toBeNull();
  });
});
