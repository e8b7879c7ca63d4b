import { browser } from 'wxt/browser';
import { fromOwnContentScript, onMessage } from '../../utils/messaging';

/**
 * Background: opens the extension's own pages: the options page (flags and settings) at the
 * section the sidebar asked for, and the welcome page once, on install.
 */
export function registerExtensionPages(options: { welcomeOnInstall: boolean }): void {
  onMessage('openOptionsPage', ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return;
    const anchor = data.section === 'settings' ? '#settings-heading' : '#flags-heading';
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${anchor}`) });
  });
  if (options.welcomeOnInstall) {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install')
        void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });
  }
}
