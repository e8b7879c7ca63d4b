import { browser } from 'wxt/browser';

/** Address of the grant page for a source, for the sidebar's frame or a window the background opens. */
export function grantPageUrl(url: string, tabId?: number): string {
  const params = new URLSearchParams({ url });
  if (tabId !== undefined) params.set('tab', String(tabId));
  return browser.runtime.getURL(`/grant.html?${params}`);
}
