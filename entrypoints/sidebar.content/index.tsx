import { defineContentScript } from 'wxt/utils/define-content-script';
import { recordUncaughtErrors } from './error-log';
import { SidebarApp } from './sidebar-app';
import css from './style.css?inline';

declare global {
  // One sidebar per page: a second injection (toolbar click, shortcut) closes it.
  var unspunSidebar: SidebarApp | undefined;
}

export default defineContentScript({
  // Injected on demand by the background (activeTab + scripting); never on every site.
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  // WXT's legacy "script started" postMessage into the page: it hands the page's own scripts a
  // message naming the extension's id, and it cost 8.4 ms of each open (docs/speed.md). Newer
  // injections are told apart by WXT's document event, which stays; WXT will drop the
  // postMessage by default.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Each injection gets a fresh context and WXT has already closed the previous one, so the
    // toolbar button toggles: reopen only if the sidebar was not open a moment ago.
    recordUncaughtErrors();
    const previous = globalThis.unspunSidebar;
    globalThis.unspunSidebar = undefined;
    if (previous?.openWhenInvalidated || previous?.isOpen) {
      previous.close();
      return;
    }
    globalThis.unspunSidebar = new SidebarApp(ctx, css);
    void globalThis.unspunSidebar.open();
  },
});
