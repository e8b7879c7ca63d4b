import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract';
import type { FlagAnnotation } from '../../../lib/flags/annotation';
import { FlagStore, type StorageArea } from '../../../utils/flag-store';
import { PageFlags } from '../../../entrypoints/sidebar.content/page-flags';

const html = `<html><head><title>Story</title></head><body><article><h1>Small models win</h1>
<p>The lab says its compact model beat frontier APIs on invoices. Critics say the benchmark was run by the vendor itself.</p>
<p>Procurement teams should take note of how narrow the test was and ask for independent numbers.</p></article></body></html>`;

class MemoryStorage implements StorageArea {
  items: Record<string, unknown> = {};
  failWith: string | null = null;
  async get() {
    return structuredClone(this.items);
  }
  async set(items: Record<string, unknown>) {
    if (this.failWith) throw new Error(this.failWith);
    Object.assign(this.items, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.items[k];
  }
  async clear() {
    this.items = {};
  }
}

function setup(storage = new MemoryStorage()) {
  const dom = new JSDOM(html, { url: 'https://digest.example/story' });
  const doc = dom.window.document;
  // The page helpers use the DOM's globals, as they do in a browser.
  globalThis.NodeFilter ??= dom.window.NodeFilter;
  const article = extractArticle(doc.cloneNode(true) as Document, {
    url: 'https://digest.example/story',
  });
  const flags = new PageFlags(
    doc,
    () => null,
    () => {},
    new FlagStore(storage),
  );
  return { doc, article, flags, storage, window: dom.window };
}

function select(doc: Document, text: string) {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(text);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    doc.dispatchEvent(new doc.defaultView!.Event('selectionchange'));
    return;
  }
  throw new Error(`not in page: ${text}`);
}

const PASSAGE = 'Critics say the benchmark was run by the vendor itself.';

describe('PageFlags (the sidebar’s flag controller)', () => {
  it('saves a flag with reasons, a note and a selected passage, and highlights the passage', async () => {
    const { doc, article, flags, storage } = setup();
    await flags.load(article, 'https://digest.example/story');
    flags.actions.start();
    select(doc, PASSAGE);
    expect(flags.current.form?.selection).toBe(PASSAGE);
    flags.actions.attachSelection();
    flags.actions.toggleReason('omits-caveats');
    flags.actions.setNote('Leaves out that the vendor ran it.');
    flags.actions.save();
    await expect.poll(() => flags.current.saved.length).toBe(1);
    expect(flags.current.form).toBeNull();
    expect(flags.current.saved[0]).toMatchObject({
      reasons: ['omits-caveats'],
      note: 'Leaves out that the vendor ran it.',
      passages: [{ quote: PASSAGE, found: true }],
    });
    expect(
      [...doc.querySelectorAll('unspun-highlight[data-kind="flagged"]')]
        .map((e) => e.textContent)
        .join(''),
    ).toBe(PASSAGE);
    const stored = Object.values(storage.items).find(
      (v) => (v as FlagAnnotation)?.type === 'Annotation',
    ) as FlagAnnotation;
    expect(stored.target[1]!.selector![0]).toMatchObject({
      type: 'TextQuoteSelector',
      exact: PASSAGE,
    });
  });

  it('keeps the form and says why when storage is full', async () => {
    const { article, flags, storage } = setup();
    await flags.load(article, 'https://digest.example/story');
    flags.actions.start();
    flags.actions.toggleReason('exaggerates-source');
    flags.actions.setNote('My careful note');
    storage.failWith = 'QUOTA_BYTES quota exceeded';
    flags.actions.save();
    await expect.poll(() => flags.current.error).toMatch(/storage for Unspun is full/);
    expect(flags.current.form).toMatchObject({
      reasons: ['exaggerates-source'],
      note: 'My careful note',
      saving: false,
    });
    expect(flags.current.saved).toEqual([]);
    // Room again: the same form saves.
    storage.failWith = null;
    flags.actions.save();
    await expect.poll(() => flags.current.saved.length).toBe(1);
  });

  it('edits a saved flag in place, and unflags with undo', async () => {
    const { article, flags } = setup();
    await flags.load(article, 'https://digest.example/story');
    flags.actions.start();
    flags.actions.toggleReason('other');
    flags.actions.save();
    await expect.poll(() => flags.current.saved.length).toBe(1);
    const id = flags.current.saved[0]!.id;
    flags.actions.edit(id);
    expect(flags.current.form).toMatchObject({ editing: id, reasons: ['other'] });
    flags.actions.toggleReason('other');
    flags.actions.toggleReason('undisclosed-ai');
    flags.actions.save();
    await expect.poll(() => flags.current.saved[0]?.reasons).toEqual(['undisclosed-ai']);
    expect(flags.current.saved).toHaveLength(1);
    expect(flags.current.saved[0]!.id).toBe(id);
    flags.actions.unflag(id);
    await expect.poll(() => flags.current.saved.length).toBe(0);
    expect(flags.current.canUndo).toBe(true);
    flags.actions.undo();
    await expect.poll(() => flags.current.saved.map((f) => f.id)).toEqual([id]);
  });

  it('asks for a reason before saving', async () => {
    const { article, flags } = setup();
    await flags.load(article, 'https://digest.example/story');
    flags.actions.start();
    flags.actions.save();
    expect(flags.current.error).toBe('Choose at least one reason.');
    expect(flags.current.form).not.toBeNull();
  });

  it('leaves the page as it was when disposed', async () => {
    const { doc, article, flags } = setup();
    const before = doc.body.innerHTML;
    await flags.load(article, 'https://digest.example/story');
    flags.actions.start();
    select(doc, PASSAGE);
    flags.actions.attachSelection();
    flags.actions.toggleReason('other');
    flags.actions.save();
    await expect.poll(() => doc.querySelectorAll('unspun-highlight').length).toBeGreaterThan(0);
    flags.dispose();
    expect(doc.body.innerHTML).toBe(before);
  });
});
