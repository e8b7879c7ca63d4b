import { browser } from 'wxt/browser';
import { failNextAnalysisForE2e } from './analysis-service';
import { openSidebar } from './open-sidebar';
import { toolbarAction } from './toolbar';

/** E2E builds only: the toolbar action (and a failing analysis) on request of the e2e bridge. */
export function registerE2eHooks(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    const ask = (message as { unspunE2E?: string })?.unspunE2E;
    if (ask === 'toggle') void openSidebar(sender.tab.id);
    if (ask === 'badge') return toolbarAction().getBadgeText({ tabId: sender.tab.id });
    if (ask === 'fail-analysis') {
      failNextAnalysisForE2e();
      return Promise.resolve(true);
    }
  });
}
