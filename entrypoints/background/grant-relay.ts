import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../utils/messaging';
import { grantPageUrl } from '../../utils/grant-page-url';

/** Background: relays a grant from the grant page to the sidebar that asked for it. */
export function registerGrantRelay(): void {
  const extensionOrigin = browser.runtime.getURL('/');
  onMessage('openGrantWindow', async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    await browser.windows.create({
      url: grantPageUrl(data.url, sender.tab.id),
      type: 'popup',
      width: 460,
      height: 260,
    });
  });
  onMessage('sourceGranted', async ({ data, sender }) => {
    // Only our own grant page (an extension page, framed or in a window) may say so.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionOrigin)) return;
    const tabId = data.tabId ?? sender.tab?.id;
    if (tabId !== undefined)
      await sendMessage('resumeCompare', { url: data.url }, tabId).catch(() => {});
  });
}
