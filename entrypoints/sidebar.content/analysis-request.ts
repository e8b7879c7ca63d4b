import type { UnsplitArticle } from '../../lib/extract/article';
import type { MemoryEntry } from '../../lib/memory/fingerprint';
import type { Report } from '../../lib/report/report';
import { sendMessage, type CompareResult, type SourceVia } from '../../utils/messaging';
import { logError } from './error-log';

/** The background did not answer the analysis (it failed, or the extension was updated under this page). */
export class BackgroundGoneError extends Error {
  constructor(cause: unknown) {
    super('the background did not answer', { cause });
  }
}

/**
 * Names this injection's jobs and pages for the background: unique across injections of the
 * script into the same tab (a page's `crypto.randomUUID` is missing on http pages).
 */
const INJECTION = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let lastJob = 0;
const nextName = () => `${INJECTION}:${++lastJob}`;

/** The name each page Article was analysed under: the background keeps the Article by it. */
const pageIds = new WeakMap<UnsplitArticle, string>();

/**
 * Runs a job in the background; when the signal is aborted the background drops it if it has not
 * started, and the answer is null. A background that does not answer is a BackgroundGoneError.
 */
async function backgroundJob<T>(
  signal: AbortSignal,
  what: string,
  send: (job: string) => Promise<T>,
): Promise<T | null> {
  const job = nextName();
  const cancel = () => void sendMessage('cancelAnalysis', { job }).catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const answer = await send(job);
    return signal.aborted ? null : answer;
  } catch (error) {
    if (signal.aborted) return null;
    logError(`the background did not answer ${what}`, error);
    throw new BackgroundGoneError(error);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/**
 * The page's Report, computed by the background (off the page's main thread), which keeps the
 * Article for the comparison that may follow. The analysis is not bundled here as well: it would
 * double what every page loads to open the sidebar. Null when the signal was aborted.
 */
export function analyzeInBackground(
  signal: AbortSignal,
  page: UnsplitArticle,
): Promise<Report | null> {
  const pageId = nextName();
  pageIds.set(page, pageId);
  return backgroundJob(signal, 'the analysis', (job) =>
    sendMessage('analyzeArticle', { page, pageId, job }),
  );
}

/**
 * Compares the page with its source in the background, in one round trip: the background reads
 * the source itself and uses the page it kept; only if it no longer holds it (a service worker
 * restarted) is the page sent again. Null when the signal was aborted or the job dropped.
 */
export async function compareInBackground(
  signal: AbortSignal,
  page: UnsplitArticle,
  source: { url: string; via: SourceVia; companions: string[] },
): Promise<CompareResult | null> {
  const pageId = pageIds.get(page) ?? nextName();
  const ask = (withPage: boolean) =>
    backgroundJob(signal, 'the comparison', (job) =>
      sendMessage('compareWithSource', {
        ...source,
        pageId,
        job,
        ...(withPage ? { page } : {}),
      }),
    );
  let answer = await ask(false);
  if (answer && !answer.ok && answer.reason === 'page-unknown') answer = await ask(true);
  if (!answer || (!answer.ok && answer.reason === 'cancelled')) return null;
  return answer;
}

/** The page entries asked for, by page: the feed search and remembering the page share one. */
const pageEntries = new WeakMap<UnsplitArticle, Promise<MemoryEntry | null>>();

/**
 * The page's memory entry with its own Report, made by the background, which holds the page split;
 * null when it no longer holds it (a restarted service worker) or does not answer. Asked once.
 */
export function pageEntryInBackground(page: UnsplitArticle): Promise<MemoryEntry | null> {
  const pageId = pageIds.get(page);
  if (!pageId) return Promise.resolve(null);
  let entry = pageEntries.get(page);
  if (!entry) {
    entry = sendMessage('pageMemoryEntry', { pageId }).catch(() => null);
    pageEntries.set(page, entry);
  }
  return entry;
}
