import { i18n } from '../../utils/i18n';
import { browser } from 'wxt/browser';
import { toolbarAction } from './toolbar';
import { prepareAnalysis } from './lazy-modules';

/** The runtime-registered content script that mounts (or, if open, closes) the sidebar. */
const SIDEBAR_SCRIPT = '/content-scripts/sidebar.js';

/**
 * Opens the sidebar on a tab, or closes it if it is open: injects the sidebar content script
 * (activeTab + scripting, no host permission). Pages the browser protects (its own pages, the
 * web store) refuse scripts; the badge says so instead of failing silently. While the sidebar
 * reads its page, the background makes ready what its analysis needs first.
 */
export async function openSidebar(tabId: number): Promise<void> {
  try {
    const injected = browser.scripting.executeScript({
      target: { tabId },
      files: [SIDEBAR_SCRIPT],
    });
    prepareAnalysis();
    await injected;
  } catch (error) {
    console.warn('Unspun cannot open on this page:', error);
    await toolbarAction()
      .setBadgeText({ tabId, text: '!' })
      .catch(() => {});
    await toolbarAction()
      .setTitle({ tabId, title: i18n.t('badge.cannotRun') })
      .catch(() => {});
  }
}
