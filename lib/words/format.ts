import { isMessage, type Message, type Sub } from './message';
import { plainDate, plainList, plainNumber, plainPercent } from './plain-format';

/**
 * `t` of @wxt-dev/i18n, untyped: the message under a dotted key, its `$1`… replaced by `subs`,
 * its plural form picked by `count` when there is one.
 */
export type Translate = (key: string, count?: number, subs?: string[]) => string;

const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>(
  id: string,
  make: () => T,
): T {
  let f = cache.get(id);
  if (!f) cache.set(id, (f = make()));
  return f as T;
}

/** A number for `locale` (the browser's when undefined), as Intl.NumberFormat writes it. */
export function formatNumber(n: number, locale: string | undefined): string {
  return (
    plainNumber(n, locale) ??
    cached(`${locale}|number`, () => new Intl.NumberFormat(locale)).format(n)
  );
}

/** A UTC day for `locale`, in Intl's medium date style. */
export function formatDay(time: number, locale: string | undefined): string {
  return (
    plainDate(time, locale) ??
    cached(
      `${locale}|date`,
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    ).format(time)
  );
}

/** A 0..1 share as a whole percentage for `locale`. */
export function formatPercent(share: number, locale: string | undefined): string {
  return (
    plainPercent(share, locale) ??
    cached(
      `${locale}|percent`,
      () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    ).format(share)
  );
}

/** One substitution as words: numbers, lists, shares and dates written for `locale`. */
function formatSub(sub: Sub, t: Translate, locale?: string): string {
  if (typeof sub === 'string') return sub;
  if (typeof sub === 'number') return formatNumber(sub, locale);
  if (isMessage(sub)) return formatMessage(sub, t, locale);
  if ('list' in sub) {
    const type = sub.style === 'unit' ? 'unit' : 'conjunction';
    const items = sub.list.map((s) => formatSub(s, t, locale));
    return (
      plainList(items, type, locale) ??
      cached(`${locale}|list|${type}`, () => new Intl.ListFormat(locale, { type })).format(items)
    );
  }
  if ('percent' in sub) return formatPercent(sub.percent, locale);
  const time = Date.parse(sub.date);
  return Number.isNaN(time) ? sub.date : formatDay(time, locale);
}

/**
 * A message as words, through `t` (the browser's messages in the sidebar, locales/en.json for the
 * Report's English), with its substitutions formatted for `locale`.
 */
export function formatMessage(message: Message, t: Translate, locale?: string): string {
  const subs = (message.subs ?? (message.count === undefined ? [] : [message.count])).map((s) =>
    formatSub(s, t, locale),
  );
  if (message.count === undefined) return t(message.key, undefined, subs);
  // t() puts the substitutions in first and then picks the plural form by splitting on " | ", so
  // words from the page holding " | " (a title like "Story | Site") would move the split: pick the
  // form with markers in their place (private-use characters), then put the words in.
  const form = t(
    message.key,
    message.count,
    subs.map((_, i) => `\uE000${i}\uE001`),
  );
  return form.replace(/\uE000(\d)\uE001/g, (_, i: string) => subs[Number(i)] ?? '');
}
