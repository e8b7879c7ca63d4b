import { browser, type Browser } from 'wxt/browser';
import { SOURCE_LIMITS } from '../../lib/source/fetch-source';
import { sameSource } from '../../lib/source/normalize-url';
import { msg, plural } from '../../lib/words/message';
import type { Message } from '../../lib/words/message';
import { fromOwnContentScript } from '../../utils/messaging';
import { hasPermission } from './site-permission';

/** How long an opened source tab may take to load (a bot check's script may reload it once). */
export const TAB_LOAD_MS = 20_000;
/** Addresses a tab's sidebar asked to fetch, kept per tab: only those may be read from a tab. */
const ASKED_KEY = 'unspun.sourceTabs.asked';
const MAX_ASKED = 16;
const MAX_TABS = 50;
/**
 * The lists, in memory while the background runs (so parallel fetches never lose one another's
 * note) and in session storage, which outlives a sleeping service worker and which content scripts
 * cannot reach. Loaded from the session once.
 */
let asked: Promise<Record<string, string[]>> | null = null;

function askedLists(): Promise<Record<string, string[]>> {
  asked ??= (async () => {
    const stored = (await browser.storage?.session?.get(ASKED_KEY).catch(() => ({}))) as
      Record<string, Record<string, string[]> | undefined> | undefined;
    return stored?.[ASKED_KEY] ?? {};
  })();
  return asked;
}

/** Notes that the sidebar in `tabId` asked for the source at `url` (so it may read its tab later). */
export async function rememberAsked(tabId: number, url: string): Promise<void> {
  const lists = await askedLists();
  lists[tabId] = [...(lists[tabId] ?? []).filter((u) => u !== url), url].slice(-MAX_ASKED);
  // Tabs by id, oldest first: forget the oldest beyond a few dozen.
  for (const old of Object.keys(lists).slice(0, -MAX_TABS)) delete lists[old];
  await browser.storage?.session?.set({ [ASKED_KEY]: lists }).catch(() => {});
}

/** The rendered page of the source's tab (its DOM after its scripts ran), or why it was not read. */
export type SourceTabResult =
  | { ok: true; url: string; html: string }
  | {
      ok: false;
      reason: 'no-tab' | 'refused' | 'timeout' | 'unreadable';
      messages: { message: Message };
    };

const failure = (
  reason: Extract<SourceTabResult, { ok: false }>['reason'],
  message: Parameters<typeof msg>[0],
  ...subs: string[]
): SourceTabResult => ({
  ok: false,
  reason,
  messages: { message: msg(message, ...subs) },
});

/**
 * Reads the rendered page of the source's tab for the sidebar that is comparing it: the tab the
 * reader has open at that address, or (`open`) a new background tab, left open and untouched. The
 * sidebar's own content script only, for an address it asked to fetch, on a site the reader granted.
 */
export async function readSourceTab(
  url: string,
  open: boolean,
  sender: Browser.runtime.MessageSender,
): Promise<SourceTabResult> {
  const from = sender.tab?.id;
  if (!fromOwnContentScript(sender) || from === undefined)
    return failure('refused', 'sourceTab.notAsked');
  if (!(await askedLists())[from]?.includes(url)) return failure('refused', 'sourceTab.notAsked');
  if (!(await hasPermission(url))) return failure('refused', 'fetch.permission');
  let tab = await findSourceTab(url, from);
  if (!tab && !open) return failure('no-tab', 'sourceTab.closed');
  // In the background: the reader stays on the page they are reading, where the comparison lands.
  tab ??= await browser.tabs.create({
    url,
    active: false,
    windowId: sender.tab?.windowId,
    openerTabId: from,
  });
  if (tab.id === undefined) return failure('unreadable', 'sourceTab.unreadable');
  const loaded = await tabLoaded(tab.id, TAB_LOAD_MS);
  if (loaded === 'closed') return failure('no-tab', 'sourceTab.closed');
  if (loaded === 'timeout')
    return {
      ok: false,
      reason: 'timeout',
      messages: { message: plural('sourceTab.timeout', TAB_LOAD_MS / 1000) },
    };
  return readTab(tab.id, url);
}

/** A tab other than the sidebar's showing the source (tabs' addresses are visible under the site's grant). */
async function findSourceTab(
  url: string,
  exceptTab: number,
): Promise<Browser.tabs.Tab | undefined> {
  const tabs = await browser.tabs.query({}).catch(() => [] as Browser.tabs.Tab[]);
  const showing = tabs.filter((t) => t.id !== exceptTab && t.url && sameSource(t.url, url));
  return showing.find((t) => t.status === 'complete') ?? showing[0];
}

/** Waits until the tab has loaded (or was closed, or the time is up). */
function tabLoaded(tabId: number, timeoutMs: number): Promise<'complete' | 'closed' | 'timeout'> {
  return new Promise((resolve) => {
    const done = (state: 'complete' | 'closed' | 'timeout') => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve(state);
    };
    // A new tab is briefly about:blank, and "complete" there: wait for the source's own page.
    const shows = (tab: Browser.tabs.Tab) =>
      tab.status === 'complete' && /^https?:/.test(tab.url ?? '');
    const onUpdated = (id: number, _change: unknown, tab: Browser.tabs.Tab) => {
      if (id === tabId && shows(tab)) done('complete');
    };
    const onRemoved = (id: number) => {
      if (id === tabId) done('closed');
    };
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.tabs.get(tabId).then(
      (tab) => shows(tab) && done('complete'),
      () => done('closed'),
    );
  });
}

/** The tab's rendered DOM and address: nothing else is read, nothing in the tab is changed. */
function renderedPage(): { url: string; html: string } {
  return { url: location.href, html: document.documentElement.outerHTML };
}

async function readTab(tabId: number, url: string): Promise<SourceTabResult> {
  let page: { url: string; html: string } | undefined;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: renderedPage,
    });
    page = injection?.result as typeof page;
  } catch {
    return failure('unreadable', 'sourceTab.unreadable');
  }
  if (!page || typeof page.html !== 'string' || typeof page.url !== 'string')
    return failure('unreadable', 'sourceTab.unreadable');
  // The tab may have moved on (a sign-in page elsewhere): only the source's own site is read.
  if (new URL(page.url).origin !== new URL(url).origin)
    return failure('refused', 'sourceTab.elsewhere', new URL(page.url).hostname);
  if (page.html.length > SOURCE_LIMITS.maxBytes) return failure('unreadable', 'sourceTab.tooLarge');
  return { ok: true, url: page.url, html: page.html };
}
