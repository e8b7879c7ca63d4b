// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../lib/analysis/analyze';
import type { MemoryEntry } from '../../../lib/memory/fingerprint';
import { entryOf, sourceEntryOf } from '../../../lib/memory/fingerprint';
import { splitArticle } from '../../../lib/extract/sentences';
import type { Report } from '../../../lib/report/report';
import type { Flow } from '../../../entrypoints/sidebar.content/flow';
import {
  unreadState,
  viewOf,
  type SidebarState,
} from '../../../entrypoints/sidebar.content/sidebar-state';
import { articleOf, FILLER } from '../support/article';
import { READY_FLAGS } from '../support/flags-view';

/**
 * The messaging channel as an in-memory bus: the flows' messages reach the background's real
 * handlers (registered below), each way cloned as the browser clones them, and every message is
 * kept for the tests to read.
 */
const bus = vi.hoisted(() => ({
  handlers: new Map<string, (message: { data: any; sender: any }) => unknown>(),
  sent: [] as { type: string; data: any }[],
  answers: [] as { type: string; answer: any }[],
}));
vi.mock('../../../utils/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/messaging')>();
  const { browser } = await import('wxt/browser');
  return {
    ...real,
    onMessage: (type: string, handler: (message: { data: any; sender: any }) => unknown) => {
      bus.handlers.set(type, handler);
      return () => bus.handlers.delete(type);
    },
    sendMessage: async (type: string, data: any) => {
      bus.sent.push({ type, data });
      const handler = bus.handlers.get(type);
      if (!handler) throw new Error(`no handler for ${type}`);
      const sender = { id: browser.runtime.id, tab: { id: 7 } };
      const answer = structuredClone(await handler({ data: structuredClone(data), sender }));
      bus.answers.push({ type, answer });
      return answer;
    },
  };
});

/** The sentence split, watched: the page's own is made in the background, not here. */
vi.mock('../../../lib/extract/sentences', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/extract/sentences')>();
  return { ...real, splitArticle: vi.fn(real.splitArticle) };
});

/** The background's analyses, counted: a comparison made ahead must not be made again. */
vi.mock('../../../entrypoints/background/lazy-modules', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../../entrypoints/background/lazy-modules')>();
  return { ...real, analyze: vi.fn(real.analyze) };
});
const lazyModules = await import('../../../entrypoints/background/lazy-modules');
/** How many comparisons (analyses with a source) the background has made since the test began. */
const comparisonsMade = () =>
  vi.mocked(lazyModules.analyze).mock.calls.filter(([, options]) => options !== undefined).length;

const { compareSource } = await import('../../../entrypoints/sidebar.content/compare-source');
const { searchFeeds } = await import('../../../entrypoints/sidebar.content/search-feeds');
const { remember } = await import('../../../entrypoints/sidebar.content/remember');
const { analyzeInBackground, compareInBackground } =
  await import('../../../entrypoints/sidebar.content/analysis-request');
const { registerAnalysisService } =
  await import('../../../entrypoints/background/analysis-service');
const { registerCompareService } = await import('../../../entrypoints/background/compare-service');
const { registerSourceReader } = await import('../../../entrypoints/background/source-reader');
const { registerPageArticles } = await import('../../../entrypoints/background/page-articles');
registerAnalysisService();
registerPageArticles();
registerCompareService();
registerSourceReader();

/** Each test reads a source of its own: the background keeps sources it has read. */
let sourceUrl = '';
let n = 0;
const said = 'The lab says its compact model beat frontier APIs on invoice extraction in March.';
const page = articleOf([said, FILLER, FILLER], { title: 'Retold' });
const pageReport = analyze(page);
const SOURCE_URL_BASE = 'https://lab.example/blog/small-models';
const sourceHtml = `<html><head><title>Small models</title></head><body><article><h1>Small models</h1>
<p>${said}</p><p>${FILLER}</p><p>${FILLER}</p></article></body></html>`;

/** A flow over a page already read, with the abort and the state in the test's hands. */
function flowOver(report: Report = pageReport, article = page) {
  const read = new AbortController();
  let state: SidebarState = { ...unreadState(), page: { kind: 'read', article, report } };
  const sets: Partial<SidebarState>[] = [];
  const setReport = vi.fn();
  const flow: Flow = {
    signal: read.signal,
    get state() {
      return state;
    },
    set(patch) {
      if (read.signal.aborted) return;
      sets.push(patch);
      state = { ...state, ...patch };
    },
    flags: { setReport } as unknown as Flow['flags'],
    memory: {
      remember: async (entry: MemoryEntry) => void remembered.push(entry),
      all: async () => remembered,
    } as unknown as Flow['memory'],
  };
  const remembered: MemoryEntry[] = [];
  return { flow, read, sets, setReport, state: () => state, remembered };
}

/** What the source's site answers, and the grant the reader gave; each test may change them. */
let granted = true;
let serve: () => Response = () =>
  new Response(sourceHtml, { headers: { 'content-type': 'text/html; charset=utf-8' } });
const fetched: string[] = [];

beforeEach(() => {
  sourceUrl = `${SOURCE_URL_BASE}-${++n}`;
  granted = true;
  serve = () =>
    new Response(sourceHtml, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  fetched.length = 0;
  vi.mocked(lazyModules.analyze).mockClear();
  bus.sent = [];
  bus.answers = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(String(url));
    return serve();
  });
});

/** The page read as the sidebar reads it: analysed in the background, which keeps its Article. */
async function pageRead() {
  const read = new AbortController();
  const report = (await analyzeInBackground(read.signal, page))!;
  bus.sent = [];
  bus.answers = [];
  return report;
}

describe('viewOf', () => {
  it('shows a page not read as it stands', () => {
    expect(viewOf(unreadState(), READY_FLAGS)).toEqual({ kind: 'loading' });
    const message = { key: 'sidebar.unreadable', subs: [] } as any;
    expect(
      viewOf({ ...unreadState(), page: { kind: 'no-article', message } }, READY_FLAGS),
    ).toEqual({
      kind: 'no-article',
      message,
    });
  });

  it('shows a read page with its source, feed, other restatements and a change of address', () => {
    const read: SidebarState = {
      ...unreadState(),
      page: { kind: 'read', article: page, report: pageReport },
      source: { kind: 'fetching', url: sourceUrl },
    };
    expect(viewOf(read, READY_FLAGS)).toEqual({
      kind: 'report',
      report: pageReport,
      source: { kind: 'fetching', url: sourceUrl },
      flags: READY_FLAGS,
    });
    const feed = { state: 'searching' as const, feedName: 'Lab blog' };
    const retold = [{ url: 'https://other.example/a' }] as any;
    expect(
      viewOf(
        { ...read, feed, alsoRetold: retold, pageChanged: true, pendingFeed: 'x' },
        READY_FLAGS,
      ),
    ).toEqual({
      kind: 'report',
      report: pageReport,
      source: { kind: 'fetching', url: sourceUrl },
      flags: READY_FLAGS,
      feed,
      alsoRetold: retold,
      pageChanged: true,
    });
  });
});

describe('compareSource', () => {
  it('compares with the granted source in one round trip: no HTML and no second page cross', async () => {
    await pageRead();
    const { flow, setReport, state } = flowOver();
    await compareSource(flow, sourceUrl);
    const now = state();
    expect(now.source).toEqual({ kind: 'compared', url: sourceUrl });
    expect(now.page.kind === 'read' && now.page.report.source?.url).toBe(sourceUrl);
    expect(now.page.kind === 'read' && now.page.report.claims[0]?.status).toBe('supported');
    expect(setReport).toHaveBeenCalledWith(now.page.kind === 'read' && now.page.report);
    expect(fetched).toEqual([sourceUrl]);
    // One message, small: the source's HTML stays in the background, the page's Article was kept.
    expect(bus.sent.map((m) => m.type)).toEqual(['compareWithSource']);
    expect(bus.sent[0]!.data.page).toBeUndefined();
    expect(JSON.stringify(bus.sent[0]!.data).length).toBeLessThan(500);
  });

  it('remembers the page and its source from the entries the background made with the comparison', async () => {
    await pageRead();
    const { flow, state, remembered } = flowOver();
    await compareSource(flow, sourceUrl);
    await vi.waitFor(() => expect(remembered).toHaveLength(2));
    const now = state();
    const compared = now.page.kind === 'read' ? now.page.report : null;
    // The page's entry carries the compared Report's score and source: made after the comparison.
    const [pageEntry, sourceEntry] = remembered;
    const { seen, ...rest } = pageEntry!;
    const { seen: _, ...expected } = entryOf(splitArticle(page), compared!, new Date(seen));
    expect(rest).toEqual(expected);
    expect(pageEntry!.sourceUrl).toBe(sourceUrl);
    expect(sourceEntry).toMatchObject({ url: sourceUrl, kind: 'source' });
    // Both came in the comparison's answer, the only message sent: the page is not split again.
    expect(bus.sent.map((m) => m.type)).toEqual(['compareWithSource']);
    const answer = bus.answers.find((a) => a.type === 'compareWithSource')!.answer;
    expect(remembered).toEqual([answer.pageEntry, answer.sourceEntry]);
  });

  it('remembers a page with no comparison from the entry the background made; if it let the page go, from one made here', async () => {
    const report = await pageRead();
    const { flow, remembered } = flowOver(report);
    await remember(flow, page, report);
    const made = entryOf(splitArticle(page), report, new Date(remembered[0]!.seen));
    expect(remembered).toEqual([made]);
    expect(bus.sent.map((m) => m.type)).toEqual(['pageMemoryEntry']);
    expect(bus.answers[0]!.answer).toEqual(made);
    // The background lets a page go (its tab closed): the entry is made in the page, the same.
    const read = articleOf([said, FILLER, FILLER], { title: 'Retold' });
    const readReport = (await analyzeInBackground(new AbortController().signal, read))!;
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    const again = flowOver(readReport, read);
    await remember(again.flow, read, readReport);
    expect(bus.answers.at(-1)).toEqual({ type: 'pageMemoryEntry', answer: null });
    expect(again.remembered).toEqual([
      entryOf(splitArticle(read), readReport, new Date(again.remembered[0]!.seen)),
    ]);
  });

  it('sends the page again only when the background no longer holds it', async () => {
    await pageRead();
    // The background lets the page go (here: its tab closed; a restarted service worker has none).
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    const { flow, state } = flowOver();
    await compareSource(flow, sourceUrl);
    expect(state().source).toEqual({ kind: 'compared', url: sourceUrl });
    const asks = bus.sent.filter((m) => m.type === 'compareWithSource');
    expect(asks.map((m) => m.data.page === undefined)).toEqual([true, false]);
    expect(fetched).toEqual([sourceUrl]);
  });

  it('reads a source once: comparing again takes it from the background', async () => {
    await pageRead();
    await compareSource(flowOver().flow, sourceUrl);
    const { flow, state } = flowOver();
    await compareSource(flow, sourceUrl);
    expect(state().source).toEqual({ kind: 'compared', url: sourceUrl });
    expect(fetched).toEqual([sourceUrl]);
  });

  it('asks for the grant first, and fetches nothing without it', async () => {
    granted = false;
    await pageRead();
    const { flow, sets, state } = flowOver();
    await compareSource(flow, sourceUrl);
    expect(state().source).toMatchObject({ kind: 'needs-permission', url: sourceUrl });
    // No "reading the source" line flashes before the grant card.
    expect(sets).toHaveLength(1);
    expect(fetched).toEqual([]);
  });

  it('says it is reading the source when the site is slow', async () => {
    await pageRead();
    const slow = serve;
    serve = () => slow();
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      await new Promise((r) => setTimeout(r, 250));
      return serve();
    });
    const { flow, sets, state } = flowOver();
    await compareSource(flow, sourceUrl);
    expect(sets[0]).toEqual({ source: { kind: 'fetching', url: sourceUrl } });
    expect(state().source).toEqual({ kind: 'compared', url: sourceUrl });
  });

  it('says why a source with no article could not be read, and offers its tab', async () => {
    serve = () =>
      new Response(
        '<html><body><form><input type="password" name="password"></form></body></html>',
        {
          headers: { 'content-type': 'text/html' },
        },
      );
    await pageRead();
    const { flow, state } = flowOver();
    await compareSource(flow, sourceUrl);
    expect(state().source).toMatchObject({ kind: 'failed', url: sourceUrl, tab: 'open' });
  });

  it('drops the answer of a read that was aborted while the source was fetched, and its analysis', async () => {
    await pageRead();
    const { flow, read, sets, state } = flowOver();
    vi.stubGlobal('fetch', async () => {
      read.abort();
      await new Promise((r) => setTimeout(r, 10));
      return serve();
    });
    await compareSource(flow, sourceUrl);
    expect(sets).toEqual([]);
    expect(state().page.kind === 'read' && state().page).toMatchObject({ report: pageReport });
    const asked = bus.sent.find((m) => m.type === 'compareWithSource')!;
    expect(bus.sent.find((m) => m.type === 'cancelAnalysis')?.data).toEqual({
      job: asked.data.job,
    });
  });
});

describe('searchFeeds', () => {
  /** A page that names no source it links, and a source the reader opened Unspun on before. */
  async function namingPage() {
    const naming = articleOf([said, FILLER, FILLER], { title: 'Retold' });
    const report = (await analyzeInBackground(new AbortController().signal, naming))!;
    const source = articleOf([said, FILLER, FILLER], { title: 'Small models', url: sourceUrl });
    const over = flowOver(report, naming);
    over.remembered.push(sourceEntryOf(source, new Date()));
    vi.mocked(splitArticle).mockClear();
    bus.sent = [];
    return { naming, report, ...over };
  }
  const splitHere = (article: object) =>
    vi.mocked(splitArticle).mock.calls.some(([split]) => split === article);
  const firstFound = (feed: SidebarState['feed']) =>
    feed?.state === 'found' ? feed.matches[0]?.url : undefined;

  it('finds a remembered source from the shingles the background made: the page is not split here', async () => {
    const { naming, report, flow, state } = await namingPage();
    await searchFeeds(flow);
    expect(state().feed).toMatchObject({ state: 'found', from: 'memory' });
    expect(firstFound(state().feed)).toBe(sourceUrl);
    expect(bus.sent.map((m) => m.type)).toEqual(['pageMemoryEntry']);
    expect(splitHere(naming)).toBe(false);
    // Remembering the page then takes the same entry: one ask for both.
    await remember(flow, naming, report);
    expect(bus.sent.map((m) => m.type)).toEqual(['pageMemoryEntry']);
  });

  it('splits the page here, and finds the same, when the background let it go', async () => {
    const { naming, flow, state } = await namingPage();
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await searchFeeds(flow);
    expect(firstFound(state().feed)).toBe(sourceUrl);
    expect(splitHere(naming)).toBe(true);
  });
});

describe('comparing ahead', () => {
  const linkingPage = () =>
    articleOf([said, FILLER, FILLER], {
      title: 'Retold',
      links: `<p><a href="${sourceUrl}">Read the original</a></p>`,
    });

  it('compares with the source the page follows while the score paints; the ask takes that answer', async () => {
    const linking = linkingPage();
    const report = (await analyzeInBackground(new AbortController().signal, linking))!;
    expect(report.sourceCandidates[0]).toMatchObject({ url: sourceUrl });
    // Made by the background itself, before the sidebar asks.
    await vi.waitFor(() => expect(comparisonsMade()).toBe(1));
    expect(fetched).toEqual([sourceUrl]);
    const { flow, state } = flowOver(report, linking);
    await compareSource(flow, sourceUrl);
    expect(state().source).toEqual({ kind: 'compared', url: sourceUrl });
    const compared = state().page;
    expect(compared.kind === 'read' && compared.report.claims[0]?.status).toBe('supported');
    // Neither read nor analysed twice.
    expect(fetched).toEqual([sourceUrl]);
    expect(comparisonsMade()).toBe(1);
    // Answered once: comparing again (the reader's click) compares anew, from the kept source.
    await compareSource(flowOver(report, linking).flow, sourceUrl);
    expect(comparisonsMade()).toBe(2);
    expect(fetched).toEqual([sourceUrl]);
  });

  it('starts fetching that source before the page is analysed, and fetches it once', async () => {
    const fetchedWhenAnalysed: string[][] = [];
    vi.mocked(lazyModules.analyze).mockImplementationOnce(async (...args) => {
      fetchedWhenAnalysed.push([...fetched]);
      return analyze(...args);
    });
    const linking = linkingPage();
    await analyzeInBackground(new AbortController().signal, linking);
    // The fetch waits on the network while the page is analysed, not after.
    expect(fetchedWhenAnalysed).toEqual([[sourceUrl]]);
    await vi.waitFor(() => expect(comparisonsMade()).toBe(1));
    expect(fetched).toEqual([sourceUrl]);
  });

  it('tells why a source read ahead failed without fetching it again; the reader may try again', async () => {
    serve = () => new Response('Unavailable', { status: 503 });
    const linking = linkingPage();
    const report = (await analyzeInBackground(new AbortController().signal, linking))!;
    const { flow, state } = flowOver(report, linking);
    await compareSource(flow, sourceUrl);
    expect(state().source).toMatchObject({ kind: 'failed', url: sourceUrl });
    expect(fetched).toEqual([sourceUrl]);
    await compareSource(flowOver(report, linking).flow, sourceUrl);
    expect(fetched).toEqual([sourceUrl, sourceUrl]);
  });

  it('drops a job cancelled while its source is being looked up ahead: the page is not analysed', async () => {
    const read = new AbortController();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The reader's grant is asked first: the read waits on it while the sidebar cancels.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => {
      await held;
      return granted;
    });
    const reply = analyzeInBackground(read.signal, linkingPage());
    await vi.waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalled());
    read.abort();
    await vi.waitFor(() =>
      expect(bus.sent.map((m) => m.type)).toEqual(['analyzeArticle', 'cancelAnalysis']),
    );
    release();
    expect(await reply).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect(vi.mocked(lazyModules.analyze)).not.toHaveBeenCalled();
  });

  it('answers an ask for another source with that one, not with the comparison made ahead', async () => {
    const linking = linkingPage();
    const report = (await analyzeInBackground(new AbortController().signal, linking))!;
    await vi.waitFor(() => expect(comparisonsMade()).toBe(1));
    const other = `${sourceUrl}-other`;
    const { flow, state } = flowOver(report, linking);
    await compareSource(flow, other);
    expect(state().source).toEqual({ kind: 'compared', url: other });
    expect(fetched).toEqual([sourceUrl, other]);
    expect(comparisonsMade()).toBe(2);
  });

  it('lets a comparison made ahead go with its page: a new page read in the tab is compared anew', async () => {
    const linking = linkingPage();
    const report = (await analyzeInBackground(new AbortController().signal, linking))!;
    await vi.waitFor(() => expect(comparisonsMade()).toBe(1));
    // The tab's sidebar reads another page (the same text: its own comparison is made ahead too).
    const next = linkingPage();
    await analyzeInBackground(new AbortController().signal, next);
    await vi.waitFor(() => expect(comparisonsMade()).toBe(2));
    // The first page's ask finds neither its page nor its answer: it sends the page and is compared.
    const { flow, state } = flowOver(report, linking);
    await compareSource(flow, sourceUrl);
    expect(state().source).toEqual({ kind: 'compared', url: sourceUrl });
    expect(comparisonsMade()).toBe(3);
    expect(
      bus.sent.filter((m) => m.type === 'compareWithSource').map((m) => !!m.data.page),
    ).toEqual([false, true]);
  });

  it('reads and compares nothing ahead on a site the reader has not granted', async () => {
    granted = false;
    await analyzeInBackground(new AbortController().signal, linkingPage());
    await new Promise((r) => setTimeout(r, 20));
    expect(fetched).toEqual([]);
    expect(comparisonsMade()).toBe(0);
  });
});

describe('analyzeInBackground', () => {
  it('sends the page without its sentences and word count; the background makes both and gives the same Report', async () => {
    const { sentences, wordCount, ...unsplit } = page;
    expect(sentences.length).toBeGreaterThan(0);
    const report = await analyzeInBackground(new AbortController().signal, unsplit);
    expect(report).toEqual(pageReport);
    expect(report!.page.wordCount).toBe(wordCount);
    expect(bus.sent[0]!.data.page).not.toHaveProperty('sentences');
    expect(bus.sent[0]!.data.page).not.toHaveProperty('wordCount');
  });

  it('cancels its job in the background when the read is aborted before the answer', async () => {
    const read = new AbortController();
    // A job already running holds the queue, so this one waits its turn and can be dropped.
    const busy = compareInBackground(new AbortController().signal, page, {
      url: sourceUrl,
      via: 'fetch',
      companions: [],
    });
    const reply = analyzeInBackground(read.signal, page);
    read.abort();
    expect(await reply).toBeNull();
    await busy;
    const asked = bus.sent.find((m) => m.type === 'analyzeArticle')!;
    const cancelled = bus.sent.find((m) => m.type === 'cancelAnalysis')!;
    expect(cancelled.data).toEqual({ job: asked.data.job });
  });

  it('cancels nothing once the answer came', async () => {
    const read = new AbortController();
    expect(await analyzeInBackground(read.signal, page)).toMatchObject({ spin: expect.anything() });
    read.abort();
    expect(bus.sent.map((m) => m.type)).toEqual(['analyzeArticle']);
  });
});
