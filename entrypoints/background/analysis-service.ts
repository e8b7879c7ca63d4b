import { analyze } from '../../lib/analysis/analyze';
import { fromOwnContentScript, onMessage } from '../../utils/messaging';

/** E2E builds only: the next analysis fails, so tests see what the sidebar says then. */
let failNextForE2e = false;
export function failNextAnalysisForE2e(): void {
  failNextForE2e = true;
}

/**
 * Background: runs the analysis for the sidebars, off the pages' main threads. One job at a time,
 * in order; a job whose sidebar closed before its turn is dropped (a running one finishes: the
 * analysis is synchronous, and bounded by the length extraction keeps).
 */
export function registerAnalysisService(): void {
  const pending = new Set<string>();
  const cancelled = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();
  onMessage('analyzeArticle', ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return null;
    const key = `${sender.tab!.id}:${data.job}`;
    pending.add(key);
    const run = queue.then(() => {
      pending.delete(key);
      if (cancelled.delete(key)) return null;
      if (import.meta.env.MODE === 'e2e' && failNextForE2e) {
        failNextForE2e = false;
        throw new Error('e2e: this analysis was made to fail');
      }
      return analyze(
        data.page,
        data.sources?.length
          ? { sources: data.sources }
          : data.source
            ? { source: data.source }
            : {},
      );
    });
    queue = run.catch(() => undefined);
    return run;
  });
  onMessage('cancelAnalysis', ({ data, sender }) => {
    if (!fromOwnContentScript(sender)) return;
    const key = `${sender.tab!.id}:${data.job}`;
    if (pending.has(key)) cancelled.add(key);
  });
}
