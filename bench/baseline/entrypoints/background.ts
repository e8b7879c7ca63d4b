import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/** Injects the sidebar content script, as Unspun's background does (activeTab + scripting). */
async function openSidebar(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/sidebar.js'],
  });
}

export default defineBackground(() => {
  // The same test surface as Unspun's e2e build, so the bench opens both the same way.
  Object.assign(globalThis, { unspun: { openSidebar } });
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void openSidebar(tab.id);
  });
});
