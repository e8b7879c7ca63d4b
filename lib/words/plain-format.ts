/**
 * English numbers, dates and lists written without Intl, exactly as Intl writes them. The first
 * Intl formatter of any kind in a page (a NumberFormat, a DateTimeFormat, a ListFormat) loads ICU's
 * data: 12 to 29 ms in Chromium, measured (docs/speed.md), and the sidebar's score waited for it.
 * Each function answers null where it does not know the answer (another locale, a number it does
 * not write), and the caller asks Intl. tests/unit/plain-format.test.ts checks each one against
 * Intl on random input.
 */

type English = 'en' | 'en-GB' | 'en-US';
const isEnglish = (locale: string | undefined): locale is English =>
  locale === 'en' || locale === 'en-GB' || locale === 'en-US';

/** A whole number as `new Intl.NumberFormat(locale).format(n)` writes it: "1,234". */
export function plainNumber(n: number, locale: string | undefined): string | null {
  if (!isEnglish(locale) || !Number.isSafeInteger(n) || Object.is(n, -0)) return null;
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A share as `new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })` writes
 * it: "52%". ICU rounds the share's shortest decimal form (0.145 is "15%", though 0.145 × 100 is
 * 14.4999… in binary), half up: so is it rounded here, on the digits of that form.
 */
export function plainPercent(share: number, locale: string | undefined): string | null {
  if (!isEnglish(locale) || !(share >= 0) || share > 1e9 || Object.is(share, -0)) return null;
  const [mantissa = '', exponent = '0'] = share.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // How many of those digits stand before the point once the share is multiplied by 100.
  const whole = Number(exponent) + 3;
  const kept = whole > 0 ? Number(digits.slice(0, whole).padEnd(whole, '0')) : 0;
  const next = whole >= 0 ? (digits[whole] ?? '0') : '0';
  return `${plainNumber(kept + (next >= '5' ? 1 : 0), locale)}%`;
}

// CLDR's abbreviated month names: British English writes "Sept", American "Sep".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A UTC day as `new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })` writes
 * it: "4 Sept 2026" (British) or "Sep 4, 2026". Years 1000 to 9999 only.
 */
export function plainDate(time: number, locale: string | undefined): string | null {
  if (!isEnglish(locale) || !Number.isFinite(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  const day = date.getUTCDate();
  const month = MONTHS[date.getUTCMonth()]!;
  return locale === 'en-GB'
    ? `${day} ${month === 'Sep' ? 'Sept' : month} ${year}`
    : `${month} ${day}, ${year}`;
}

/**
 * A list as `new Intl.ListFormat(locale, { type })` writes it: "a, b and c" (British), "a, b, and
 * c" (American), and "a, b, c" as units.
 */
export function plainList(
  items: readonly string[],
  type: 'conjunction' | 'unit',
  locale: string | undefined,
): string | null {
  if (!isEnglish(locale)) return null;
  if (type === 'unit' || items.length < 2) return items.join(', ');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  const last = locale === 'en-GB' ? ' and ' : ', and ';
  return `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`;
}
