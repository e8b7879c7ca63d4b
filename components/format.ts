import { i18n } from '../utils/i18n';
import { formatDay, formatNumber, formatPercent } from '../lib/words/format';

// Read once: it was asked of the browser's messages for every number, date and Message a render
// wrote, and the messages do not change while a page is open.
let language: string | null | undefined;

/**
 * The language of the sidebar's words (the messages the browser picked): numbers and dates are
 * written in it too, so an English sentence never carries another locale's "1.234". The browser's
 * own locale where the messages do not say.
 */
export function wordsLanguage(): string | undefined {
  if (language === undefined) language = i18n.t('language') || null;
  return language ?? undefined;
}

/** Formats a date in the sidebar's language; unreadable dates come back as null. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : formatDay(time, wordsLanguage());
}

/** Formats a count in the sidebar's language. */
export function formatCount(n: number): string {
  return formatNumber(n, wordsLanguage());
}

/** Formats a 0..1 share as a percentage. */
export function formatShare(share: number): string {
  return formatPercent(share, wordsLanguage());
}

/** Host of an address without "www.", for short labels. */
export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
