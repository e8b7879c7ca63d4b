import type { UnsplitArticle } from '../../lib/extract/article';
import { NoArticleError, readArticle } from '../../lib/extract/extract';
import type { Report } from '../../lib/report/report';
import { msg, type Message } from '../../lib/words/message';
import { analyzeInBackground, BackgroundGoneError } from './analysis-request';
import { logError } from './error-log';
import type { Flow } from './flow';

/**
 * Elements past which reading the page keeps the reader waiting long enough to see: on the 24
 * real pages of `npm run bench:browser` (441 to 2,564 elements) extraction took 20 to 45 ms, about
 * in proportion, so past this it takes 50 ms or more. Below it, showing "Reading this page…"
 * first would cost a frame and show for less time than one.
 */
const LONG_READ_ELEMENTS = 3_000;

/** Whether reading this page takes long enough that the sidebar should show it is reading first. */
export function isLongRead(doc: Document): boolean {
  return doc.querySelectorAll('*').length > LONG_READ_ELEMENTS;
}

/**
 * Reads the page and shows its Report, or says why there is none. The page's Article and Report
 * when it was read (for the flows that start after the score shows), else null.
 */
export async function readPage(
  flow: Flow,
): Promise<{ article: UnsplitArticle; report: Report } | null> {
  // Closed before its turn came (a second click at once): nothing to read for.
  if (flow.signal.aborted) return null;
  try {
    // Reading the page needs its DOM, so it runs here; the sentence split and the analysis run in
    // the background.
    const article = readArticle(document, { url: location.href });
    const report = await analyzeInBackground(flow.signal, article);
    if (!report || flow.signal.aborted) return null;
    flow.set({
      page: { kind: 'read', article, report },
      source: report.selfIsSource ? { kind: 'self' } : { kind: 'none' },
      restPending: true,
    });
    flow.flags.setReport(report);
    return { article, report };
  } catch (error) {
    if (flow.signal.aborted) return null;
    flow.set({ page: { kind: 'no-article', message: unreadMessage(error) } });
    return null;
  }
}

/** What the sidebar says when the page could not be read. */
function unreadMessage(error: unknown): Message {
  if (error instanceof NoArticleError) {
    // A page whose text sits in a frame: say where to look instead of only "no article".
    const framed = Array.from(document.querySelectorAll('iframe, frame')).some(
      (f) => f.getBoundingClientRect().height > 200,
    );
    return framed ? msg('sidebar.framed') : error.messages.message;
  }
  if (error instanceof BackgroundGoneError) return msg('sidebar.backgroundGone');
  logError('reading the page', error);
  return msg('sidebar.unreadable');
}
