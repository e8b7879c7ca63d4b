import type { Reuse, Span } from '../../report/report';
import type { Words } from '../../text/terms';

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
 * A set of shingle hashes in one typed array (open addressing, at most half full): a source of
 * 20,000 words adds 20,000 keys, which a Set of numbers boxes and rehashes as it grows.
 */
class ShingleSet {
  private readonly slots: Int32Array;
  private readonly used: Uint8Array;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.used = new Uint8Array(size);
  }

  private slotOf(key: number): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.used[slot] && this.slots[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  add(key: number): void {
    const slot = this.slotOf(key);
    this.slots[slot] = key;
    this.used[slot] = 1;
  }

  has(key: number): boolean {
    return this.used[this.slotOf(key)] === 1;
  }
}

/**
 * Share of the page's words inside passages copied from the source, as churnalism detectors
 * measure it: 6-word shingles of the page found among the source's, merged into passages. The
 * words of both texts come from one vocabulary (terms.ts), so a shingle is a hash of integers.
 */
export function measureReuse(pageText: string, page: Words, source: Words): Reuse {
  const sourceKeys = new ShingleSet(Math.max(0, source.ids.length - SHINGLE + 1));
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
