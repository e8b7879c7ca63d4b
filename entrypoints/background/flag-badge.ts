import { i18n } from '../../utils/i18n';
import { browser } from 'wxt/browser';
import { changesFlags, FlagStore } from '../../utils/flag-store';
import { fromOwnContentScript, onMessage } from '../../utils/messaging';
import { toolbarAction } from './toolbar';

const FLAG_COLOUR = '#c2410c';

/** Shows on the toolbar button whether the tab's page is flagged (the number of flags on it). */
async function show(tabId: number, count: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => {});
  if (count) await action.setBadgeBackgroundColor({ tabId, color: FLAG_COLOUR }).catch(() => {});
  await action
    .setTitle({ tabId, title: count ? i18n.t('badge.flagged', [count]) : i18n.t('actionTitle') })
    .catch(() => {});
}

/**
 * Keeps the badge true. Unspun asks for no "tabs" permission, so the background sees a tab's
 * address only where the reader granted the site (for source fetching); elsewhere the sidebar
 * reports its page's flags when it opens and whenever they change.
 */
export function registerFlagBadge(store = new FlagStore()): void {
  const refresh = async (tabId: number, url: string | undefined) => {
    if (!url || !/^https?:/.test(url)) return;
    await show(tabId, (await store.forPage(url).catch(() => [])).length);
  };
  onMessage('pageFlagged', ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return;
    void show(sender.tab!.id!, Math.max(0, Math.floor(data.count)));
  });
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'complete') void refresh(tabId, tab.url);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changesFlags(changes)) return;
    void browser.tabs
      .query({})
      .then((tabs) =>
        Promise.all(tabs.map((t) => (t.id === undefined ? null : refresh(t.id, t.url)))),
      )
      .catch(() => {});
  });
}
