import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import type { Report } from '../lib/report/report';
import type { Article } from '../lib/extract/article';
import type { SourceFetchResult } from '../lib/source/fetch-source';
import type { Message } from '../lib/words/message';

export type { SourceFetchResult };

/** The rendered page of the source's tab (its DOM after its scripts ran), or why it was not read. */
export type SourceTabResult =
  | { ok: true; url: string; html: string }
  | {
      ok: false;
      reason: 'no-tab' | 'refused' | 'timeout' | 'unreadable';
      messages: { message: Message };
    };

/**
 * Every message between the sidebar (content script) and the background, one typed map.
 * Handlers in the background check that the sender is this extension's own content script.
 */
export interface ProtocolMap {
  /** Sidebar -> background: fetch the primary source at this address (no cookies, limits apply). */
  fetchSource(data: { url: string }): SourceFetchResult;
  /**
   * Sidebar -> background: read the source the sidebar is comparing from a tab of the browser that
   * shows it (when the fetch met a bot check, a sign-in page or a page built by script); `open`
   * opens one when none is open. Only an address this tab's sidebar asked to fetch, under its grant.
   */
  readSourceTab(data: { url: string; open: boolean }): SourceTabResult;
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
   * Sidebar -> background: analyse the page's article (and its source's), off the page's main
   * thread. Null when the sidebar cancelled the job (it closed) before it started.
   */
  analyzeArticle(data: {
    page: Article;
    source?: Article;
    sources?: Article[];
    job: number;
  }): Report | null;
  /** Sidebar -> background: the sidebar closed; drop its job if it has not started. */
  cancelAnalysis(data: { job: number }): void;
  /** Sidebar -> background: open the extension's page at one of its sections. */
  openOptionsPage(data: { section: 'flags' | 'settings' }): void;
}

/** Typed send/receive for the ProtocolMap. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Whether a message comes from this extension's own content script, running in a tab. */
export function fromOwnContentScript(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined;
}
