import { hostLabel } from '../../components/format';
import type { FeedSearch } from '../../components/view';
import type { Article } from '../../lib/extract/article';
import { splitArticle } from '../../lib/extract/sentences';
import { matchFingerprint, shingleHashes } from '../../lib/memory/fingerprint';
import {
  checkFollowedPost,
  matchFeedItems,
  parseFeed,
  postsToFollow,
  postUnread,
  type FeedItem,
  type FeedMatch,
  type PageText,
} from '../../lib/source/feeds';
import { hasConfidentSource } from '../../lib/source/follow-source';
import { msg, type Message } from '../../lib/words/message';
import { grantPageUrl } from '../../utils/grant-page-url';
import { sendMessage } from '../../utils/messaging';
import { pageEntryInBackground } from './analysis-request';
import { logError } from './error-log';
import type { Flow } from './flow';

/**
 * The page names its source but links none ("Hugging Face argues…"): search the feed of the
 * publisher or platform it credits, under the same grant and limits as a source, and offer the
 * posts whose title and content agree, for the reader to confirm.
 */
export async function searchFeeds(flow: Flow): Promise<void> {
  const { page } = flow.state;
  if (page.kind !== 'read') return;
  const { report } = page;
  if (report.selfIsSource || hasConfidentSource(report.sourceCandidates)) return;
  const { article } = page;
  const { signal } = flow;
  const setFeed = (feed: FeedSearch) => flow.set({ feed });
  // First the pages the reader already opened Unspun on: no fetch at all. The page's shingles come
  // from its memory entry, made by the background, which holds the page split: splitting it here
  // was the segmenter's first use in the page (docs/speed.md); only if the background let it go.
  const entry = await pageEntryInBackground(article);
  if (signal.aborted) return;
  const shingles = entry?.shingles ?? shingleHashes(splitArticle(article));
  const { url, title, text } = article;
  const remembered = matchFingerprint(
    { url, title, text, shingles },
    await flow.memory.all().catch(() => []),
  ).slice(0, 3);
  if (signal.aborted) return;
  if (remembered.length) {
    setFeed({
      state: 'found',
      from: 'memory',
      feedName: '',
      matches: remembered.map((m) => ({
        url: m.entry.url,
        title: m.entry.title,
        confidence: m.confidence,
        messages: m.messages,
      })),
    });
    return;
  }
  const feed = report.creditedFeeds[0];
  if (!feed) return;
  const feedName = feed.name;
  const granted = await sendMessage('hasSourcePermission', { url: feed.url }).catch(() => false);
  if (signal.aborted) return;
  if (!granted) {
    // No feed is fetched without the reader's grant for its site.
    flow.set({
      pendingFeed: feed.url,
      source: {
        kind: 'needs-permission',
        url: feed.url,
        site: hostLabel(feed.url),
        grantFrameUrl: grantPageUrl(feed.url),
      },
    });
    return;
  }
  const { source } = flow.state;
  flow.set({
    pendingFeed: null,
    ...(source.kind === 'needs-permission' && source.url === feed.url
      ? { source: { kind: 'none' } }
      : {}),
    feed: { state: 'searching', feedName },
  });
  const result = await sendMessage('fetchFeed', { url: feed.url }).catch(() => null);
  if (signal.aborted) return;
  if (!result?.ok) {
    setFeed({
      state: 'failed',
      feedName,
      message: result?.messages.message ?? msg('source.unreadable'),
    });
    return;
  }
  try {
    // Parsed as XML: inert, nothing runs or loads.
    const doc = new DOMParser().parseFromString(result.html, 'application/xml');
    const items = parseFeed(doc, result.finalUrl);
    const followed = await followThinItems(article, items, feedName);
    if (signal.aborted) return;
    const matches = [...matchFeedItems(article, items, feedName), ...followed.matches]
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 3);
    const notes = followed.notes.length ? { notes: followed.notes } : {};
    setFeed(
      matches.length
        ? { state: 'found', from: 'feed', feedName, matches, ...notes }
        : { state: 'none', feedName, ...notes },
    );
  } catch (error) {
    logError('reading a feed', error);
    setFeed({ state: 'failed', feedName, message: msg('source.unreadable') });
  }
}

/**
 * Items with only a title and a link (the Hugging Face blog's feed): the posts whose titles agree
 * are fetched, like a source (the site's grant, the same limits), and offered only when their
 * text agrees with the page. A post that cannot be read is not offered, and the reader is told.
 */
async function followThinItems(
  article: PageText,
  items: readonly FeedItem[],
  feedName: string,
): Promise<{ matches: FeedMatch[]; notes: Message[] }> {
  const read = await Promise.all(
    postsToFollow(article, items).map(async (item) => ({
      item,
      post: await readPost(item.url),
    })),
  );
  const matches: FeedMatch[] = [];
  const notes: Message[] = [];
  for (const { item, post } of read) {
    if ('key' in post) notes.push(postUnread(item, post));
    else {
      const check = checkFollowedPost(article, item, post, feedName);
      if (check.match) matches.push(check.match);
    }
  }
  return { matches, notes };
}

/** A post fetched and read inertly by the background, or why it could not be. */
async function readPost(url: string): Promise<Article | Message> {
  const result = await sendMessage('readSourceArticle', { url }).catch(() => null);
  if (!result) return msg('source.unreadable');
  return result.ok ? result.article : result.message;
}
