import type { UnsplitArticle } from '../../lib/extract/article';
import { splitArticle } from '../../lib/extract/sentences';
import { alsoRetold, entryOf, type MemoryEntry } from '../../lib/memory/fingerprint';
import type { Report } from '../../lib/report/report';
import { logError } from './error-log';
import type { Flow } from './flow';

/**
 * Remembers this page as fingerprints, and the source it was compared with, then lists the other
 * restatements of the same source the reader has seen. After a comparison the background, which
 * holds both texts split, made both entries; else the page's is made here.
 */
export async function remember(
  flow: Flow,
  article: UnsplitArticle,
  report: Report,
  compared?: { pageEntry: MemoryEntry; sourceEntry: MemoryEntry },
): Promise<void> {
  try {
    // The fingerprints read the first sentences: split here, after the score is shown.
    const pageEntry = compared?.pageEntry ?? entryOf(splitArticle(article), report, new Date());
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
