import { DOMParser } from 'linkedom';
import type { Article } from '../lib/extract/article';
import { MIN_FEED_CONFIDENCE, matchFeedItems, parseFeed, type FeedItem, type FeedMatch } from '../lib/source/feeds';
import { UsageError } from './io';
import { loadHtml } from './load-input';

export interface LoadedFeed {
  name: string;
  items: FeedItem[];
}

/** Feeds named by --feed (files or addresses; addresses fetched with the extension's limits). */
export async function loadFeeds(inputs: readonly string[]): Promise<LoadedFeed[]> {
  const feeds: LoadedFeed[] = [];
  for (const input of inputs) {
    const { html: xml, url } = await loadHtml(input, 'feed');
    const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
    const items = parseFeed(doc, url.startsWith('file:') ? 'https://feed.invalid/' : url);
    if (!items.length) throw new UsageError(`${input}: no RSS or Atom items in it.`);
    feeds.push({ name: url.startsWith('file:') ? input : new URL(url).hostname, items });
  }
  return feeds;
}

/** The post, across the feeds, that the page most likely restates; null below the bar. */
export function bestFeedMatch(page: Article, feeds: readonly LoadedFeed[]): { feed: string; match: FeedMatch } | null {
  let best: { feed: string; match: FeedMatch } | null = null;
  for (const feed of feeds) {
    const [match] = matchFeedItems(page, feed.items, feed.name);
    if (match && match.confidence >= MIN_FEED_CONFIDENCE && (!best || match.confidence > best.match.confidence)) best = { feed: feed.name, match };
  }
  return best;
}
