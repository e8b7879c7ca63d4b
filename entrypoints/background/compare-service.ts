import type { Browser } from 'wxt/browser';
import { analyze } from './lazy-modules';
import type { Article } from '../../lib/extract/article';
import { entryOf, sourceEntryOf } from '../../lib/memory/fingerprint';
import type { Report } from '../../lib/report/report';
import { MAX_COMPANIONS, sourcesToRead } from '../../lib/source/follow-source';
import { msg } from '../../lib/words/message';
import {
  fromOwnContentScript,
  onMessage,
  type CompareResult,
  type SourceVia,
} from '../../utils/messaging';
import { expectJob, forgetJob, jobKey, queueAnalysis } from './analysis-queue';
import { splitArticle } from '../../lib/extract/sentences';
import { keepComparisonAhead, keepPage, keptPage, takeComparisonAhead } from './page-articles';
import { readFetchedSource, readTabSource } from './source-reader';

/**
 * Background: compares a sidebar's page with its source in one round trip. The source is read
 * here (fetched or from its tab, parsed inertly, extracted) with its companions, and analysed
 * with the page's Article kept since the page's own analysis; one Report goes back. No
 * page-sized HTML crosses the messaging channel, and the page's Article crosses once.
 */
export function registerCompareService(): void {
  onMessage('compareWithSource', async ({ data, sender }): Promise<CompareResult> => {
    if (!fromOwnContentScript(sender))
      return { ok: false, reason: 'failed', message: msg('fetch.notAsked') };
    const tabId = sender.tab!.id!;
    const url = String(data.url);
    const early =
      data.via === 'fetch'
        ? takeComparisonAhead(tabId, data.pageId, url, data.companions.map(String))
        : undefined;
    if (early) return early;
    if (data.page) keepPage(tabId, data.pageId, splitArticle(data.page));
    const page = keptPage(tabId, data.pageId);
    if (!page) return { ok: false, reason: 'page-unknown' };
    const key = jobKey(sender, data.job);
    expectJob(key);
    try {
      return await compare(page, url, data, key, sender);
    } finally {
      forgetJob(key);
    }
  });
}

/**
 * Starts the comparison the sidebar in `sender`'s tab asks for on its own once it has the page's
 * Report (the source it follows, with its companions: compare-source.ts), so the source is read
 * and analysed while the sidebar renders and paints the score; its ask then takes this answer.
 * Only on a site the reader granted: elsewhere the source is not read, and nothing is analysed.
 */
export function compareAhead(
  pageId: string,
  page: Article,
  report: Report,
  sender: Browser.runtime.MessageSender,
): void {
  const [url, ...companions] = sourcesToRead(report.sourceCandidates);
  if (!url) return;
  // A job of the background's own: the sidebar cancels its asks, and this is not one yet.
  const key = jobKey(sender, `ahead:${pageId}`);
  const answer = compare(page, url, { via: 'fetch', companions }, key, sender);
  // Its failures reach the sidebar when it asks, as they would have then.
  answer.catch(() => {});
  keepComparisonAhead(sender.tab!.id!, pageId, url, companions, answer);
}

/** Reads the source (and companions), then analyses it with the page. */
async function compare(
  page: Article,
  url: string,
  data: { via: SourceVia; companions: string[] },
  key: string,
  sender: Browser.runtime.MessageSender,
): Promise<CompareResult> {
  // The companions are read beside the source, not after it.
  const [read, companions] = await Promise.all([
    data.via === 'fetch'
      ? readFetchedSource(url, sender)
      : readTabSource(url, data.via === 'open-tab', sender),
    companionSources(data.companions, sender),
  ]);
  if (!read.ok) return read;
  const source = read.article;
  const report = await queueAnalysis(key, () =>
    analyze(page, companions.length ? { sources: [source, ...companions] } : { source }),
  );
  if (!report) return { ok: false, reason: 'cancelled' };
  // The memory entries are made here, where both texts are split already: in the page, splitting
  // and fingerprinting it again held the comparison's render back (docs/speed.md).
  const now = new Date();
  return {
    ok: true,
    report,
    pageEntry: entryOf(page, report, now),
    sourceEntry: sourceEntryOf(source, now),
  };
}

/**
 * The other sources the page restates (a press release and its companion post), on sites the
 * reader has already granted, read under the same limits. One that cannot be read is left out;
 * the comparison goes on with the rest.
 */
async function companionSources(
  urls: readonly string[],
  sender: Browser.runtime.MessageSender,
): Promise<Article[]> {
  const read = await Promise.all(
    urls.slice(0, MAX_COMPANIONS).map((url) => readFetchedSource(String(url), sender)),
  );
  return read.flatMap((companion) => (companion.ok ? [companion.article] : []));
}
