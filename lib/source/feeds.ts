import { terms, titlesShareEnough } from '../analysis/align/terms';
import type { Article } from '../extract/article';
import { webUrl } from '../extract/page-meta';
import { english } from '../words/english';
import { msg, percent, type Message } from '../words/message';

/** One post a feed announces. */
export interface FeedItem {
  title: string;
  url: string;
  published: string | null;
  /** The summary or content the feed carries, as plain text. */
  text: string;
}

/** A feed item offered as the page's source, for the reader to confirm. */
export interface FeedMatch {
  url: string;
  title: string;
  /** 0..1 */
  confidence: number;
  reasons: string[];
  messages: { reasons: Message[] };
}

/** Items read from one feed at most: feeds list recent posts, not archives. */
const MAX_ITEMS = 200;
/** Below this share of shared content, a same-titled post is another text (an impostor or a reprint). */
export const MIN_CONTENT_AGREEMENT = 0.25;
/** Offered only from this confidence on. */
export const MIN_FEED_CONFIDENCE = 0.5;

const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Feed summaries often hold escaped HTML: its text, without tags, entities decoded. */
function plainText(html: string): string {
  return html
    .replace(TAG, ' ')
    .replace(ENTITY, (_, dec: string, hex: string, name: string) =>
      dec ? String.fromCodePoint(Number(dec) % 0x110000) : hex ? String.fromCodePoint(parseInt(hex, 16) % 0x110000) : NAMED[name.toLowerCase()]!,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const childText = (el: Element, names: string[]) => {
  for (const name of names) {
    const found = Array.from(el.children).find((c) => c.localName === name || c.tagName.toLowerCase() === name);
    if (found?.textContent?.trim()) return found.textContent.trim();
  }
  return '';
};

/**
 * The items of an RSS 2.0 or Atom feed, parsed as XML (inert). Links are resolved against the
 * feed's address and kept only when they are web addresses.
 */
export function parseFeed(doc: Document, feedUrl: string): FeedItem[] {
  const entries = Array.from(doc.getElementsByTagName('item')).concat(Array.from(doc.getElementsByTagName('entry')));
  const items: FeedItem[] = [];
  for (const entry of entries.slice(0, MAX_ITEMS)) {
    const atomLink = Array.from(entry.children).find((c) => c.localName === 'link' && c.getAttribute('href') && (c.getAttribute('rel') ?? 'alternate') === 'alternate');
    const href = atomLink?.getAttribute('href') ?? childText(entry, ['link', 'guid']);
    const url = webUrl(href, feedUrl);
    const title = plainText(childText(entry, ['title']));
    if (!url || !title) continue;
    const date = childText(entry, ['pubDate', 'pubdate', 'published', 'updated', 'date']);
    const published = date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : null;
    const text = plainText(childText(entry, ['encoded', 'content', 'description', 'summary']));
    items.push({ title, url, published, text });
  }
  return items;
}

/** Cosine similarity of two texts' content terms (stemmed, stopwords dropped). */
function similarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const count = (list: readonly string[]) => {
    const m = new Map<string, number>();
    for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  let dot = 0;
  for (const [t, n] of ca) dot += n * (cb.get(t) ?? 0);
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, n) => s + n * n, 0));
  return dot / (norm(ca) * norm(cb));
}

/** Share of the item's content terms that the page uses too (a summary is short, a page long). */
function coverage(page: ReadonlySet<string>, item: readonly string[]): number {
  const unique = [...new Set(item)];
  return unique.length ? unique.filter((t) => page.has(t)).length / unique.length : 0;
}

/**
 * Which feed posts the page restates: by title and by content. The content must agree — a page
 * that only reuses a post's title with other text is not matched. Best first; the feed's name goes
 * into the reasons.
 */
export function matchFeedItems(page: Article, items: readonly FeedItem[], feedName: string): FeedMatch[] {
  const pageTitle = terms(page.title);
  const pageTerms = new Set(terms(page.text));
  const matches: FeedMatch[] = [];
  for (const item of items) {
    const itemTitle = terms(item.title);
    const title = titlesShareEnough(pageTitle, itemTitle) ? similarity(pageTitle, itemTitle) : 0;
    const itemTerms = terms(item.text);
    const content = itemTerms.length >= 8 ? coverage(pageTerms, itemTerms) : 0;
    if (content < MIN_CONTENT_AGREEMENT) continue;
    const confidence = Math.round((0.45 * title + 0.55 * content) * 100) / 100;
    if (confidence < MIN_FEED_CONFIDENCE) continue;
    const reasons = [msg('feeds.listed', feedName), msg('feeds.titleAgrees', percent(title)), msg('feeds.summaryShare', percent(content))];
    matches.push({ url: item.url, title: item.title, confidence, reasons: reasons.map(english), messages: { reasons } });
  }
  return matches.sort((a, b) => b.confidence - a.confidence);
}
