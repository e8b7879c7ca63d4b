// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import type { FlagsView } from '../../../components/view';
import type { Report } from '../../../lib/report/report';
import type { Flow } from '../../../entrypoints/sidebar.content/flow';
import {
  unreadState,
  viewOf,
  type SidebarState,
} from '../../../entrypoints/sidebar.content/sidebar-state';
import { articleOf, FILLER } from '../support/article';

/** The background, as the flows see it: each test says what it answers. */
const background = vi.hoisted(() => ({
  answers: {} as Record<string, (data: any) => unknown>,
  sent: [] as { type: string; data: any }[],
}));
vi.mock('../../../utils/messaging', () => ({
  sendMessage: async (type: string, data: any) => {
    background.sent.push({ type, data });
    const answer = background.answers[type];
    if (!answer) throw new Error(`no answer for ${type}`);
    return answer(data);
  },
  onMessage: () => () => {},
}));

const { compareSource } = await import('../../../entrypoints/sidebar.content/compare-source');
const { analyzeInBackground } =
  await import('../../../entrypoints/sidebar.content/analysis-request');

const SOURCE_URL = 'https://lab.example/blog/small-models';
const said = 'The lab says its compact model beat frontier APIs on invoice extraction in March.';
const page = articleOf([said, FILLER, FILLER], { title: 'Retold' });
const pageReport = analyze(page);
const sourceHtml = `<html><head><title>Small models</title></head><body><article><h1>Small models</h1>
<p>${said}</p><p>${FILLER}</p><p>${FILLER}</p></article></body></html>`;

const flags: FlagsView = {
  state: 'ready',
  saved: [],
  form: null,
  error: null,
  status: null,
  canUndo: false,
};

/** A flow over a page already read, with the abort and the state in the test's hands. */
function flowOver(report: Report = pageReport) {
  const read = new AbortController();
  let state: SidebarState = { ...unreadState(), page: { kind: 'read', article: page, report } };
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
    memory: { remember: async () => {}, all: async () => [] } as unknown as Flow['memory'],
  };
  return { flow, read, sets, setReport, state: () => state };
}

beforeEach(() => {
  background.answers = {
    hasSourcePermission: () => true,
    fetchSource: () => ({ ok: true, html: sourceHtml, finalUrl: SOURCE_URL, format: 'html' }),
    analyzeArticle: (data) => analyze(data.page, { source: data.source }),
    cancelAnalysis: () => undefined,
  };
  background.sent = [];
});

describe('viewOf', () => {
  it('shows a page not read as it stands', () => {
    expect(viewOf(unreadState(), flags)).toEqual({ kind: 'loading' });
    const message = { key: 'sidebar.unreadable', subs: [] } as any;
    expect(viewOf({ ...unreadState(), page: { kind: 'no-article', message } }, flags)).toEqual({
      kind: 'no-article',
      message,
    });
  });

  it('shows a read page with its source, feed, other restatements and a change of address', () => {
    const read: SidebarState = {
      ...unreadState(),
      page: { kind: 'read', article: page, report: pageReport },
      source: { kind: 'fetching', url: SOURCE_URL },
    };
    expect(viewOf(read, flags)).toEqual({
      kind: 'report',
      report: pageReport,
      source: { kind: 'fetching', url: SOURCE_URL },
      flags,
    });
    const feed = { state: 'searching' as const, feedName: 'Lab blog' };
    const retold = [{ url: 'https://other.example/a' }] as any;
    expect(
      viewOf({ ...read, feed, alsoRetold: retold, pageChanged: true, pendingFeed: 'x' }, flags),
    ).toEqual({
      kind: 'report',
      report: pageReport,
      source: { kind: 'fetching', url: SOURCE_URL },
      flags,
      feed,
      alsoRetold: retold,
      pageChanged: true,
    });
  });
});

describe('compareSource', () => {
  it('fetches the granted source, compares, and shows the compared Report', async () => {
    const { flow, sets, setReport, state } = flowOver();
    await compareSource(flow, SOURCE_URL);
    expect(sets[0]).toEqual({ source: { kind: 'fetching', url: SOURCE_URL } });
    const now = state();
    expect(now.source).toEqual({ kind: 'compared', url: SOURCE_URL });
    expect(now.page.kind === 'read' && now.page.report.source?.url).toBe(SOURCE_URL);
    expect(setReport).toHaveBeenCalledWith(now.page.kind === 'read' && now.page.report);
  });

  it('asks for the grant first, and fetches nothing without it', async () => {
    background.answers.hasSourcePermission = () => false;
    const { flow, state } = flowOver();
    await compareSource(flow, SOURCE_URL);
    expect(state().source).toMatchObject({ kind: 'needs-permission', url: SOURCE_URL });
    expect(background.sent.map((m) => m.type)).toEqual(['hasSourcePermission']);
  });

  it('drops the answer of a read that was aborted while the source was fetched', async () => {
    const { flow, read, sets, state } = flowOver();
    background.answers.fetchSource = () => {
      read.abort();
      return { ok: true, html: sourceHtml, finalUrl: SOURCE_URL, format: 'html' };
    };
    await compareSource(flow, SOURCE_URL);
    expect(sets).toEqual([{ source: { kind: 'fetching', url: SOURCE_URL } }]);
    expect(state().page.kind === 'read' && state().page).toMatchObject({ report: pageReport });
    expect(background.sent.map((m) => m.type)).not.toContain('analyzeArticle');
  });
});

describe('analyzeInBackground', () => {
  it('cancels its job in the background when the read is aborted before the answer', async () => {
    const read = new AbortController();
    let answer!: (report: Report) => void;
    background.answers.analyzeArticle = () => new Promise<Report>((r) => (answer = r));
    const reply = analyzeInBackground(read.signal, page);
    await Promise.resolve();
    read.abort();
    answer(pageReport);
    expect(await reply).toBeNull();
    const asked = background.sent.find((m) => m.type === 'analyzeArticle')!;
    const cancelled = background.sent.find((m) => m.type === 'cancelAnalysis')!;
    expect(cancelled.data).toEqual({ job: asked.data.job });
  });

  it('cancels nothing once the answer came', async () => {
    const read = new AbortController();
    expect(await analyzeInBackground(read.signal, page)).toMatchObject({ spin: expect.anything() });
    read.abort();
    expect(background.sent.map((m) => m.type)).toEqual(['analyzeArticle']);
  });
});
