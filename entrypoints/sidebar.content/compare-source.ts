import { hostLabel } from '../../components/format';
import type { Article } from '../../lib/extract/article';
import { extractArticle, NoArticleError } from '../../lib/extract/extract';
import { withPdfPages } from '../../lib/extract/pdf-pages';
import { companionsOf, sourceToFollow } from '../../lib/source/follow-source';
import { sourceAddress } from '../../lib/source/normalize-url';
import { noArticleMessage, tabMayRead } from '../../lib/source/source-wall';
import { msg } from '../../lib/words/message';
import { grantPageUrl } from '../../utils/grant-page-url';
import { sendMessage } from '../../utils/messaging';
import { analyzeInBackground, BackgroundGoneError } from './analysis-request';
import { logError } from './error-log';
import { pause, type Flow } from './flow';
import { remember } from './remember';

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

/** Once the page is read: compares it with the source it most likely restates, if one is clear. */
export async function autoCompare(flow: Flow): Promise<void> {
  const { page } = flow.state;
  const best = sourceToFollow(page.kind === 'read' ? page.report.sourceCandidates : []);
  if (!best) return;
  await compareSource(flow, best.url);
}

/** Fetches the source at this address and compares the page with it (asks for the site's grant first). */
export async function compareSource(flow: Flow, url: string): Promise<void> {
  if (flow.state.page.kind !== 'read') return;
  const { signal } = flow;
  const granted = await sendMessage('hasSourcePermission', { url }).catch(() => false);
  if (signal.aborted) return;
  if (!granted) {
    flow.set({
      source: {
        kind: 'needs-permission',
        url,
        site: hostLabel(url),
        grantFrameUrl: grantPageUrl(url),
      },
    });
    return;
  }
  flow.set({ source: { kind: 'fetching', url } });
  const result = await sendMessage('fetchSource', { url }).catch(() => null);
  if (signal.aborted) return;
  if (!result || !result.ok) {
    const message = result?.messages.message ?? msg('source.unreadable');
    // A bot check, a sign-in wall or a slow site: the reader's own tab may show it. Read only on
    // the reader's click, even a tab already open: it shows their view, signed in if they are,
    // and the sidebar sits in a shadow root the page's scripts can read.
    flow.set({
      source: {
        kind: 'failed',
        url,
        message,
        ...(result && tabMayRead(result) ? { tab: 'open' as const } : {}),
      },
    });
    return;
  }
  let source: Article;
  try {
    source = readSource(result.html, result.finalUrl, result.format);
  } catch (error) {
    if (error instanceof NoArticleError && result.format === 'html') {
      // A page built by script, or a wall served with 200: the rendered page in a tab may have it.
      flow.set({
        source: {
          kind: 'failed',
          url,
          message: noArticleMessage(result.html, 'fetch'),
          tab: 'open',
        },
      });
      return;
    }
    if (!(error instanceof NoArticleError)) logError('reading the source', error);
    flow.set({
      source: {
        kind: 'failed',
        url,
        message:
          error instanceof NoArticleError ? msg('source.noArticle') : msg('source.unreadable'),
      },
    });
    return;
  }
  await compareWith(flow, url, source);
}

/** Compares the page with the source (and its companions) once the source is read. */
async function compareWith(flow: Flow, url: string, source: Article): Promise<void> {
  const { signal } = flow;
  try {
    const companions = await companionSources(flow, url);
    const page = flow.state.page;
    if (signal.aborted || page.kind !== 'read') return;
    const report = await analyzeInBackground(signal, page.article, source, companions);
    if (!report || signal.aborted) return;
    flow.set({ page: { ...page, report }, source: { kind: 'compared', url: source.url } });
    flow.flags.setReport(report);
    void remember(flow, page.article, report, source);
  } catch (error) {
    if (!(error instanceof BackgroundGoneError)) logError('comparing with the source', error);
    flow.set({
      source: {
        kind: 'failed',
        url,
        message:
          error instanceof BackgroundGoneError
            ? msg('sidebar.backgroundGone')
            : msg('source.unreadable'),
      },
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
export async function readFromTab(flow: Flow, url: string): Promise<void> {
  if (flow.state.page.kind !== 'read') return;
  const { signal } = flow;
  flow.set({ source: { kind: 'reading-tab', url } });
  for (let attempt = 0; ; attempt++) {
    const result = await sendMessage('readSourceTab', { url, open: attempt === 0 }).catch(
      () => null,
    );
    if (signal.aborted) return;
    // A tab caught mid-reload (a bot check passing) cannot be read for a moment: read it again.
    if (result && !result.ok && result.reason === 'unreadable' && attempt < TAB_READ_RETRIES) {
      await pause(TAB_READ_RETRY_MS, signal);
      if (signal.aborted) return;
      continue;
    }
    if (!result?.ok) {
      const noTab = !result || result.reason === 'no-tab';
      const message = result?.messages.message ?? msg('sourceTab.unreadable');
      flow.set({ source: { kind: 'failed', url, message, tab: noTab ? 'open' : 'reread' } });
      return;
    }
    try {
      const source = readSource(result.html, result.url);
      await compareWith(flow, url, source);
      return;
    } catch (error) {
      if (!(error instanceof NoArticleError)) {
        logError('reading the source tab', error);
        flow.set({
          source: {
            kind: 'failed',
            url,
            message: msg('sourceTab.unreadable'),
            tab: 'reread',
          },
        });
        return;
      }
      if (attempt >= TAB_READ_RETRIES) {
        flow.set({
          source: {
            kind: 'failed',
            url,
            message: noArticleMessage(result.html, 'tab'),
            tab: 'reread',
          },
        });
        return;
      }
      await pause(TAB_READ_RETRY_MS, signal);
      if (signal.aborted) return;
    }
  }
}

/**
 * The other sources the page restates (a press release and its companion post): other confident
 * candidates on sites the reader has already granted, read under the same limits, at most
 * MAX_COMPANIONS. One that cannot be read is left out; the comparison goes on with the rest.
 */
async function companionSources(flow: Flow, first: string): Promise<Article[]> {
  const { page } = flow.state;
  const others = companionsOf(page.kind === 'read' ? page.report.sourceCandidates : [], first);
  const read: Article[] = [];
  for (const other of others) {
    if (flow.signal.aborted) break;
    const granted = await sendMessage('hasSourcePermission', { url: other.url }).catch(() => false);
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
