import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Sidebar } from '../../components/Sidebar';
import type { SidebarActions } from '../../components/view';
import { PageHighlighter } from '../../lib/page/highlight';
import { MemoryStore } from '../../utils/memory-store';
import { onMessage, sendMessage } from '../../utils/messaging';
import { readSettings, watchSettings } from '../../utils/settings-store';
import { autoCompare, compareSource, readFromTab } from './compare-source';
import { writeReportOnRequest } from './e2e-report';
import { nextPaint, type Flow } from './flow';
import { PageFlags } from './page-flags';
import { isLongRead, readPage } from './read-page';
import { remember } from './remember';
import { searchFeeds } from './search-feeds';
import { showRest } from './show-rest';
import { SidebarFrame } from './sidebar-frame';
import { unreadState, viewOf, type SidebarState } from './sidebar-state';

/** How often the sidebar checks whether a single-page site moved to another address. */
const LOCATION_POLL_MS = 400;

/**
 * The sidebar on one page: mounts it, reads the page and starts the flows that follow (compare
 * with the source, search feeds, remember, flags), renders their state, and leaves the page as
 * it was when closed (highlights removed, focus returned). Each read of the page has its own
 * AbortController: reading anew or closing aborts it, and the old read's late answers are dropped.
 */
export class SidebarApp {
  private readonly frame = new SidebarFrame();
  private state: SidebarState = unreadState();
  private read = new AbortController();
  private readonly memory = new MemoryStore();
  private readonly highlighter = new PageHighlighter(document);
  private closed = false;
  /** Whether the sidebar was open when a newer injection of the script took over. */
  openWhenInvalidated = false;
  private stopListening: (() => void) | null = null;
  private readonly flags = new PageFlags(
    document,
    () => this.frame.host,
    () => this.render(),
  );
  /** The flows' handle on the current read of the page. */
  private flow: Flow = this.flowOf(this.read.signal);

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly css: string,
  ) {}

  /** Open and still in the page (a page script may have removed the host element). */
  get isOpen(): boolean {
    return this.frame.isOpen;
  }

  async open(): Promise<void> {
    this.closed = false;
    // A new injection (toolbar click) invalidates this one synchronously before its main runs.
    // Registered before the UI exists, so it runs before WXT removes the UI on invalidation and
    // still sees whether the sidebar was on the page.
    this.ctx.onInvalidated(() => {
      // Still opening (its UI not made yet) counts as open: a quick second click closes it.
      this.openWhenInvalidated = this.isOpen || (!this.frame.isMounted && !this.closed);
      this.close();
    });
    // A page that reads quickly is read before the sidebar is made: the background analyses it
    // while the sidebar mounts (docs/speed.md). A long one shows "Reading this page…" first.
    const longRead = isLongRead(document);
    if (!longRead) void this.readPage();
    const ui = await this.frame.make(this.ctx, this.css, () => this.close());
    // Closed while the UI was being made (a second click, a new injection): never mount it.
    if (this.closed) return;
    this.frame.mount(ui);
    if (import.meta.env.MODE === 'e2e')
      writeReportOnRequest(ui.shadowHost, () =>
        this.state.page.kind === 'read' ? this.state.page.report : null,
      );
    this.render();
    // Focus into the panel at once, so Esc works.
    this.frame.focus();
    const stopListening = onMessage('resumeCompare', ({ data }) => {
      if (this.closed) return;
      // The grant was for a publisher's feed: search it; else compare with the granted source.
      if (data.url === this.state.pendingFeed) void searchFeeds(this.flow);
      else void compareSource(this.flow, data.url);
    });
    // The reader's light/dark choice, now and whenever it changes in the settings.
    const unwatchSettings = watchSettings((settings) => this.frame.applyTheme(settings.theme));
    void readSettings().then((settings) => this.frame.applyTheme(settings.theme));
    this.ctx.onInvalidated(stopListening);
    this.ctx.onInvalidated(unwatchSettings);
    this.stopListening = () => {
      stopListening();
      unwatchSettings();
    };
    // Single-page sites change article without a page load: offer the new one, never show stale.
    // Polled (cheap): pushState has no event, and the Navigation API fires before the address changes.
    let address = location.href;
    this.ctx.setInterval(() => {
      if (location.href === address) return;
      address = location.href;
      this.onLocationChange();
    }, LOCATION_POLL_MS);
    if (longRead) this.ctx.setTimeout(() => void this.readPage(), 0);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    // Work for this page is no longer wanted: late answers are dropped, and the background drops
    // the analysis if it has not started.
    this.read.abort();
    this.highlighter.clear();
    this.flags.dispose();
    this.stopListening?.();
    this.frame.remove();
  }

  private onLocationChange(): void {
    const { page } = this.state;
    if (this.closed || page.kind !== 'read' || page.article.url === location.href) return;
    this.highlighter.clear();
    this.flags.dispose();
    this.update({ pageChanged: true });
  }

  /** Reads the page again from scratch (after a single-page navigation). */
  private reread(): void {
    this.read.abort();
    this.read = new AbortController();
    this.flow = this.flowOf(this.read.signal);
    this.highlighter.clear();
    this.flags.dispose();
    this.state = unreadState();
    this.render();
    this.ctx.setTimeout(() => void this.readPage(), 0);
  }

  /** Reads the page, then starts what follows from its Report. */
  private async readPage(): Promise<void> {
    const flow = this.flow;
    const read = await readPage(flow);
    if (!read) return;
    // Nothing below runs before the score is on screen: rendered in the next task, the lower
    // parts came ahead of the frame that paints the score and held it back (docs/speed.md).
    const scorePainted = nextPaint();
    // The comparison is asked for at once: the background started it with the page's Report.
    const compared = autoCompare(flow);
    await showRest(flow, compared, scorePainted);
    // Each in a task of its own, so what was rendered before it can paint first.
    const later = (run: () => void) =>
      this.ctx.setTimeout(() => {
        if (!flow.signal.aborted) run();
      }, 0);
    later(() => {
      void this.flags.load(read.article, location.href);
      void searchFeeds(flow);
      // A comparison remembers the page with the compared Report (compare-source.ts).
      if (flow.state.source.kind !== 'compared')
        later(() => void remember(flow, read.article, read.report));
    });
  }

  /** A flow's handle on the read this signal belongs to: once it is aborted, it sets nothing. */
  private flowOf(signal: AbortSignal): Flow {
    const state = () => this.state;
    return {
      signal,
      get state() {
        return state();
      },
      set: (patch) => {
        if (!signal.aborted) this.update(patch);
      },
      flags: this.flags,
      memory: this.memory,
    };
  }

  private update(patch: Partial<SidebarState>): void {
    this.state = { ...this.state, ...patch };
    this.render();
  }

  private readonly actions: SidebarActions = {
    close: () => this.close(),
    setCollapsed: (collapsed) => {
      this.frame.setCollapsed(collapsed);
      this.render();
    },
    resize: (width) => {
      this.frame.resize(width);
      this.render();
    },
    reread: () => this.reread(),
    showSpan: (span) => this.highlighter.show(span.text),
    compareSource: (url) => void compareSource(this.flow, url),
    readSourceTab: (url) => void readFromTab(this.flow, url),
    grantInWindow: (url) => void sendMessage('openGrantWindow', { url }).catch(() => {}),
    openOptions: (section) => void sendMessage('openOptionsPage', { section }).catch(() => {}),
    flags: this.flags.actions,
  };

  private render(): void {
    const container = this.frame.container;
    if (!container) return;
    // The flags change on their own (storage answers later): always render their latest state.
    render(
      <Sidebar
        view={viewOf(this.state, this.flags.current)}
        layout={this.frame.size}
        actions={this.actions}
      />,
      container,
    );
  }
}
