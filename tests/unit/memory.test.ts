import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { extractArticle } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import {
  alsoRetold,
  entryOf,
  matchMemory,
  sourceEntryOf,
  type MemoryEntry,
} from '../../lib/memory/fingerprint';
import { MemoryStore } from '../../utils/memory-store';
import type { StorageArea } from '../../utils/flag-store';
import { readerMessage, StorageError } from '../../utils/storage-error';
import { loadCases } from '../../scripts/lib/fixture-internet.mjs';
import { articleOf } from './support/article';

const root = path.resolve(__dirname, '../..');
const cases = loadCases();
const load = (id: string) => {
  const c = cases.find((x: { id: string }) => x.id === id)!;
  return extractArticle(
    parseHtmlDocument(readFileSync(path.join(root, 'seeds', c.fixture), 'utf8'), c.url),
    { url: c.url },
  );
};

class Memory implements StorageArea {
  items: Record<string, unknown> = {};
  async get(keys?: string | string[] | null) {
    if (keys == null) return structuredClone(this.items);
    const list = Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(
      list.filter((k) => k in this.items).map((k) => [k, structuredClone(this.items[k])]),
    );
  }
  async set(items: Record<string, unknown>) {
    Object.assign(this.items, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.items[k];
  }
  async clear() {
    this.items = {};
  }
}

const source = load('source-specialization-beats-scale');
const page000 = load('000');

describe('memory of pages read', () => {
  it('keeps a fingerprint, not the text', () => {
    const entry = sourceEntryOf(source, new Date('2026-11-01T00:00:00Z'));
    expect(entry).toMatchObject({
      url: 'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale',
      kind: 'source',
      title: source.title,
    });
    expect(entry.shingles.length).toBeGreaterThan(20);
    expect(entry.shingles.every((h) => Number.isInteger(h))).toBe(true);
    expect(JSON.stringify(entry)).not.toContain('procurement decisions start');
  });

  it("makes a kept source's entry again from its hashes, the same each time and never shared", () => {
    const first = sourceEntryOf(source, new Date('2026-11-01T00:00:00Z'));
    const again = sourceEntryOf(source, new Date('2026-11-02T00:00:00Z'));
    const cold = sourceEntryOf({ ...source }, new Date('2026-11-02T00:00:00Z'));
    expect(again).toEqual(cold);
    expect(again.seen).not.toBe(first.seen);
    // An entry is stored and sent: changing one leaves the next as it was.
    first.shingles.length = 0;
    first.terms!.length = 0;
    expect(sourceEntryOf(source, new Date('2026-11-02T00:00:00Z'))).toEqual(cold);
  });

  it('finds a remembered source that a page without a link restates, and not an unrelated one', () => {
    const memory = [
      sourceEntryOf(source, new Date()),
      sourceEntryOf(
        articleOf([
          'A bakery replaced its big oven with three small ones and now bakes better bread at lower cost every morning.',
          'The chef shared her recipes.',
        ]),
        new Date(),
      ),
    ];
    const matches = matchMemory(load('001'), memory);
    expect(matches.map((m) => m.entry.url)).toEqual([
      'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale',
    ]);
    const chips = articleOf([
      'Chips got cheaper this year, analysts said, as supply grew across the industry.',
      'Data centre operators bought more of them, and prices for renting them fell too.',
      'The trend may slow next year if demand for training keeps rising.',
    ]);
    expect(matchMemory(chips, memory)).toEqual([]);
    // A page that reuses the source's title over other content is not matched either.
    const impostor = articleOf(
      [
        'Our bakery replaced one large oven with three small ones this spring.',
        'Bread and pastry now bake at their own heat, and the bill went down.',
        'The chef says she will never go back to one oven.',
      ],
      { title: source.title },
    );
    expect(matchMemory(impostor, memory)).toEqual([]);
  });

  it('does not take one shared title word for an agreeing title', () => {
    // A page with a broad vocabulary holds most of any short article's main words; with one title
    // word in common ("new") that once made a match (Readability's Wikipedia "New Zealand" page).
    const law = articleOf(
      [
        'The government wants new surveillance laws that store the metadata of every phone call for two years.',
        'Media groups say the laws threaten press freedom and the safety of sources.',
        'The minister said the laws would help the police.',
      ],
      { url: 'https://paper.example/law', title: 'Media fight new surveillance laws' },
    );
    const broad = articleOf(
      [
        'The country has a parliament, a government, police, media and laws like any other.',
        'Its history, economy, culture and sport fill many pages: the minister of every department, phone calls, press freedom and safety, sources and metadata of its archives, surveillance of its coasts, two years of records.',
        'Its people, some say, would want to store, help, fight or threaten in groups.',
        'The new flag was not adopted.',
      ],
      { url: 'https://encyclopedia.example/country', title: 'New Country' },
    );
    expect(matchMemory(broad, [sourceEntryOf(law, new Date())])).toEqual([]);
  });

  it('lists the other restatements of a source with their scores and what they added or dropped', () => {
    const e000 = entryOf(page000, analyze(page000, { source }), new Date('2026-11-02T00:00:00Z'));
    const page002 = load('002');
    const e002 = entryOf(page002, analyze(page002, { source }), new Date('2026-11-03T00:00:00Z'));
    expect(e000).toMatchObject({ kind: 'restatement', sourceUrl: source.url });
    expect(e000.added! + e000.strengthened! + e000.dropped!).toBeGreaterThan(0);
    const list = alsoRetold(
      [e000, e002, sourceEntryOf(source, new Date())],
      source.url,
      page000.url,
    );
    expect(list.map((e) => e.url)).toEqual([page002.url]);
  });

  it('is capped (the oldest forgotten first), keeps an earlier comparison, and clears', async () => {
    const area = new Memory();
    const store = new MemoryStore(area, 3);
    const entry = (n: number): MemoryEntry => ({
      url: `https://news.example/${n}`,
      kind: 'restatement',
      title: `Story ${n}`,
      publisher: null,
      published: null,
      seen: new Date(Date.UTC(2026, 0, n)).toISOString(),
      shingles: [n],
    });
    for (const n of [1, 2, 3, 4, 5]) await store.remember(entry(n));
    expect((await store.all()).map((e) => e.title).sort()).toEqual([
      'Story 3',
      'Story 4',
      'Story 5',
    ]);
    await store.remember({ ...entry(5), sourceUrl: 'https://lab.example/post', added: 2 });
    await store.remember({ ...entry(5), seen: new Date(Date.UTC(2026, 0, 9)).toISOString() });
    expect((await store.all()).find((e) => e.title === 'Story 5')).toMatchObject({
      sourceUrl: 'https://lab.example/post',
      added: 2,
    });
    area.items['flag:x'] = { kept: true };
    await store.clear();
    expect(await store.all()).toEqual([]);
    expect(area.items['flag:x']).toEqual({ kept: true });
  });

  it('says in plain words when forgetting fails, never the browser’s own message', async () => {
    const area = new Memory();
    area.remove = async () => {
      throw new Error('IO error: .../LOCK: Resource temporarily unavailable');
    };
    const store = new MemoryStore(area);
    await store.remember({
      url: 'https://news.example/1',
      kind: 'restatement',
      title: 'Story',
      publisher: null,
      published: null,
      seen: '2026-01-01T00:00:00.000Z',
      shingles: [1],
    });
    const error = await store.clear().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    const shown = readerMessage(error, 'fallback');
    expect(shown).toBe(
      'The browser’s storage did not answer, so forgetting the pages you opened failed. Nothing was lost; try again.',
    );
    expect(readerMessage(new Error('IO error: LOCK'), 'Something went wrong.')).toBe(
      'Something went wrong.',
    );
    expect(await store.all()).toHaveLength(1);
  });
});
