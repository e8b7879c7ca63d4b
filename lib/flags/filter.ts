import { draftOf, flagPage, type FlagAnnotation } from './annotation';
import { quoteOf } from './anchor';
import type { ReasonId } from './reasons';

/** What the flags page narrows the list by; empty fields do not narrow. */
export interface FlagFilter {
  /** Words to find in the page's address or title, the note, or a flagged passage. */
  query: string;
  /** A site as `siteOf` gives it. */
  site: string;
  reason: ReasonId | '';
  /** Dates as yyyy-mm-dd (what `<input type="date">` gives), inclusive, in UTC. */
  from: string;
  to: string;
}

export const NO_FILTER: FlagFilter = { query: '', site: '', reason: '', from: '', to: '' };

/** The site of an address, without "www.". */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Every site flagged, A to Z. */
export const sitesOf = (flags: readonly FlagAnnotation[]): string[] =>
  [...new Set(flags.map((f) => siteOf(flagPage(f))))].filter(Boolean).sort();

function searchable(f: FlagAnnotation): string {
  const d = draftOf(f);
  const quotes = d.passages.map(quoteOf);
  return [flagPage(f), f.pageTitle ?? '', d.note, ...quotes].join('\n').toLowerCase();
}

/** The flags that pass the filter, in the order given. Every word of the query must be found. */
export function filterFlags(
  flags: readonly FlagAnnotation[],
  filter: FlagFilter,
): FlagAnnotation[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const day = (f: FlagAnnotation) => f.created.slice(0, 10);
  return flags.filter(
    (f) =>
      (!filter.site || siteOf(flagPage(f)) === filter.site) &&
      (!filter.reason || draftOf(f).reasons.includes(filter.reason)) &&
      (!filter.from || day(f) >= filter.from) &&
      (!filter.to || day(f) <= filter.to) &&
      (!words.length || words.every((w) => searchable(f).includes(w))),
  );
}
