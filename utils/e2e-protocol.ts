import { browser } from 'wxt/browser';

/**
 * E2E BUILDS ONLY: what the e2e bridge (a content script on test pages) may ask the background,
 * and what each answers. Apart from the product's ProtocolMap (utils/messaging.ts): shipped builds
 * carry neither side, so nothing a page does can reach these.
 */
export interface E2eProtocol {
  /** The toolbar action on the asking tab (tests cannot click the toolbar). */
  toggle: void;
  /** The toolbar badge's text on the asking tab. */
  badge: string;
  /** The next analysis fails, so tests see what the sidebar says when it gets no answer. */
  'fail-analysis': true;
}

export type E2eAsk = keyof E2eProtocol;

/** One word on the wire, never page data. */
interface E2eMessage {
  unspunE2E: E2eAsk;
}

const ASKS: readonly E2eAsk[] = ['toggle', 'badge', 'fail-analysis'];

/** Whether a runtime message is one of the e2e asks. */
export function isE2eMessage(message: unknown): message is E2eMessage {
  const ask = (message as Partial<E2eMessage> | null)?.unspunE2E;
  return typeof ask === 'string' && (ASKS as readonly string[]).includes(ask);
}

/** Bridge -> background: ask, and get that ask's typed answer. */
export function askBackground<K extends E2eAsk>(ask: K): Promise<E2eProtocol[K]> {
  const message: E2eMessage = { unspunE2E: ask };
  return browser.runtime.sendMessage(message) as Promise<E2eProtocol[K]>;
}
