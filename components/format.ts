import { formatDay, formatNumber, formatPercent } from '../lib/words/format';
import { wordsLanguage } from '../utils/i18n';

// Numbers and dates in the language of the sidebar's words (utils/i18n.ts), so an English sentence
// never carries another locale's "1.234".

/** Formats a date in the sidebar's language; unreadable dates come back as null. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : formatDay(time, wordsLanguage);
}

/** Formats a count in the sidebar's language. */
export function formatCount(n: number): string {
  return formatNumber(n, wordsLanguage);
}

/** Formats a 0..1 share as a percentage. */
export function formatShare(share: number): string {
  return formatPercent(share, wordsLanguage);
}

/** Host of an address without "www.", for short labels. */
export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
