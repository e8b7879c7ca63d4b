import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SourceFetchResult } from '../lib/source/fetch-source';

export type { SourceFetchResult };

/**
 * Every message between the sidebar (content script) and the background, one typed map.
 * Handlers in the background check that the sender is this extension's own content script.
 */
export interface ProtocolMap {
  /** Sidebar -> background: fetch the primary source at this address (no cookies, limits apply). */
  fetchSource(data: { url: string }): SourceFetchResult;
  /** Sidebar -> background: does the extension hold the host permission for this address? */
  hasSourcePermission(data: { url: string }): boolean;
  /** Sidebar -> background: open the grant page in its own window (when a frame can't show). */
  openGrantWindow(data: { url: string }): void;
  /** Grant page -> background: the reader allowed reading this source (tab: the sidebar's tab). */
  sourceGranted(data: { url: string; tabId?: number }): void;
  /** Background -> sidebar: permission is there now; compare with this source. */
  resumeCompare(data: { url: string }): void;
}

/** Typed send/receive for the ProtocolMap. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
