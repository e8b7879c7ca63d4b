/** Formats a date for the reader's locale; unreadable dates come back as null. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? null
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

// Made on first use, not at load: the first Intl object in a page's renderer loads its locale
// data, which at module load sat on the sidebar's path to its first paint (docs/speed.md).
let integer: Intl.NumberFormat | undefined;
/** Formats a count for the reader's locale. */
export function formatCount(n: number): string {
  return (integer ??= new Intl.NumberFormat()).format(n);
}

let percent: Intl.NumberFormat | undefined;
/** Formats a 0..1 share as a percentage. */
export function formatShare(share: number): string {
  return (percent ??= new Intl.NumberFormat(undefined, {
    style: 'percent',
    maximumFractionDigits: 0,
  })).format(share);
}

/** Makes the formatters now, while the sidebar waits for its analysis, so the Report's first render does not pay for them. */
export function warmFormats(): void {
  formatCount(0);
  formatShare(0);
}

/** Host of an address without "www.", for short labels. */
export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
