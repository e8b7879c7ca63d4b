import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '../../components/Sidebar';
import type { FeedSearch, SidebarView, SourceStatus } from '../../components/view';
import { hostLabel, warmFormats } from '../../components/format';
import type { Report } from '../../lib/report/report';
import type { Article } from '../../lib/extract/article';
import { extractArticle, NoArticleError } from '../../lib/extract/extract';
import { withPdfPages } from '../../lib/extract/pdf-pages';
import { PageHighlighter } from '../../lib/page/highlight';
import {
  checkFollowedPost,
  matchFeedItems,
  parseFeed,
  postsToFollow,
  postUnread,
  type FeedItem,
  type FeedMatch,
} from '../../lib/source/feeds';
import { companionsOf, hasConfidentSource, sourceToFollow } from '../../lib/source/follow-source';
import { sourceAddress } from '../../lib/source/normalize-url';
import { noArticleMessage, tabMayRead } from '../../lib/source/source-wall';
import {
  alsoRetold,
  entryOf,
  matchMemory,
  sourceEntryOf,
  type MemoryEntry,
} from '../../lib/memory/fingerprint';
import { MemoryStore } from '../../utils/memory-store';
import { placeBeside, type PageLayout } from '../../lib/page/side-by-side';
import { grantPageUrl } from '../../utils/grant-page-url';
import { onMessage, sendMessage } from '../../utils/messaging';
import { logError } from './error-log';
import { PageFlags } from './page-flags';
import { readSettings, watchSettings } from '../../utils/settings-store';
import type { Settings } from '../../lib/settings/settings';
import { msg, type Message } from '../../lib/words/message';

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

/** How often the sidebar checks whether a single-page site moved to another address. */
const LOCATION_POLL_MS = 400;

/** A source tab with no article is read again this many times, this far apart (bot checks reload, scripts build text). */
const TAB_READ_RETRIES = 4;
const TAB_READ_RETRY_MS = 1500;

/** A fetched source's Article: DOMParser documents are inert (no scripts run, nothing loads). */
function readSource(html: string, finalUrl: string, format?: string): Article {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const extracted = extractArticle(doc, { url: finalUrl });
  // A PDF's paragraphs carry their page, for links to it (#page=N).
  const read = format === 'pdf' ? withPdfPages(extracted, doc) : extracted;
  return { ...read, url: sourceAddress(read.url, read.meta.canonical) };
}

/** The background did not answer the analysis (it failed, or the extension was updated under this page). */
class BackgroundGoneError extends Error {
  constructor(cause: unknown) {
    super('the background did not answer', { cause });
  }
}

/**
 * The sidebar on one page: mounts it in a shadow root, reads the page, renders the Report, and
 * leaves the page as it was when closed (highlights removed, focus returned).
 */
export class SidebarApp {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private view: SidebarView = { kind: 'loading' };
  private article: Article | null = null;
  private report: Report | null = null;
  private source: SourceStatus = { kind: 'none' };
  /** The feed search, when the page names its source without linking it. */
  private feed: FeedSearch | null = null;
  /** A feed waiting for the reader's grant of its site. */
  private pendingFeed: string | null = null;
  private readonly memory = new MemoryStore();
  private alsoRetold: MemoryEntry[] = [];
  private readonly highlighter = new PageHighlighter(document);
  private returnFocusTo: Element | null = null;
  private layout: PageLayout | null = null;
  private width = WIDTH;
  private collapsed = false;
  /** The host's width lives in a shadow-root rule: inline styles would lose to `:host !important`. */
  private readonly sizeRule = document.createElement('style');
  private closed = false;
  /** Whether the sidebar was open when a newer injection of the script took over. */
  openWhenInvalidated = false;
  /** Bumped whenever the page is read anew or closed, so late answers for an old page are dropped. */
  private generation = 0;
  /** Number of the latest analysis job sent to the background. */
  private jobs = 0;
  private stopListening: (() => void) | null = null;
  private readonly flags = new PageFlags(
    document,
    () => this.ui?.shadowHost ?? null,
    () => this.render(),
  );

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly css: string,
  ) {}

  /** Open and still in the page (a page script may have removed the host element). */
  get isOpen(): boolean {
    return this.ui !== null && this.ui.shadowHost.isConnected;
  }

  async open(): Promise<void> {
    this.closed = false;
    // A new injection (toolbar click) invalidates this one synchronously before its main runs.
    // Registered before the UI exists, so it runs before WXT removes the UI on invalidation and
    // still sees whether the sidebar was on the page.
    this.ctx.onInvalidated(() => {
      // Still opening (its UI not made yet) counts as open: a quick second click closes it.
      this.openWhenInvalidated = this.isOpen || (this.ui === null && !this.closed);
      this.close();
    });
    this.returnFocusTo = document.activeElement;
    const ui = await createShadowRootUi(this.ctx, {
      name: 'unspun-sidebar',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: this.css,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, shadow, host) => {
        shadow.append(this.sizeRule);
        for (const [name, value] of Object.entries(HOST_STYLE))
          host.style.setProperty(name, value, 'important');
        // Inside the shadow root: isolateEvents stops key events before they reach the host.
        container.addEventListener('keydown', (event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            this.close();
          }
        });
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    // Closed while the UI was being made (a second click, a new injection): never mount it.
    if (this.closed) return;
    this.ui = ui;
    this.ui.mount();
    this.layout = placeBeside(document, WIDTH);
    this.applyWidth();
    this.render();
    this.ui.shadow.querySelector<HTMLElement>('.panel')?.focus({ preventScroll: true });
    const stopListening = onMessage('resumeCompare', ({ data }) => {
      if (this.closed) return;
      // The grant was for a publisher's feed: search it; else compare with the granted source.
      if (data.url === this.pendingFeed) void this.searchFeeds();
      else void this.compareSource(data.url);
    });
    // The reader's light/dark choice, now and whenever it changes in the settings.
    const unwatchSettings = watchSettings((settings) => this.applyTheme(settings.theme));
    void readSettings().then((settings) => this.applyTheme(settings.theme));
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
    // Let the "Reading this page…" state paint before the work starts.
    this.ctx.setTimeout(() => void this.readPage(), 0);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.generation++;
    // Work for this page is no longer wanted: the background drops it if it has not started.
    void sendMessage('cancelAnalysis', { job: this.jobs }).catch(() => {});
    this.highlighter.clear();
    this.flags.dispose();
    this.stopListening?.();
    this.ui?.remove();
    this.ui = null;
    this.layout?.restore();
    this.layout = null;
    if (this.returnFocusTo instanceof HTMLElement)
      this.returnFocusTo.focus({ preventScroll: true });
  }

  private applyTheme(theme: Settings['theme']): void {
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

  private onLocationChange(): void {
    if (this.closed || this.view.kind !== 'report' || this.article?.url === location.href) return;
    this.highlighter.clear();
    this.flags.dispose();
    this.view = { ...this.view, pageChanged: true };
    this.render();
  }

  /** Reads the page again from scratch (after a single-page navigation). */
  private reread(): void {
    this.generation++;
    this.highlighter.clear();
    this.flags.dispose();
    this.article = null;
    this.report = null;
    this.source = { kind: 'none' };
    this.feed = null;
    this.pendingFeed = null;
    this.alsoRetold = [];
    this.view = { kind: 'loading' };
    this.render();
    this.ctx.setTimeout(() => void this.readPage(), 0);
  }

  private async readPage(): Promise<void> {
    const generation = this.generation;
    try {
      // Reading the page needs its DOM, so it runs here; the analysis runs in the background.
      const article = extractArticle(document, { url: location.href });
      const report = await this.analyze(article);
      if (!report || generation !== this.generation) return;
      this.article = article;
      this.report = report;
      this.source = report.selfIsSource ? { kind: 'self' } : { kind: 'none' };
      this.view = { kind: 'report', report, source: this.source, flags: this.flags.current };
      this.flags.setReport(report);
      this.render();
      // The rest starts in a task of its own, so the score shows first: fingerprinting the page
      // for memory alone took as long as a frame (docs/speed.md).
      this.ctx.setTimeout(() => {
        if (generation !== this.generation) return;
        void this.remember(article, report);
        void this.flags.load(article, location.href);
        void this.autoCompare();
        void this.searchFeeds();
      }, 0);
    } catch (error) {
      if (generation !== this.generation) return;
      let message: Message = msg('sidebar.unreadable');
      if (error instanceof NoArticleError) {
        // A page whose text sits in a frame: say where to look instead of only "no article".
        const framed = Array.from(document.querySelectorAll('iframe, frame')).some(
          (f) => f.getBoundingClientRect().height > 200,
        );
        message = framed ? msg('sidebar.framed') : error.messages.message;
      } else if (error instanceof BackgroundGoneError) {
        message = msg('sidebar.backgroundGone');
      } else {
        logError('reading the page', error);
      }
      this.view = { kind: 'no-article', message };
      this.render();
    }
  }

  /**
   * The Report, computed by the background (off the page's main thread). The analysis is not
   * bundled here as well: it would double what every page loads to open the sidebar. Null when
   * the job was cancelled because the sidebar closed.
   */
  private async analyze(
    page: Article,
    source?: Article,
    companions: Article[] = [],
  ): Promise<Report | null> {
    const job = ++this.jobs;
    try {
      const data =
        companions.length && source
          ? { page, sources: [source, ...companions], job }
          : source
            ? { page, source, job }
            : { page, job };
      const reply = sendMessage('analyzeArticle', data);
      // The first Intl formatter loads its locale data: make it while the background works.
      warmFormats();
      return await reply;
    } catch (error) {
      if (this.closed) return null;
      logError('the background did not answer the analysis', error);
      throw new BackgroundGoneError(error);
    }
  }

  private async autoCompare(): Promise<void> {
    const best = sourceToFollow(this.report?.sourceCandidates ?? []);
    if (!best) return;
    await this.compareSource(best.url);
  }

  /**
   * The page names its source but links none ("Hugging Face argues…"): search the feed of the
   * publisher or platform it credits, under the same grant and limits as a source, and offer the
   * posts whose title and content agree, for the reader to confirm.
   */
  private async searchFeeds(): Promise<void> {
    const article = this.article;
    const report = this.report;
    if (!article || !report || report.selfIsSource || hasConfidentSource(report.sourceCandidates))
      return;
    const generation = this.generation;
    // First the pages the reader already opened Unspun on: no fetch at all.
    const remembered = matchMemory(article, await this.memory.all().catch(() => [])).slice(0, 3);
    if (generation !== this.generation) return;
    if (remembered.length) {
      this.setFeed({
        state: 'found',
        from: 'memory',
        feedName: '',
        matches: remembered.map((m) => ({
          url: m.entry.url,
          title: m.entry.title,
          confidence: m.confidence,
          messages: m.messages,
        })),
      });
      return;
    }
    const feed = report.creditedFeeds[0];
    if (!feed) return;
    const feedName = feed.name;
    const granted = await sendMessage('hasSourcePermission', { url: feed.url }).catch(() => false);
    if (generation !== this.generation) return;
    if (!granted) {
      // No feed is fetched without the reader's grant for its site.
      this.pendingFeed = feed.url;
      this.setSource({
        kind: 'needs-permission',
        url: feed.url,
        site: hostLabel(feed.url),
        grantFrameUrl: grantPageUrl(feed.url),
      });
      return;
    }
    this.pendingFeed = null;
    if (this.source.kind === 'needs-permission' && this.source.url === feed.url)
      this.setSource({ kind: 'none' });
    this.setFeed({ state: 'searching', feedName });
    const result = await sendMessage('fetchFeed', { url: feed.url }).catch(() => null);
    if (generation !== this.generation) return;
    if (!result?.ok) {
      this.setFeed({
        state: 'failed',
        feedName,
        message: result?.messages.message ?? msg('source.unreadable'),
      });
      return;
    }
    try {
      // Parsed as XML: inert, nothing runs or loads.
      const doc = new DOMParser().parseFromString(result.html, 'application/xml');
      const items = parseFeed(doc, result.finalUrl);
      const followed = await this.followThinItems(article, items, feedName);
      if (generation !== this.generation) return;
      const matches = [...matchFeedItems(article, items, feedName), ...followed.matches]
        .sort((a, b) => b.confidence - a.confidence)
        .slice(0, 3);
      const notes = followed.notes.length ? { notes: followed.notes } : {};
      this.setFeed(
        matches.length
          ? { state: 'found', from: 'feed', feedName, matches, ...notes }
          : { state: 'none', feedName, ...notes },
      );
    } catch (error) {
      logError('reading a feed', error);
      this.setFeed({ state: 'failed', feedName, message: msg('source.unreadable') });
    }
  }

  /**
   * Items with only a title and a link (the Hugging Face blog's feed): the posts whose titles agree
   * are fetched, like a source (the site's grant, the same limits), and offered only when their
   * text agrees with the page. A post that cannot be read is not offered, and the reader is told.
   */
  private async followThinItems(
    article: Article,
    items: readonly FeedItem[],
    feedName: string,
  ): Promise<{ matches: FeedMatch[]; notes: Message[] }> {
    const read = await Promise.all(
      postsToFollow(article, items).map(async (item) => ({
        item,
        post: await this.readPost(item.url),
      })),
    );
    const matches: FeedMatch[] = [];
    const notes: Message[] = [];
    for (const { item, post } of read) {
      if ('key' in post) notes.push(postUnread(item, post));
      else {
        const check = checkFollowedPost(article, item, post, feedName);
        if (check.match) matches.push(check.match);
      }
    }
    return { matches, notes };
  }

  /** A post fetched through the background and read inertly, or why it could not be. */
  private async readPost(url: string): Promise<Article | Message> {
    const result = await sendMessage('fetchSource', { url }).catch(() => null);
    if (!result?.ok) return result?.messages.message ?? msg('source.unreadable');
    try {
      const doc = new DOMParser().parseFromString(result.html, 'text/html');
      return extractArticle(doc, { url: result.finalUrl });
    } catch (error) {
      if (error instanceof NoArticleError) return msg('source.noArticle');
      logError('reading a feed post', error);
      return msg('source.unreadable');
    }
  }

  /**
   * Remembers this page (and the source it was compared with) as fingerprints, then lists the
   * other restatements of the same source the reader has seen.
   */
  private async remember(article: Article, report: Report, source?: Article): Promise<void> {
    const generation = this.generation;
    try {
      const now = new Date();
      await this.memory.remember(entryOf(article, report, now));
      if (source) await this.memory.remember(sourceEntryOf(source, now));
      const sourceUrl = report.selfIsSource ? article.url : report.source?.url;
      if (!sourceUrl) return;
      const retold = alsoRetold(await this.memory.all(), sourceUrl, article.url);
      if (generation !== this.generation || this.view.kind !== 'report') return;
      this.alsoRetold = retold;
      this.view = { ...this.view, alsoRetold: retold };
      this.render();
    } catch (error) {
      // Memory is a convenience: a full or failing storage must not disturb the analysis.
      logError('remembering the page', error);
    }
  }

  private setFeed(feed: FeedSearch): void {
    this.feed = feed;
    if (this.view.kind === 'report') this.view = { ...this.view, feed };
    this.render();
  }

  private async compareSource(url: string): Promise<void> {
    if (!this.article) return;
    const generation = this.generation;
    const granted = await sendMessage('hasSourcePermission', { url }).catch(() => false);
    if (generation !== this.generation) return;
    if (!granted) {
      this.setSource({
        kind: 'needs-permission',
        url,
        site: hostLabel(url),
        grantFrameUrl: grantPageUrl(url),
      });
      return;
    }
    this.setSource({ kind: 'fetching', url });
    const result = await sendMessage('fetchSource', { url }).catch(() => null);
    if (generation !== this.generation || !this.article) return;
    if (!result || !result.ok) {
      const message = result?.messages.message ?? msg('source.unreadable');
      // A bot check, a sign-in wall or a slow site: the reader's own tab may show it. Read only on
      // the reader's click, even a tab already open: it shows their view, signed in if they are,
      // and the sidebar sits in a shadow root the page's scripts can read.
      this.setSource({
        kind: 'failed',
        url,
        message,
        ...(result && tabMayRead(result) ? { tab: 'open' as const } : {}),
      });
      return;
    }
    let source: Article;
    try {
      source = readSource(result.html, result.finalUrl, result.format);
    } catch (error) {
      if (error instanceof NoArticleError && result.format === 'html') {
        // A page built by script, or a wall served with 200: the rendered page in a tab may have it.
        this.setSource({
          kind: 'failed',
          url,
          message: noArticleMessage(result.html, 'fetch'),
          tab: 'open',
        });
        return;
      }
      if (!(error instanceof NoArticleError)) logError('reading the source', error);
      this.setSource({
        kind: 'failed',
        url,
        message:
          error instanceof NoArticleError ? msg('source.noArticle') : msg('source.unreadable'),
      });
      return;
    }
    await this.compareWith(url, source, generation);
  }

  /** Compares the page with the source (and its companions) once the source is read. */
  private async compareWith(url: string, source: Article, generation: number): Promise<void> {
    try {
      const companions = await this.companionSources(url, generation);
      if (generation !== this.generation || !this.article) return;
      const report = await this.analyze(this.article, source, companions);
      if (!report || generation !== this.generation) return;
      this.report = report;
      this.flags.setReport(this.report);
      this.setSource({ kind: 'compared', url: source.url });
      void this.remember(this.article, report, source);
    } catch (error) {
      if (!(error instanceof BackgroundGoneError)) logError('comparing with the source', error);
      this.setSource({
        kind: 'failed',
        url,
        message:
          error instanceof BackgroundGoneError
            ? msg('sidebar.backgroundGone')
            : msg('source.unreadable'),
      });
    }
  }

  /**
   * On the reader's click: reads the source from a tab that shows it (the one they have open, else
   * a new one; its rendered DOM, in the background: nothing leaves the browser, the tab is left as
   * it was), then compares. A bot check's script may reload the tab, and a page may build its text
   * after load: so a tab with no article is read again a few times before the sidebar says what it
   * shows.
   */
  private async readFromTab(url: string): Promise<void> {
    if (!this.article) return;
    const generation = this.generation;
    this.setSource({ kind: 'reading-tab', url });
    for (let attempt = 0; ; attempt++) {
      const result = await sendMessage('readSourceTab', { url, open: attempt === 0 }).catch(
        () => null,
      );
      if (generation !== this.generation) return;
      // A tab caught mid-reload (a bot check passing) cannot be read for a moment: read it again.
      if (result && !result.ok && result.reason === 'unreadable' && attempt < TAB_READ_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, TAB_READ_RETRY_MS));
        if (generation !== this.generation) return;
        continue;
      }
      if (!result?.ok) {
        const noTab = !result || result.reason === 'no-tab';
        const message = result?.messages.message ?? msg('sourceTab.unreadable');
        this.setSource({ kind: 'failed', url, message, tab: noTab ? 'open' : 'reread' });
        return;
      }
      try {
        const source = readSource(result.html, result.url);
        await this.compareWith(url, source, generation);
        return;
      } catch (error) {
        if (!(error instanceof NoArticleError)) {
          logError('reading the source tab', error);
          this.setSource({
            kind: 'failed',
            url,
            message: msg('sourceTab.unreadable'),
            tab: 'reread',
          });
          return;
        }
        if (attempt >= TAB_READ_RETRIES) {
          this.setSource({
            kind: 'failed',
            url,
            message: noArticleMessage(result.html, 'tab'),
            tab: 'reread',
          });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, TAB_READ_RETRY_MS));
        if (generation !== this.generation) return;
      }
    }
  }

  /**
   * The other sources the page restates (a press release and its companion post): other confident
   * candidates on sites the reader has already granted, read under the same limits, at most
   * MAX_COMPANIONS. One that cannot be read is left out; the comparison goes on with the rest.
   */
  private async companionSources(first: string, generation: number): Promise<Article[]> {
    const others = companionsOf(this.report?.sourceCandidates ?? [], first);
    const read: Article[] = [];
    for (const other of others) {
      if (generation !== this.generation) break;
      const granted = await sendMessage('hasSourcePermission', { url: other.url }).catch(
        () => false,
      );
      if (!granted) continue;
      const result = await sendMessage('fetchSource', { url: other.url }).catch(() => null);
      if (!result?.ok) continue;
      try {
        read.push(readSource(result.html, result.finalUrl, result.format));
      } catch (error) {
        if (!(error instanceof NoArticleError)) logError('reading a companion source', error);
      }
    }
    return read;
  }

  private setSource(source: SourceStatus): void {
    this.source = source;
    if (this.report)
      this.view = {
        kind: 'report',
        report: this.report,
        source,
        flags: this.flags.current,
        ...(this.feed ? { feed: this.feed } : {}),
        ...(this.alsoRetold.length ? { alsoRetold: this.alsoRetold } : {}),
      };
    this.render();
  }

  private render(): void {
    const container = this.ui?.mounted;
    if (!container) return;
    if (import.meta.env.MODE === 'e2e' && this.report) {
      // E2E and demo builds only: the report for the harness to save. Shipped builds don't.
      this.ui!.shadowHost.setAttribute('data-report', JSON.stringify(this.report));
    }
    // The flags change on their own (storage answers later): always render their latest state.
    const view =
      this.view.kind === 'report' ? { ...this.view, flags: this.flags.current } : this.view;
    render(
      <Sidebar
        view={view}
        layout={{
          width: this.width,
          minWidth: MIN_WIDTH,
          maxWidth: MAX_WIDTH,
          collapsed: this.collapsed,
        }}
        actions={{
          close: () => this.close(),
          setCollapsed: (collapsed) => {
            this.collapsed = collapsed;
            this.applyWidth();
            this.render();
          },
          resize: (width) => {
            this.width = width;
            this.applyWidth();
            this.render();
          },
          reread: () => this.reread(),
          showSpan: (span) => this.highlighter.show(span.text),
          compareSource: (url) => void this.compareSource(url),
          readSourceTab: (url) => void this.readFromTab(url),
          grantInWindow: (url) => void sendMessage('openGrantWindow', { url }).catch(() => {}),
          openOptions: (section) =>
            void sendMessage('openOptionsPage', { section }).catch(() => {}),
          flags: this.flags.actions,
        }}
      />,
      container,
    );
  }
}
