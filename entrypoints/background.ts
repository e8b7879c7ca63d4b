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

export default defineBackground(() => {
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
  // E2E builds only: the test surface `globalThis.unspun.openSidebar(tabId)` and the e2e bridge's
  // answers. The mode is a build-time constant, so shipped builds carry none of it.
  if (import.meta.env.MODE === 'e2e') registerE2eHooks();
});
