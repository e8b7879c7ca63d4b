import { defineContentScript } from 'wxt/utils/define-content-script';
import { SidebarApp } from '../../utils/sidebar-app';
import css from './style.css?inline';

declare global {
  // One sidebar per page: a second injection (toolbar click, shortcut) toggles it.
  var unspunSidebar: SidebarApp | undefined;
}

export default defineContentScript({
  // Injected on demand by the background (activeTab + scripting); never on every site.
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    if (globalThis.unspunSidebar) {
      globalThis.unspunSidebar.toggle();
      return;
    }
    globalThis.unspunSidebar = new SidebarApp(ctx, css);
    void globalThis.unspunSidebar.open();
  },
});
