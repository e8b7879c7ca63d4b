import { analyze, sourceCandidatesOf } from './lazy-modules';
import { fromOwnContentScript, onMessage } from '../../utils/messaging';
import { splitArticle } from '../../lib/extract/sentences';
import { cancelJob, expectJob, jobKey, queueAnalysis } from './analysis-queue';
import { keepPage, keepPageReport } from './page-articles';
import { compareAhead } from './compare-service';
import { sourcesToRead } from '../../lib/source/follow-source';
import { readAhead } from './source-reader';

/** Background: analyses the sidebars' pages (and keeps each for its comparison), and drops cancelled jobs. */
export function registerAnalysisService(): void {
  onMessage('analyzeArticle', async ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return null;
    // The sidebar sends the page unsplit: the segmenter's first use in a page is slow (issue 20).
    const page = splitArticle(data.page);
    keepPage(sender.tab!.id!, data.pageId, page);
    const key = jobKey(sender, data.job);
    // A cancel from now on drops the job, though it is queued only after the read ahead starts.
    expectJob(key);
    // The source the sidebar will compare it with is fetched while the page is analysed: the
    // fetch waits on the network, not on the analysis (docs/speed.md). Its failures are the
    // comparison's to tell.
    await sourceCandidatesOf(page)
      .then((candidates) => readAhead(sourcesToRead(candidates)))
      .catch(() => {});
    return queueAnalysis(key, async () => {
      const report = await analyze(page);
      keepPageReport(sender.tab!.id!, data.pageId, report);
      // The comparison the sidebar will ask for on its own: made while it paints the score.
      compareAhead(data.pageId, page, report, sender);
      return report;
    });
  });
  onMessage('cancelAnalysis', ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return;
    cancelJob(jobKey(sender, data.job));
  });
}
