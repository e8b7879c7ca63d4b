import type { Browser } from 'wxt/browser';
import { analyze } from './lazy-modules';
import type { Report } from '../../lib/report/report';
import { fromOwnContentScript, onMessage } from '../../utils/messaging';
import { sourceToFollow } from '../../lib/source/follow-source';
import { splitArticle } from '../../lib/extract/sentences';
import { keepPage, keepPageReport } from './page-articles';
import { readAhead } from './source-reader';

/** E2E builds only: the next analysis fails, so tests see what the sidebar says then. */
let failNextForE2e = false;
export function failNextAnalysisForE2e(): void {
  failNextForE2e = true;
}

const pending = new Set<string>();
const cancelled = new Set<string>();
let queue: Promise<unknown> = Promise.resolve();

/** A sidebar's job, by its tab (job names are the sidebar's own). */
export const jobKey = (sender: Browser.runtime.MessageSender, job: string) =>
  `${sender.tab!.id}:${job}`;

/**
 * Marks a sidebar's job as asked for before its analysis is queued (a comparison reads its source
 * first): a cancel from now on drops it. `forgetJob` once it is answered.
 */
export function expectJob(key: string): void {
  pending.add(key);
}

export function forgetJob(key: string): void {
  pending.delete(key);
  cancelled.delete(key);
}

/**
 * Runs analyses off the pages' main threads, one at a time, in order; a job whose sidebar closed
 * before its turn is dropped (null). A running one finishes: the analysis is synchronous, and
 * bounded by the length extraction keeps.
 */
export function queueAnalysis(
  key: string,
  work: () => Report | Promise<Report>,
): Promise<Report | null> {
  pending.add(key);
  const run = queue.then(() => {
    pending.delete(key);
    if (cancelled.delete(key)) return null;
    if (import.meta.env.MODE === 'e2e' && failNextForE2e) {
      failNextForE2e = false;
      throw new Error('e2e: this analysis was made to fail');
    }
    return work();
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Background: analyses the sidebars' pages (and keeps each for its comparison), and drops cancelled jobs. */
export function registerAnalysisService(): void {
  onMessage('analyzeArticle', ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return null;
    // The sidebar sends the page unsplit: the segmenter's first use in a page is slow (issue 20).
    const page = splitArticle(data.page);
    keepPage(sender.tab!.id!, data.pageId, page);
    return queueAnalysis(jobKey(sender, data.job), async () => {
      const report = await analyze(page);
      keepPageReport(sender.tab!.id!, data.pageId, report);
      // The source the sidebar will compare on its own: read it while the sidebar paints the score.
      const follow = sourceToFollow(report.sourceCandidates);
      if (follow) readAhead(follow.url, sender);
      return report;
    });
  });
  onMessage('cancelAnalysis', ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return;
    const key = jobKey(sender, data.job);
    if (pending.has(key)) cancelled.add(key);
  });
}
