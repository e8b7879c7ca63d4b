/**
 * A link to a passage of a page with a text fragment (`#:~:text=`), per the WICG spec
 * (https://wicg.github.io/scroll-to-text-fragment/): '-', '&' and ',' are percent-encoded in the
 * terms, and a long passage is given by its first and last words (textStart,textEnd). A passage of
 * a PDF links to its page (`#page=N`, RFC 8118), as PDF viewers know no text fragments.
 */

const MAX_EXACT = 80;
const EDGE_WORDS = 5;

/** The source a passage is linked in: its address, and for a PDF its text and page starts. */
interface LinkedSource {
  url: string;
  text?: string;
  pages?: readonly { start: number; page: number }[];
}

function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The page (from 1) that holds `passage` in a PDF's text, or null when it is not found. */
function pageOfPassage(source: LinkedSource, passage: string): number | null {
  const pages = source.pages;
  if (!pages?.length || source.text === undefined) return null;
  const at = source.text.indexOf(passage.trim());
  if (at < 0) return null;
  let page = pages[0]!.page;
  for (const p of pages) if (p.start <= at) page = p.page;
  return page;
}

/**
 * `url` with a text fragment that selects `passage`, or for a PDF source (one with `pages`) a
 * link to the passage's page. Any fragment already on the address is replaced.
 */
export function textFragmentUrl(
  source: string | LinkedSource,
  passage: string,
  /** Words just before the passage, when its own are too common to find it (a table's cell). */
  prefix?: string,
): string {
  const url = typeof source === 'string' ? source : source.url;
  const base = url.split('#')[0]!;
  if (typeof source !== 'string' && source.pages?.length) {
    const page = pageOfPassage(source, passage);
    return page ? `${base}#page=${page}` : base;
  }
  const text = passage.replace(/\s+/g, ' ').trim();
  if (!text) return base;
  const words = text.split(' ');
  const before = prefix?.replace(/\s+/g, ' ').trim();
  if (before) return `${base}#:~:text=${encodeTerm(before)}-,${encodeTerm(text)}`;
  if (text.length <= MAX_EXACT || words.length <= 2 * EDGE_WORDS)
    return `${base}#:~:text=${encodeTerm(text)}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
