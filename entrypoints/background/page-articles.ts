import { browser } from 'wxt/browser';
import type { Article } from '../../lib/extract/article';
import { entryOf } from '../../lib/memory/fingerprint';
import type { Report } from '../../lib/report/report';
import { fromOwnContentScript, onMessage, type CompareResult } from '../../utils/messaging';

/** Tabs whose page is kept at most (the most recently analysed). */
const MAX_TABS = 20;

/**
 * The page each tab's sidebar had analysed last, kept in the background's memory for the
 * comparison with its source that usually follows, so the page's Article crosses the messaging
 * channel once. A restarted service worker has lost them: the sidebar then sends the page again.
 */
const pages = new Map<
  number,
  {
    id: string;
    article: Article;
    report?: Report;
    /** The comparison started before the sidebar asked: its sources (one address a line), its answer. */
    ahead?: { sources: string; answer: Promise<CompareResult> };
  }
>();

const sourcesKey = (url: string, companions: readonly string[]) => [url, ...companions].join('\n');

export function keepPage(tabId: number, id: string, article: Article): void {
  pages.delete(tabId);
  pages.set(tabId, { id, article });
  if (pages.size > MAX_TABS) pages.delete(pages.keys().next().value!);
}

/** The page this tab's sidebar analysed under this id, if the background still holds it. */
export function keptPage(tabId: number, id: string): Article | undefined {
  const kept = pages.get(tabId);
  return kept?.id === id ? kept.article : undefined;
}

/**
 * Keeps the comparison of this page with these sources, started before the sidebar asked for it
 * (compare-service.ts). Let go with the page: a new page in the tab, or the tab closed.
 */
export function keepComparisonAhead(
  tabId: number,
  id: string,
  url: string,
  companions: readonly string[],
  answer: Promise<CompareResult>,
): void {
  const kept = pages.get(tabId);
  if (kept?.id === id) kept.ahead = { sources: sourcesKey(url, companions), answer };
}

/** The comparison of this page with exactly these sources started ahead, once: it is let go. */
export function takeComparisonAhead(
  tabId: number,
  id: string,
  url: string,
  companions: readonly string[],
): Promise<CompareResult> | undefined {
  const kept = pages.get(tabId);
  const ahead = kept?.id === id ? kept.ahead : undefined;
  if (!ahead || ahead.sources !== sourcesKey(url, companions)) return undefined;
  delete kept!.ahead;
  return ahead.answer;
}

/** Keeps the page's own Report beside it, for its memory entry. */
export function keepPageReport(tabId: number, id: string, report: Report): void {
  const kept = pages.get(tabId);
  if (kept?.id === id) kept.report = report;
}

/**
 * Background: lets a closed tab's page go, and answers the memory entry of a page kept with its
 * own Report, made here where the page is split already (splitting it in the page was the
 * segmenter's first use there, about 12 ms of its main thread); null when the background no
 * longer holds it.
 */
export function registerPageArticles(): void {
  browser.tabs.onRemoved.addListener((tabId) => pages.delete(tabId));
  onMessage('pageMemoryEntry', ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return null;
    const kept = pages.get(sender.tab!.id!);
    if (kept?.id !== data.pageId || !kept.report) return null;
    return entryOf(kept.article, kept.report, new Date());
  });
}
