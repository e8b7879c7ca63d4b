import { browser } from 'wxt/browser';
import { onSites } from '../../lib/settings/settings';
import { openSidebar } from './open-sidebar';
import { readSettings } from '../../utils/settings-store';

/**
 * Opens the sidebar by itself on the sites the reader chose in the settings. The background sees a
 * tab's address only for sites whose permission the reader granted (the settings ask for it when a
 * site is added), so this never runs anywhere else.
 */
export function registerAutoOpen(): void {
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'complete' || !tab.url) return;
    void (async () => {
      const { autoOpen } = await readSettings();
      if (!onSites(tab.url, autoOpen)) return;
      // Opening toggles: never close a sidebar that is already there (a single-page site's route change).
      const [check] = await browser.scripting
        .executeScript({
          target: { tabId },
          func: () => document.querySelector('unspun-sidebar') !== null,
        })
        .catch(() => [{ result: true }]);
      if (check?.result === false) await openSidebar(tabId);
    })();
  });
}
