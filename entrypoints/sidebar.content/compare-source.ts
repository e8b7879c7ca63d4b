import { hostLabel } from '../../components/format';
import { companionsOf, sourceToFollow } from '../../lib/source/follow-source';
import { msg } from '../../lib/words/message';
import { grantPageUrl } from '../../utils/grant-page-url';
import type { CompareResult, SourceVia } from '../../utils/messaging';
import { BackgroundGoneError, compareInBackground } from './analysis-request';
import { logError } from './error-log';
import { pause, type Flow } from './flow';
import { remember } from './remember';

/** A source tab with no article is read again this many times, this far apart (bot checks reload, scripts build text). */
const TAB_READ_RETRIES = 4;
const TAB_READ_RETRY_MS = 1500;
/**
 * "Reading the source…" shows only when the answer takes longer than this: a site not granted
 * yet answers at once, and its grant card should not follow a flash of the reading line.
 */
export const READING_NOTICE_MS = 100;

/** Once the page is read: compares it with the source it most likely restates, if one is clear. */
export async function autoCompare(flow: Flow): Promise<void> {
  const { page } = flow.state;
  const best = sourceToFollow(page.kind === 'read' ? page.report.sourceCandidates : []);
  if (!best) return;
  await compareSource(flow, best.url);
}

/** Compares the page with the source at this address, fetched by the background (asks for the site's grant first). */
export async function compareSource(flow: Flow, url: string): Promise<void> {
  const notice = setTimeout(
    () => flow.set({ source: { kind: 'fetching', url } }),
    READING_NOTICE_MS,
  );
  try {
    const result = await compare(flow, url, 'fetch');
    if (result?.ok === false && result.reason === 'permission') {
      flow.set({
        source: {
          kind: 'needs-permission',
          url,
          site: hostLabel(url),
          grantFrameUrl: grantPageUrl(url),
        },
      });
    }
  } finally {
    clearTimeout(notice);
  }
}

/**
 * On the reader's click: the background reads the source from a tab that shows it (the one they
 * have open, else a new one), then compares. A bot check's script may reload the tab, and a page
 * may build its text after load: so a tab caught mid-reload or with no article is read again a
 * few times before the sidebar says what it shows.
 */
export async function readFromTab(flow: Flow, url: string): Promise<void> {
  flow.set({ source: { kind: 'reading-tab', url } });
  for (let attempt = 0; ; attempt++) {
    const via: SourceVia = attempt === 0 ? 'open-tab' : 'tab';
    const result = await compare(flow, url, via, attempt < TAB_READ_RETRIES);
    if (result?.ok !== false || result.reason !== 'failed' || !result.again) return;
    if (attempt >= TAB_READ_RETRIES) return;
    await pause(TAB_READ_RETRY_MS, flow.signal);
    if (flow.signal.aborted) return;
  }
}

/**
 * Asks the background for the comparison and shows it, or its failure (unless `quietIfAgain`
 * and it is worth asking again). The answer, for the caller's next step; null when it was dropped.
 */
async function compare(
  flow: Flow,
  url: string,
  via: SourceVia,
  quietIfAgain = false,
): Promise<CompareResult | null> {
  const page = flow.state.page;
  if (page.kind !== 'read') return null;
  const companions = via === 'fetch' ? companionsOf(page.report.sourceCandidates, url) : [];
  let result: CompareResult | null;
  try {
    result = await compareInBackground(flow.signal, page.article, {
      url,
      via,
      companions: companions.map((c) => c.url),
    });
  } catch (error) {
    if (!(error instanceof BackgroundGoneError)) logError('comparing with the source', error);
    flow.set({ source: { kind: 'failed', url, message: msg('sidebar.backgroundGone') } });
    return null;
  }
  if (!result || flow.signal.aborted) return null;
  if (result.ok) {
    const now = flow.state.page;
    if (now.kind !== 'read') return null;
    flow.set({
      page: { ...now, report: result.report },
      source: { kind: 'compared', url: result.report.source?.url ?? url },
    });
    flow.flags.setReport(result.report);
    void remember(flow, now.article, result.report, result);
  } else if (result.reason === 'failed') {
    if (result.unexpected) logError('reading the source', result.unexpected);
    if (!(quietIfAgain && result.again)) {
      const { message, tab } = result;
      flow.set({ source: { kind: 'failed', url, message, ...(tab ? { tab } : {}) } });
    }
  }
  return result;
}
