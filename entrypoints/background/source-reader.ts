import type { Browser } from 'wxt/browser';
import type { Article } from '../../lib/extract/article';
import { NoArticleError } from '../../lib/extract/extract';
import { parseInert } from './lazy-modules';
import { sourceArticle } from '../../lib/source/source-article';
import { noArticleMessage, tabMayRead } from '../../lib/source/source-wall';
import { msg, type Message } from '../../lib/words/message';
import {
  fromOwnContentScript,
  onMessage,
  type CompareResult,
  type SourceArticleResult,
} from '../../utils/messaging';
import { fetchPage } from './source-fetcher';
import { hasPermission } from './site-permission';
import { rememberAsked, readSourceTab } from './source-tab';

/** A source read into an Article, or why not, in the words of the comparison's answer. */
export type SourceRead =
  | { ok: true; article: Article }
  | { ok: false; reason: 'permission' }
  | Extract<CompareResult, { reason: 'failed' }>;

/** Sources read this browser session, by address: comparing again reads none twice. */
const articles = new Map<string, Article>();
const CACHE_SIZE = 8;
/** Sources being read now, by address: a second ask waits for the first read. */
const reading = new Map<string, Promise<SourceRead>>();
/**
 * Reads started ahead of a comparison (`readAhead`), by address, until one takes its answer: a
 * source that failed during the page's analysis is not fetched again at once for its comparison.
 */
const readsAhead = new Map<string, Promise<SourceRead>>();

const failed = (
  message: Message,
  more: { tab?: 'open' | 'reread'; again?: boolean; unexpected?: unknown } = {},
): SourceRead => ({
  ok: false,
  reason: 'failed',
  message,
  ...(more.tab ? { tab: more.tab } : {}),
  ...(more.again ? { again: true } : {}),
  ...(more.unexpected !== undefined ? { unexpected: describe(more.unexpected) } : {}),
});

function describe(error: unknown): string {
  return String((error as Error)?.stack ?? error).slice(0, 500);
}

/**
 * The document is parsed here with linkedom, inert (no script runs, nothing loads): Chrome's
 * service worker has no DOMParser, and one parser in both browsers reads a source the same way
 * the command line does (docs/speed.md measures it against DOMParser in the page).
 */
async function articleOf(
  html: string,
  url: string,
  format?: 'html' | 'markdown' | 'pdf',
): Promise<Article> {
  return sourceArticle(await parseInert(html, url), url, format);
}

/**
 * Fetches the source for the sidebar in `sender`'s tab and reads it. Asks nothing of a site the
 * reader has not granted; remembers that the tab asked, so its tab may be read if the fetch cannot.
 */
export async function readFetchedSource(
  url: string,
  sender: Browser.runtime.MessageSender,
): Promise<SourceRead> {
  if (!(await hasPermission(url))) return { ok: false, reason: 'permission' };
  // The source this tab's sidebar compares: it may be read from a tab if the fetch cannot. Noted
  // while the source is fetched (two storage round trips), and before the answer goes.
  const asked = rememberAsked(sender.tab!.id!, url);
  const cached = articles.get(url);
  const ahead = readsAhead.get(url);
  readsAhead.delete(url);
  const read: Promise<SourceRead> = cached
    ? Promise.resolve({ ok: true, article: cached })
    : (ahead ?? sharedRead(url));
  const [answer] = await Promise.all([read, asked]);
  return answer;
}

/**
 * Starts reading sources the sidebar will ask to compare, if their sites are granted and they are
 * not read yet: called before the page's analysis, so their fetches wait on the network while it
 * runs, and the comparison made after it finds them under way (`sharedRead`). Its failures are
 * the comparison's to report, when it asks.
 */
export async function readAhead(urls: readonly string[]): Promise<void> {
  const granted = await Promise.all(urls.map((url) => hasPermission(url)));
  urls.forEach((url, i) => {
    if (!granted[i] || articles.has(url)) return;
    readsAhead.set(url, sharedRead(url));
    if (readsAhead.size > CACHE_SIZE) readsAhead.delete(readsAhead.keys().next().value!);
  });
}

/** The read of this address under way, or a new one: a second ask waits for the first. */
function sharedRead(url: string): Promise<SourceRead> {
  const inFlight = reading.get(url);
  if (inFlight) return inFlight;
  const read = fetchAndRead(url).finally(() => reading.delete(url));
  reading.set(url, read);
  return read;
}

async function fetchAndRead(url: string): Promise<SourceRead> {
  const result = await fetchPage(url);
  if (!result.ok) {
    // A bot check, a sign-in wall or a slow site: the reader's own tab may show it. Read only on
    // the reader's click, even a tab already open: it shows their view, signed in if they are.
    return failed(result.messages.message, tabMayRead(result) ? { tab: 'open' } : {});
  }
  try {
    const article = await articleOf(result.html, result.finalUrl, result.format);
    articles.set(url, article);
    if (articles.size > CACHE_SIZE) articles.delete(articles.keys().next().value!);
    return { ok: true, article };
  } catch (error) {
    // A page built by script, or a wall served with 200: the rendered page in a tab may have it.
    if (error instanceof NoArticleError && result.format === 'html')
      return failed(noArticleMessage(result.html, 'fetch'), { tab: 'open' });
    if (error instanceof NoArticleError) return failed(msg('source.noArticle'));
    return failed(msg('source.unreadable'), { unexpected: error });
  }
}

/**
 * Reads the source from a tab that shows it (the reader's open one, else with `open` a new one,
 * in the background): its rendered DOM, read here; nothing leaves the browser, the tab is left as
 * it was. A tab caught mid-reload, or with no article yet, is worth reading again (`again`).
 */
export async function readTabSource(
  url: string,
  open: boolean,
  sender: Browser.runtime.MessageSender,
): Promise<SourceRead> {
  const result = await readSourceTab(url, open, sender);
  if (!result.ok) {
    const tab = result.reason === 'no-tab' ? 'open' : 'reread';
    return failed(result.messages.message, { tab, again: result.reason === 'unreadable' });
  }
  try {
    return { ok: true, article: await articleOf(result.html, result.url) };
  } catch (error) {
    // A bot check's script may reload the tab, and a page may build its text after load.
    if (error instanceof NoArticleError)
      return failed(noArticleMessage(result.html, 'tab'), { tab: 'reread', again: true });
    return failed(msg('sourceTab.unreadable'), { tab: 'reread', unexpected: error });
  }
}

/** Reads a page (a feed's post) as a source for the sidebar, which checks it against its page. */
export function registerSourceReader(): void {
  onMessage('readSourceArticle', async ({ data, sender }): Promise<SourceArticleResult> => {
    if (!fromOwnContentScript(sender)) return { ok: false, message: msg('fetch.notAsked') };
    const read = await readFetchedSource(String(data.url), sender);
    if (read.ok) return read;
    return {
      ok: false,
      message: read.reason === 'permission' ? msg('fetch.permission') : read.message,
    };
  });
}
