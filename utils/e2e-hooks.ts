import { browser } from 'wxt/browser';
import { openSidebar } from './open-sidebar';

/** E2E builds only: the toolbar action on request of the e2e bridge content script. */
export function registerE2eHooks(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    if ((message as { unspunE2E?: string })?.unspunE2E === 'toggle') void openSidebar(sender.tab.id);
  });
}
