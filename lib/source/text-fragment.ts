/**
 * A link to a passage of a page with a text fragment (`#:~:text=`), per the WICG spec
 * (https://wicg.github.io/scroll-to-text-fragment/): '-', '&' and ',' are percent-encoded in the
 * terms, and a long passage is given by its first and last words (textStart,textEnd).
 */

const MAX_EXACT = 80;
const EDGE_WORDS = 5;

function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `url` with a text fragment that selects `passage`. Any fragment already on `url` is replaced. */
export function textFragmentUrl(url: string, passage: string): string {
  const base = url.split('#')[0]!;
  const text = passage.replace(/\s+/g, ' ').trim();
  if (!text) return base;
  const words = text.split(' ');
  if (text.length <= MAX_EXACT || words.length <= 2 * EDGE_WORDS) return `${base}#:~:text=${encodeTerm(text)}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
