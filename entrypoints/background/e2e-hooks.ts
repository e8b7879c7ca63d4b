import { browser } from 'wxt/browser';
import { failNextAnalysisForE2e } from './analysis-queue';
import { isE2eMessage, type E2eProtocol } from '../../utils/e2e-protocol';
import { openSidebar } from './open-sidebar';
import { toolbarAction } from './toolbar';

declare global {
  // E2E builds only: the stable test surface; e2e tests, the demo and the browser bench call it.
  var unspun: { openSidebar(tabId: number): Promise<void> } | undefined;
}

/**
 * E2E builds only (the background imports this under `import.meta.env.MODE === 'e2e'`, which
 * shipped builds drop): `globalThis.unspun.openSidebar`, and the answers to the e2e bridge.
 */
export function registerE2eHooks(): void {
  globalThis.unspun = { openSidebar };
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !isE2eMessage(message))
      return;
    const tabId = sender.tab.id;
    const answers: { [K in keyof E2eProtocol]: () => E2eProtocol[K] | Promise<E2eProtocol[K]> } = {
      toggle: () => void openSidebar(tabId),
      badge: () => toolbarAction().getBadgeText({ tabId }),
      'fail-analysis': () => {
        failNextAnalysisForE2e();
        return true;
      },
    };
    return Promise.resolve(answers[message.unspunE2E]());
  });
}
