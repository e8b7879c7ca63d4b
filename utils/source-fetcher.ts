import { browser } from 'wxt/browser';
import { fetchSourceHtml, type SourceFetchResult } from '../lib/source/fetch-source';
import { fromOwnContentScript, onMessage } from './messaging';

/** Fetched sources for this browser session, by address; a few at most (they can be 5 MB). */
const cache = new Map<string, SourceFetchResult>();
const CACHE_SIZE = 8;


/** Host permission pattern for an address's origin, e.g. https://example.com/*. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

async function hasPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Answers the sidebar's source requests in the background (which can fetch cross-origin). */
export function registerSourceFetcher(): void {
  onMessage('hasSourcePermission', async ({ data, sender }) =>
    fromOwnContentScript(sender) ? hasPermission(data.url) : false,
  );
  onMessage('fetchSource', async ({ data, sender }): Promise<SourceFetchResult> => {
    const url = String(data.url);
    if (!fromOwnContentScript(sender)) {
      return { ok: false, url, reason: 'permission', message: 'Refused: not asked by Unspun.' };
    }
    const cached = cache.get(url);
    if (cached) return cached;
    if (!(await hasPermission(url))) {
      return {
        ok: false,
        url,
        reason: 'permission',
        message: 'Unspun needs your permission to read this site.',
      };
    }
    const result = await fetchSourceHtml(url);
    if (result.ok) {
      cache.set(url, result);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return result;
  });
}
