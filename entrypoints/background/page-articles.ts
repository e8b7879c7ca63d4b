import { browser } from 'wxt/browser';
import type { Article } from '../../lib/extract/article';

/** Tabs whose page is kept at most (the most recently analysed). */
const MAX_TABS = 20;

/**
 * The page each tab's sidebar had analysed last, kept in the background's memory for the
 * comparison with its source that usually follows, so the page's Article crosses the messaging
 * channel once. A restarted service worker has lost them: the sidebar then sends the page again.
 */
const pages = new Map<number, { id: string; article: Article }>();

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

/** A closed tab's page is let go. */
export function registerPageArticles(): void {
  browser.tabs.onRemoved.addListener((tabId) => pages.delete(tabId));
}
