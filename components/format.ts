/** Formats a date for the reader's locale; unreadable dates come back as null. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? null
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

const integer = new Intl.NumberFormat();
/** Formats a count for the reader's locale. */
export function formatCount(n: number): string {
  return integer.format(n);
}

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
/** Formats a 0..1 share as a percentage. */
export function formatShare(share: number): string {
  return percent.format(share);
}

/** Host of an address without "www.", for short labels. */
export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
