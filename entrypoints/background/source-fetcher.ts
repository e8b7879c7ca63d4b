import { browser, type Browser } from 'wxt/browser';
import {
  fetchFailure,
  fetchSourceHtml,
  type FetchKind,
  type SourceFetchResult,
} from '../../lib/source/fetch-source';
import { msg } from '../../lib/words/message';
import { readPdfInExtension } from './pdf-reader-host';
import { fromOwnContentScript, onMessage } from '../../utils/messaging';
import { rememberAsked } from './source-tab';
import { originPattern } from '../../utils/origin-pattern';

/**
 * Fetched feeds for this browser session, by address; a few at most (they can be 5 MB). Pages
 * are kept as Articles once read (source-reader.ts).
 */
const feeds = new Map<string, SourceFetchResult>();
const CACHE_SIZE = 8;

/** Whether the reader granted the extension this address's site. */
export async function hasPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Answers the sidebar's permission and feed requests in the background (which can fetch cross-origin). */
export function registerSourceFetcher(): void {
  onMessage('hasSourcePermission', async ({ data, sender }) =>
    fromOwnContentScript(sender) ? hasPermission(data.url) : false,
  );
  onMessage('fetchFeed', ({ data, sender }) => fetchFor(String(data.url), sender, 'feed'));
}

/** A fetch for the sidebar: its own content script only, with the site's permission; feeds cached. */
export async function fetchFor(
  url: string,
  sender: Browser.runtime.MessageSender,
  kind: FetchKind,
): Promise<SourceFetchResult> {
  if (!fromOwnContentScript(sender)) {
    return fetchFailure(url, 'permission', msg('fetch.notAsked'));
  }
  // The source this tab's sidebar compares: it may be read from a tab if the fetch cannot.
  if (kind === 'page') await rememberAsked(sender.tab!.id!, url);
  const cached = kind === 'feed' ? feeds.get(url) : undefined;
  if (cached) return cached;
  if (!(await hasPermission(url))) {
    return fetchFailure(url, 'permission', msg('fetch.permission'));
  }
  const result = await fetchSourceHtml(url, { kind, readPdf: readPdfInExtension });
  if (result.ok && kind === 'feed') {
    feeds.set(url, result);
    if (feeds.size > CACHE_SIZE) feeds.delete(feeds.keys().next().value!);
  }
  return result;
}
