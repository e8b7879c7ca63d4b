import { warmFormats } from '../../components/format';
import type { Article } from '../../lib/extract/article';
import type { Report } from '../../lib/report/report';
import { sendMessage } from '../../utils/messaging';
import { logError } from './error-log';

/** The background did not answer the analysis (it failed, or the extension was updated under this page). */
export class BackgroundGoneError extends Error {
  constructor(cause: unknown) {
    super('the background did not answer', { cause });
  }
}

/** Names this content script's analysis jobs for the background, which may drop one when asked. */
let lastJob = 0;

/**
 * The Report, computed by the background (off the page's main thread). The analysis is not
 * bundled here as well: it would double what every page loads to open the sidebar. When the
 * signal is aborted the background drops the job if it has not started; null then.
 */
export async function analyzeInBackground(
  signal: AbortSignal,
  page: Article,
  source?: Article,
  companions: Article[] = [],
): Promise<Report | null> {
  const job = ++lastJob;
  const cancel = () => void sendMessage('cancelAnalysis', { job }).catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
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
    const report = await reply;
    return signal.aborted ? null : report;
  } catch (error) {
    if (signal.aborted) return null;
    logError('the background did not answer the analysis', error);
    throw new BackgroundGoneError(error);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
