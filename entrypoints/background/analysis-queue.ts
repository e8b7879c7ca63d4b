// The background's analyses, one at a time: the sidebars' jobs by name, and those cancelled.
import type { Browser } from 'wxt/browser';
import type { Report } from '../../lib/report/report';

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

/** Drops the job if it has not started (its sidebar closed or read the page anew). */
export function cancelJob(key: string): void {
  if (pending.has(key)) cancelled.add(key);
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
