import type { Report } from '../report/report';
import type { Article } from '../extract/article';
import { fnv1a } from '../text/fnv1a';
import { terms, titlesShareEnough } from '../text/terms';
import { normalizeUrl, sameSource } from '../source/normalize-url';
import { date, msg, percent, type Message } from '../words/message';

/**
 * What Unspun remembers of a page the reader opened it on: its address and a fingerprint —
 * title, publisher, date, and hashes of word shingles of its key sentences — never its text.
 * Restatements also keep what the comparison found, for "also retold by".
 */
export interface MemoryEntry {
  url: string;
  kind: 'source' | 'restatement';
  title: string;
  publisher: string | null;
  published: string | null;
  /** When the reader last opened Unspun on it (ISO). */
  seen: string;
  /** FNV-1a hashes of the 5-word shingles of its first key sentences. */
  shingles: number[];
  /** FNV-1a hashes of its most frequent content terms (stems), for paraphrases that share few phrases. */
  terms?: number[];
  /** A restatement's source, when it was compared with one. */
  sourceUrl?: string;
  spinScore?: number;
  /** Claims the source does not back: not in it, or with figures it gives nowhere. */
  added?: number;
  /** Claims the page states more strongly than the source. */
  strengthened?: number;
  /** Caveats, limits, trade-offs and numbers of the source the page left out. */
  dropped?: number;
}

const SHINGLE = 5;
const KEY_SENTENCES = 40;
const MAX_SHINGLES = 200;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Each Article's hashes, as first worked out: the background makes a source's entry with every
 * comparison, and keeps the source it read for the next (source-reader.ts); reading a 20,000-word
 * source's terms again came before each comparison's answer.
 */
const shinglesByArticle = new WeakMap<Article, number[]>();
const termsByArticle = new WeakMap<Article, number[]>();

function kept(cache: WeakMap<Article, number[]>, article: Article, make: () => number[]) {
  let hashes = cache.get(article);
  if (!hashes) cache.set(article, (hashes = make()));
  // A copy: an entry is stored and sent, and must not share its array with the next.
  return hashes.slice();
}

/** Hashes of the 5-word shingles of the article's first key sentences (not the text itself). */
export function shingleHashes(article: Article): number[] {
  return kept(shinglesByArticle, article, () => readShingles(article));
}

function readShingles(article: Article): number[] {
  const out = new Set<number>();
  for (const s of article.sentences.slice(0, KEY_SENTENCES)) {
    const words = s.text.toLowerCase().match(WORD) ?? [];
    for (let i = 0; i + SHINGLE <= words.length && out.size < MAX_SHINGLES; i++)
      out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  }
  return [...out];
}

const TOP_TERMS = 60;

/** Hashes of the article's most frequent content terms. */
function termHashes(article: Article): number[] {
  return kept(termsByArticle, article, () => readTerms(article));
}

function readTerms(article: Article): number[] {
  const counts = new Map<string, number>();
  for (const t of terms(article.text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_TERMS)
    .map(([t]) => fnv1a(t));
}

/** The memory entry for a page and its report. */
export function entryOf(article: Article, report: Report, now: Date): MemoryEntry {
  const entry: MemoryEntry = {
    url: article.url.split('#')[0]!,
    kind: report.selfIsSource ? 'source' : 'restatement',
    title: article.title,
    publisher: article.site,
    published: article.published,
    seen: now.toISOString(),
    shingles: shingleHashes(article),
    terms: termHashes(article),
    spinScore: Math.round(report.spin.score),
  };
  if (report.source) {
    entry.sourceUrl = report.source.url;
    entry.added = report.claims.filter(
      (c) => c.status === 'unsupported' || c.status === 'figures-differ',
    ).length;
    entry.strengthened = report.claims.filter((c) => c.status === 'strengthened').length;
    entry.dropped = report.omissions?.length ?? 0;
  }
  return entry;
}

/** The entry for a primary source the reader's page was compared with. */
export function sourceEntryOf(source: Article, now: Date): MemoryEntry {
  return {
    url: source.url.split('#')[0]!,
    kind: 'source',
    title: source.title,
    publisher: source.site,
    published: source.published,
    seen: now.toISOString(),
    shingles: shingleHashes(source),
    terms: termHashes(source),
  };
}

/** Share of the page's shingles found in the entry's: how much of the remembered text it repeats. */
function overlap(page: readonly number[], entry: readonly number[]): number {
  if (!page.length || !entry.length) return 0;
  const set = new Set(entry);
  return page.filter((h) => set.has(h)).length / Math.min(page.length, entry.length);
}

interface MemoryMatch {
  entry: MemoryEntry;
  confidence: number;
  /** Why it may be the source. */
  messages: { reasons: Message[] };
}

/**
 * Below this share of a remembered source's main words found in the page, it is not this page's
 * source, whatever the title says (restatements of a source use 33–47% of them in the seeds; a
 * page on another subject far fewer).
 */
const MIN_MEMORY_CONTENT = 0.3;
const MIN_MEMORY_CONFIDENCE = 0.6;

/** What matching a page with memory reads of it: its address, title and text, and its shingles. */
export interface PageFingerprint {
  url: string;
  title: string;
  text: string;
  /** `shingleHashes` of the page (its memory entry has them: made where the page is split). */
  shingles: readonly number[];
}

/**
 * Remembered sources this page may restate: shared word shingles (the text agrees, not only the
 * title). Best first. The page itself is never its own match.
 */
export function matchMemory(page: Article, entries: readonly MemoryEntry[]): MemoryMatch[] {
  const { url, title, text } = page;
  return matchFingerprint({ url, title, text, shingles: shingleHashes(page) }, entries);
}

/** `matchMemory` for a page whose shingles were made elsewhere (the page need not be split). */
export function matchFingerprint(
  page: PageFingerprint,
  entries: readonly MemoryEntry[],
): MemoryMatch[] {
  const myShingles = page.shingles;
  const myTerms = new Set(terms(page.text).map(fnv1a));
  const myTitle = terms(page.title);
  const matches: MemoryMatch[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'source' || sameSource(entry.url, page.url)) continue;
    const content = entry.terms?.length
      ? entry.terms.filter((h) => myTerms.has(h)).length / entry.terms.length
      : 0;
    if (content < MIN_MEMORY_CONTENT) continue;
    const entryTitle = terms(entry.title);
    const titleTerms = new Set(entryTitle);
    const title = titlesShareEnough(myTitle, entryTitle)
      ? myTitle.filter((t) => titleTerms.has(t)).length / myTitle.length
      : 0;
    const phrases = overlap(myShingles, entry.shingles);
    const confidence = Math.round(Math.min(1, 0.5 * title + 0.5 * content + phrases) * 100) / 100;
    if (confidence < MIN_MEMORY_CONFIDENCE) continue;
    const reasons = [
      msg('memory.opened', date(entry.seen)),
      msg('memory.titleAgrees', percent(title)),
      msg('memory.wordsShare', percent(content)),
    ];
    matches.push({ entry, confidence, messages: { reasons } });
  }
  return matches.sort((a, b) => b.confidence - a.confidence);
}

/** Other restatements of the same source the reader has seen, newest first. */
export function alsoRetold(
  entries: readonly MemoryEntry[],
  sourceUrl: string,
  exceptUrl: string,
): MemoryEntry[] {
  return entries
    .filter(
      (e) =>
        e.kind === 'restatement' &&
        e.sourceUrl &&
        sameSource(e.sourceUrl, sourceUrl) &&
        !sameSource(e.url, exceptUrl),
    )
    .sort((a, b) => b.seen.localeCompare(a.seen));
}

/** The key an entry is stored under: one per document, whatever its address's variant. */
export const memoryKey = (url: string) => `memory:${normalizeUrl(url)}`;
