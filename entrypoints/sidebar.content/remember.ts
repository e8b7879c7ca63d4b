import type { UnsplitArticle } from '../../lib/extract/article';
import { splitArticle } from '../../lib/extract/sentences';
import { alsoRetold, entryOf, type MemoryEntry } from '../../lib/memory/fingerprint';
import type { Report } from '../../lib/report/report';
import { pageEntryInBackground } from './analysis-request';
import { logError } from './error-log';
import type { Flow } from './flow';

/**
 * Remembers this page as fingerprints, and the source it was compared with, then lists the other
 * restatements of the same source the reader has seen. The background, which holds the page split,
 * makes the entries: with the comparison, or on asking; only if it no longer holds the page is the
 * page split and fingerprinted here.
 */
export async function remember(
  flow: Flow,
  article: UnsplitArticle,
  report: Report,
  compared?: { pageEntry: MemoryEntry; sourceEntry: MemoryEntry },
): Promise<void> {
  try {
    const pageEntry =
      compared?.pageEntry ??
      (await pageEntryInBackground(article)) ??
      entryOf(splitArticle(article), report, new Date());
    // A comparison that answered meanwhile remembers the page with its own Report.
    if (!compared && flow.state.source.kind === 'compared') return;
    await flow.memory.remember(pageEntry);
    if (compared) await flow.memory.remember(compared.sourceEntry);
    const sourceUrl = report.selfIsSource ? article.url : report.source?.url;
    if (!sourceUrl) return;
    const retold = alsoRetold(await flow.memory.all(), sourceUrl, article.url);
    if (flow.signal.aborted || flow.state.page.kind !== 'read') return;
    flow.set({ alsoRetold: retold });
  } catch (error) {
    // Memory is a convenience: a full or failing storage must not disturb the analysis.
    logError('remembering the page', error);
  }
}
