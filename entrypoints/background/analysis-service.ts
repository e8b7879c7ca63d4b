import { analyze } from './lazy-modules';
import { fromOwnContentScript, onMessage } from '../../utils/messaging';
import { splitArticle } from '../../lib/extract/sentences';
import { cancelJob, jobKey, queueAnalysis } from './analysis-queue';
import { keepPage, keepPageReport } from './page-articles';
import { compareAhead } from './compare-service';

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
