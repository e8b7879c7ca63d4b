import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import type { Report } from '../lib/report/report';
import type { Article, UnsplitArticle } from '../lib/extract/article';
import type { SourceFetchResult } from '../lib/source/fetch-source';
import type { MemoryEntry } from '../lib/memory/fingerprint';
import type { Message } from '../lib/words/message';

export type { SourceFetchResult };

/**
 * Where the background reads the source for a comparison: fetched (no cookies, limits apply), or
 * from a tab of the browser that shows it (its DOM after its scripts ran: for a bot check, a
 * sign-in page or a page built by script), the reader's open one, or a new one (`open-tab`).
 */
export type SourceVia = 'fetch' | 'tab' | 'open-tab';

/** The page compared with its source, or why not. */
export type CompareResult =
  /** The page's and the source's fingerprints, for the sidebar's memory of what the reader saw. */
  | { ok: true; report: Report; pageEntry: MemoryEntry; sourceEntry: MemoryEntry }
  /**
   * `permission`: the site is not granted; `page-unknown`: the background no longer holds the
   * page's Article (it was restarted): send it along; `cancelled`: the sidebar dropped the job.
   */
  | { ok: false; reason: 'permission' | 'page-unknown' | 'cancelled' }
  /**
   * `tab`: offer to open the source in a tab, or to read its tab again; `again`: a tab caught
   * mid-reload or still building its text, worth reading again in a moment; `unexpected`: an
   * error that is a bug, not the source's doing, for the sidebar's error log.
   */
  | {
      ok: false;
      reason: 'failed';
      message: Message;
      tab?: 'open' | 'reread';
      again?: boolean;
      unexpected?: string;
    };

/** A source read into an Article in the background, or why it could not be. */
export type SourceArticleResult = { ok: true; article: Article } | { ok: false; message: Message };

/**
 * Every message between the sidebar (content script) and the background, one typed map.
 * Handlers in the background check that the sender is this extension's own content script.
 */
export interface ProtocolMap {
  /**
   * Sidebar -> background: compare the page with its source, in one round trip: the background
   * reads the source (and its companions, on sites already granted), parses and extracts it
   * inertly, and analyses it with the page's Article it kept from `analyzeArticle` (`pageId`), or
   * with `page` when it no longer holds it. A tab is read only for an address this tab's sidebar
   * asked to fetch, under its grant.
   */
  compareWithSource(data: {
    url: string;
    via: SourceVia;
    companions: string[];
    pageId: string;
    page?: UnsplitArticle;
    job: string;
  }): CompareResult;
  /** Sidebar -> background: fetch a page (a feed's post) and read it into an Article, as a source. */
  readSourceArticle(data: { url: string }): SourceArticleResult;
  /** Sidebar -> background: fetch a publisher's feed (RSS/Atom), under the same grant and limits. */
  fetchFeed(data: { url: string }): SourceFetchResult;
  /** Sidebar -> background: does the extension hold the host permission for this address? */
  hasSourcePermission(data: { url: string }): boolean;
  /** Sidebar or framed grant page -> background: open the grant page in its own window (a frame cannot ask in Firefox). */
  openGrantWindow(data: { url: string }): void;
  /** Grant page -> background: the reader allowed reading this source (tab: the sidebar's tab). */
  sourceGranted(data: { url: string; tabId?: number }): void;
  /** Background -> sidebar: permission is there now; compare with this source. */
  resumeCompare(data: { url: string }): void;
  /** Sidebar -> background: how many flags the reader holds on this tab's page (for the badge). */
  pageFlagged(data: { count: number }): void;
  /**
   * Sidebar -> background: analyse the page's article, off the page's main thread; the background
   * keeps it under `pageId` for the comparison that may follow. Null when the sidebar cancelled
   * the job (it closed) before it started.
   */
  analyzeArticle(data: { page: UnsplitArticle; pageId: string; job: string }): Report | null;
  /**
   * Sidebar -> background: the memory entry of the page analysed under `pageId`, with its own
   * Report; null when the background no longer holds it.
   */
  pageMemoryEntry(data: { pageId: string }): MemoryEntry | null;
  /** Sidebar -> background: the sidebar closed; drop its job if it has not started. */
  cancelAnalysis(data: { job: string }): void;
  /** Sidebar -> background: open the extension's page at one of its sections. */
  openOptionsPage(data: { section: 'flags' | 'settings' }): void;
}

/** Typed send/receive for the ProtocolMap. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Whether a message comes from this extension's own content script, running in a tab. */
export function fromOwnContentScript(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined;
}
