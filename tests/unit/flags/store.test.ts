import { describe, expect, it } from 'vitest';
import { createFlag, type FlagAnnotation } from '../../../lib/flags/annotation';
import { FlagStore, type StorageArea } from '../../../utils/flag-store';
import { StorageError } from '../../../utils/storage-error';

/**
 * An in-memory storage.local whose calls complete in a random order after random delays, as two
 * tabs' calls do; each single call is atomic, as the browser's are.
 */
class ShuffledStorage implements StorageArea {
  items: Record<string, unknown> = {};
  failWith: string | null = null;
  private seed = 7;
  private async later() {
    this.seed = (this.seed * 48271) % 2147483647;
    await new Promise((r) => setTimeout(r, this.seed % 5));
  }
  async get(keys?: string | string[] | null) {
    await this.later();
    const all = structuredClone(this.items);
    if (keys == null) return all;
    return Object.fromEntries(
      (Array.isArray(keys) ? keys : [keys]).filter((k) => k in all).map((k) => [k, all[k]]),
    );
  }
  async set(items: Record<string, unknown>) {
    await this.later();
    if (this.failWith) throw new Error(this.failWith);
    Object.assign(this.items, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    await this.later();
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.items[k];
  }
  async clear() {
    this.items = {};
  }
}

const flagFor = (tab: number, n: number): FlagAnnotation =>
  createFlag(
    { reasons: ['exaggerates-source'], note: `tab ${tab} flag ${n}`, passages: [] },
    { url: `https://news${tab}.example/story-${n}` },
    new Date(Date.UTC(2026, 10, 1, tab, n)),
    `urn:uuid:${crypto.randomUUID()}`,
  );

describe('FlagStore', () => {
  it('keeps every flag when many tabs save at the same moment', async () => {
    const storage = new ShuffledStorage();
    const tabs = Array.from({ length: 8 }, () => new FlagStore(storage));
    const flags = tabs.flatMap((_, t) => Array.from({ length: 12 }, (_, n) => flagFor(t, n)));
    await Promise.all(flags.map((f, i) => tabs[i % tabs.length]!.save(f)));
    const stored = await new FlagStore(storage).all();
    expect(stored).toHaveLength(96);
    expect(new Set(stored.map((f) => f.id))).toEqual(new Set(flags.map((f) => f.id)));
  });

  it('migrates v1 storage on first use, also when several tabs start at once', async () => {
    const storage = new ShuffledStorage();
    storage.items = {
      flags: [
        {
          id: 'a',
          url: 'https://digest.example/a',
          reasons: ['omits-caveats'],
          createdAt: Date.UTC(2026, 0, 1),
        },
      ],
    };
    const lists = await Promise.all([
      new FlagStore(storage).all(),
      new FlagStore(storage).all(),
      new FlagStore(storage).all(),
    ]);
    for (const list of lists)
      expect(list.map((f) => f.target[0]!.source)).toEqual(['https://digest.example/a']);
    expect(storage.items).not.toHaveProperty('flags');
    expect(storage.items.schema).toBe(2);
  });

  it('finds a page’s flags under its other addresses', async () => {
    const store = new FlagStore(new ShuffledStorage());
    const flag = flagFor(1, 1);
    await store.save(flag);
    expect(
      await store.forPage('http://www.news1.example/story-1/?utm_source=feed#top'),
    ).toHaveLength(1);
    expect(await store.forPage('https://news1.example/story-2')).toHaveLength(0);
  });

  it('reports full storage in plain words and keeps what was there', async () => {
    const storage = new ShuffledStorage();
    const store = new FlagStore(storage);
    await store.save(flagFor(1, 1));
    storage.failWith = 'QUOTA_BYTES quota exceeded';
    const error = await store.save(flagFor(1, 2)).catch((e) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toMatch(/storage for Unspun is full/);
    storage.failWith = 'IO error';
    expect((await store.save(flagFor(1, 3)).catch((e) => e)).message).toMatch(/did not answer/);
    storage.failWith = null;
    expect(await store.all()).toHaveLength(1);
  });

  it('removes and restores a flag (undo)', async () => {
    const store = new FlagStore(new ShuffledStorage());
    const flag = flagFor(2, 1);
    await store.save(flag);
    await store.remove(flag.id);
    expect(await store.all()).toEqual([]);
    await store.save(flag);
    expect(await store.all()).toEqual([flag]);
  });
});
