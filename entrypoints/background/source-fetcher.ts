import type { Browser } from 'wxt/browser';
import {
  fetchFailure,
  fetchSourceHtml,
  type SourceFetchResult,
} from '../../lib/source/fetch-source';
import { msg } from '../../lib/words/message';
import { readPdfInExtension } from './pdf-reader-host';
import { fromOwnContentScript, onMessage } from '../../utils/messaging';
import { hasPermission } from './site-permission';

/**
 * Fetched feeds for this browser session, by address; a few at most (they can be 5 MB). Pages
 * are kept as Articles once read (source-reader.ts).
 */
const feeds = new Map<string, SourceFetchResult>();
const CACHE_SIZE = 8;

/** Answers the sidebar's permission and feed requests in the background (which can fetch cross-origin). */
export function registerSourceFetcher(): void {
  onMessage('hasSourcePermission', async ({ data, sender }) =>
    fromOwnContentScript(sender) ? hasPermission(data.url) : false,
  );
  onMessage('fetchFeed', ({ data, sender }) => fetchFeed(String(data.url), sender));
}

/** A publisher's feed for the sidebar: its own content script only, with the site's permission, cached. */
async function fetchFeed(
  url: string,
  sender: Browser.runtime.MessageSender,
): Promise<SourceFetchResult> {
  if (!fromOwnContentScript(sender)) {
    return fetchFailure(url, 'permission', msg('fetch.notAsked'));
  }
  const cached = feeds.get(url);
  if (cached) return cached;
  if (!(await hasPermission(url))) {
    return fetchFailure(url, 'permission', msg('fetch.permission'));
  }
  const result = await fetchSourceHtml(url, { kind: 'feed' });
  if (result.ok) {
    feeds.set(url, result);
    if (feeds.size > CACHE_SIZE) feeds.delete(feeds.keys().next().value!);
  }
  return result;
}

/**
 * A source page, fetched under the limits (a PDF read in the extension). The caller checked the
 * sender and the site's grant (source-reader.ts).
 */
export function fetchPage(url: string): Promise<SourceFetchResult> {
  return fetchSourceHtml(url, { kind: 'page', readPdf: readPdfInExtension });
}
