import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { SidebarLayout } from '../../components/view';
import { placeBeside, type PageLayout } from '../../lib/page/side-by-side';
import type { Settings } from '../../lib/settings/settings';

/** Widths of the sidebar in CSS px (px, not rem: host pages change the root font size). */
const WIDTH = 400;
const MIN_WIDTH = 320;
const MAX_WIDTH = 720;
const COLLAPSED_WIDTH = 44;

/**
 * Styles on the host element, set `!important` inline as a second line behind the `:host` rules
 * of the shadow stylesheet, so page rules like `* { all: unset }` lose.
 */
const HOST_STYLE: Record<string, string> = {
  // No inline `all` or spacing here: readers' text-spacing overrides must still apply (WCAG 1.4.12).
  position: 'fixed',
  top: '0',
  right: '0',
  bottom: '0',
  left: 'auto',
  width: `${WIDTH}px`,
  'max-width': '100vw',
  height: '100vh',
  'z-index': '2147483647',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'pointer-events': 'auto',
  contain: 'layout style',
};

/**
 * The sidebar's place on the page: its shadow root, its width (resized or collapsed by the
 * reader), the page narrowed beside it, its colour scheme, and the focus it took and gives back.
 */
export class SidebarFrame {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private layout: PageLayout | null = null;
  private returnFocusTo: Element | null = null;
  private width = WIDTH;
  private collapsed = false;
  /** The host's width lives in a shadow-root rule: inline styles would lose to `:host !important`. */
  private readonly sizeRule = document.createElement('style');

  /** Mounted and still in the page (a page script may have removed the host element). */
  get isOpen(): boolean {
    return this.ui !== null && this.ui.shadowHost.isConnected;
  }

  /** Whether it was mounted (and not removed since). */
  get isMounted(): boolean {
    return this.ui !== null;
  }

  /** The sidebar's host element, when mounted. */
  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  /** Where the sidebar renders, when mounted. */
  get container(): HTMLElement | null {
    return this.ui?.mounted ?? null;
  }

  /** The size the reader chose, for the resize handle and the collapse button. */
  get size(): SidebarLayout {
    return {
      width: this.width,
      minWidth: MIN_WIDTH,
      maxWidth: MAX_WIDTH,
      collapsed: this.collapsed,
    };
  }

  /** Makes the shadow root, not on the page yet; remembers the focus to give back on close. */
  make(
    ctx: ContentScriptContext,
    css: string,
    onEscape: () => void,
  ): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.returnFocusTo = document.activeElement;
    return createShadowRootUi(ctx, {
      name: 'unspun-sidebar',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, shadow, host) => {
        shadow.append(this.sizeRule);
        for (const [name, value] of Object.entries(HOST_STYLE))
          host.style.setProperty(name, value, 'important');
        // Inside the shadow root: isolateEvents stops key events before they reach the host.
        container.addEventListener('keydown', (event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onEscape();
          }
        });
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
  }

  /** Puts the sidebar on the page, beside the article where there is room. */
  mount(ui: ShadowRootContentScriptUi<HTMLElement>): void {
    this.ui = ui;
    ui.mount();
    this.layout = placeBeside(document, WIDTH);
    this.applyWidth();
  }

  /** Focus into the panel, so Esc works at once. */
  focus(): void {
    this.ui?.shadow.querySelector<HTMLElement>('.panel')?.focus({ preventScroll: true });
  }

  /** Takes the sidebar off the page, puts the page back as it was and returns the focus. */
  remove(): void {
    this.ui?.remove();
    this.ui = null;
    this.layout?.restore();
    this.layout = null;
    if (this.returnFocusTo instanceof HTMLElement)
      this.returnFocusTo.focus({ preventScroll: true });
  }

  setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.applyWidth();
  }

  resize(width: number): void {
    this.width = width;
    this.applyWidth();
  }

  applyTheme(theme: Settings['theme']): void {
    const host = this.ui?.shadowHost;
    if (!host) return;
    if (theme === 'system') host.removeAttribute('data-theme');
    else host.setAttribute('data-theme', theme);
  }

  private applyWidth(): void {
    const width = this.collapsed ? COLLAPSED_WIDTH : Math.min(this.width, window.innerWidth);
    this.sizeRule.textContent = `:host { width: ${width}px !important; }`;
    this.layout?.resize(width);
  }
}
