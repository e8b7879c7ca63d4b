import type { Reuse, Span } from '../report';
import type { Words } from './terms';

/** Shingle size for copied text: 6 words in a row shared by two texts is rarely chance. */
const SHINGLE = 6;
const PRIME = 1_000_003;

/** Polynomial hash of the shingle starting at word i (no string is built per shingle). */
function shingleKey(ids: readonly number[], i: number): number {
  let key = 0;
  for (let k = 0; k < SHINGLE; k++) key = (Math.imul(key, PRIME) + ids[i + k]!) | 0;
  return key;
}

/**
 * Share of the page's words inside passages copied from the source, as churnalism detectors
 * measure it: 6-word shingles of the page found among the source's, merged into passages. The
 * words of both texts come from one vocabulary (terms.ts), so a shingle is a hash of integers.
 */
export function measureReuse(pageText: string, page: Words, source: Words): Reuse {
  const sourceKeys = new Set<number>();
  for (let i = 0; i + SHINGLE <= source.ids.length; i++) sourceKeys.add(shingleKey(source.ids, i));

  const passages: Span[] = [];
  let copied = 0;
  // The passage being built: words [open, until), or none when open is -1.
  let open = -1;
  let until = -1;
  const close = () => {
    if (open < 0) return;
    const start = page.starts[open]!;
    const end = page.ends[until - 1]!;
    passages.push({ start, end, text: pageText.slice(start, end) });
    copied += until - open;
    open = -1;
  };
  for (let i = 0; i + SHINGLE <= page.ids.length; i++) {
    if (!sourceKeys.has(shingleKey(page.ids, i))) continue;
    if (open >= 0 && i > until) close();
    if (open < 0) open = i;
    until = i + SHINGLE;
  }
  close();
  const total = page.ids.length;
  return { share: total ? Math.round((copied / total) * 1000) / 1000 : 0, passages };
}
