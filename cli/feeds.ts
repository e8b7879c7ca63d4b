import { DOMParser } from 'linkedom';
import type { Article } from '../lib/extract/article';
import {
  checkFollowedPost,
  MIN_FEED_CONFIDENCE,
  matchFeedItems,
  parseFeed,
  postsToFollow,
  postUnread,
  type FeedItem,
  type FeedMatch,
} from '../lib/source/feeds';
import { english } from '../lib/words/english';
import { UsageError } from './io';
import { loadHtml } from './load-input';

interface LoadedFeed {
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

interface FeedSearchOptions {
  /** Reads a post's address (thin items: title and link only); without it they are not followed. */
  follow?: (url: string) => Promise<Article>;
  /** Told why a same-titled post was not offered, or not read. */
  note?: (line: string) => void;
}

/**
 * The post, across the feeds, that the page most likely restates; null below the bar. Items with
 * only a title and a link are confirmed by reading their posts (the best few title matches).
 */
export async function bestFeedMatch(
  page: Article,
  feeds: readonly LoadedFeed[],
  options: FeedSearchOptions = {},
): Promise<{ feed: string; match: FeedMatch } | null> {
  let best: { feed: string; match: FeedMatch } | null = null;
  for (const feed of feeds) {
    const matches = matchFeedItems(page, feed.items, feed.name);
    const thin = postsToFollow(page, feed.items);
    if (thin.length && !options.follow)
      options.note?.(
        `${feed.name}: ${thin.length} post(s) with this page's title carry only a title and a link; not read (--no-follow).`,
      );
    for (const item of options.follow ? thin : []) {
      try {
        const check = checkFollowedPost(page, item, await options.follow!(item.url), feed.name);
        if (check.match) matches.push(check.match);
        else options.note?.(`${item.url}: ${english(check.reasons[0]!)}`);
      } catch (error) {
        options.note?.(english(postUnread(item, (error as Error).message)));
      }
    }
    const [match] = matches.sort((a, b) => b.confidence - a.confidence);
    if (
      match &&
      match.confidence >= MIN_FEED_CONFIDENCE &&
      (!best || match.confidence > best.match.confidence)
    )
      best = { feed: feed.name, match };
  }
  return best;
}
