import { defineBackground } from 'wxt/utils/define-background';
import { registerSourceFetcher } from '../utils/source-fetcher';
import { registerSourceTabReader } from '../utils/source-tab';
import { registerE2eHooks } from '../utils/e2e-hooks';
import { registerAnalysisService } from '../utils/analysis-service';
import { registerAutoOpen } from '../utils/auto-open';
import { registerExtensionPages } from '../utils/extension-pages';
import { registerFlagBadge } from '../utils/flag-badge';
import { registerGrantRelay } from '../utils/grant-relay';
import { openSidebar } from '../utils/open-sidebar';
import { toolbarAction } from '../utils/toolbar';

declare global {
  // The stable test surface: e2e and outside harnesses call this (issue 2, item 6).
  var unspun: { openSidebar(tabId: number): Promise<void> };
}

export default defineBackground(() => {
  globalThis.unspun = { openSidebar };
  // MV3 `action`, MV2 `browser_action`: the toolbar button and its shortcut land here.
  toolbarAction().onClicked.addListener((tab) => {
    if (tab.id !== undefined) void openSidebar(tab.id);
  });
  registerSourceFetcher();
  registerSourceTabReader();
  registerAnalysisService();
  registerGrantRelay();
  registerFlagBadge();
  registerAutoOpen();
  // E2E and demo builds open no welcome tab: their harness drives the tabs.
  registerExtensionPages({ welcomeOnInstall: import.meta.env.MODE !== 'e2e' });
  if (import.meta.env.MODE === 'e2e') registerE2eHooks();
});
