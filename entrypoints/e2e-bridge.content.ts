import { browser } from 'wxt/browser';
import { askBackground } from '../utils/e2e-protocol';
import { defineContentScript } from 'wxt/utils/define-content-script';

/**
 * E2E BUILD ONLY (wxt.config.ts drops it from shipped builds): lets a test page ask for the
 * toolbar action, which tests cannot click. It relays one fixed word, never page data; the
 * shipped extension relays nothing from pages (DESIGN.md, "Permissions and privacy").
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    // An event on the document, not postMessage: hostile test pages replace window.postMessage.
    document.addEventListener('unspun-e2e-toggle', () => {
      void askBackground('toggle');
    });
    // The toolbar badge of this tab, and the extension's base address, written where tests read.
    document.addEventListener('unspun-e2e-badge', () => {
      void askBackground('badge').then((text) => {
        document.documentElement.setAttribute('data-unspun-badge', String(text ?? ''));
      });
    });
    // The next analysis fails in the background: what the sidebar says when it gets no answer.
    document.addEventListener('unspun-e2e-fail-analysis', () => {
      void askBackground('fail-analysis').then(() => {
        document.documentElement.setAttribute('data-unspun-fail-analysis', 'armed');
      });
    });
    document.documentElement.setAttribute('data-unspun-base', browser.runtime.getURL('/'));
  },
});
