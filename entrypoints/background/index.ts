import { defineBackground } from 'wxt/utils/define-background';
import { registerSourceFetcher } from './source-fetcher';
import { registerSourceReader } from './source-reader';
import { registerCompareService } from './compare-service';
import { registerPageArticles } from './page-articles';
import { registerE2eHooks } from './e2e-hooks';
import { registerAnalysisService } from './analysis-service';
import { registerAutoOpen } from './auto-open';
import { registerExtensionPages } from './extension-pages';
import { registerFlagBadge } from './flag-badge';
import { registerGrantRelay } from './grant-relay';
import { openSidebar } from './open-sidebar';
import { toolbarAction } from './toolbar';

export default defineBackground(() => {
  // MV3 `action`, MV2 `browser_action`: the toolbar button and its shortcut land here.
  toolbarAction().onClicked.addListener((tab) => {
    if (tab.id !== undefined) void openSidebar(tab.id);
  });
  registerSourceFetcher();
  registerSourceReader();
  registerAnalysisService();
  registerCompareService();
  registerPageArticles();
  registerGrantRelay();
  registerFlagBadge();
  registerAutoOpen();
  // E2E and demo builds open no welcome tab: their harness drives the tabs.
  registerExtensionPages({ welcomeOnInstall: import.meta.env.MODE !== 'e2e' });
  // E2E builds only: the test surface `globalThis.unspun.openSidebar(tabId)` and the e2e bridge's
  // answers. The mode is a build-time constant, so shipped builds carry none of it.
  if (import.meta.env.MODE === 'e2e') registerE2eHooks();
});
