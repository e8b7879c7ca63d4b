import type { UnsplitArticle } from '../../lib/extract/article';
import { splitArticle } from '../../lib/extract/sentences';
import { alsoRetold, entryOf, type MemoryEntry } from '../../lib/memory/fingerprint';
import type { Report } from '../../lib/report/report';
import { logError } from './error-log';
import type { Flow } from './flow';

/**
 * Remembers this page (and the source it was compared with: its entry, from the background, which
 * read it) as fingerprints, then lists the other restatements of the same source the reader has
 * seen.
 */
export async function remember(
  flow: Flow,
  article: UnsplitArticle,
  report: Report,
  sourceEntry?: MemoryEntry,
): Promise<void> {
  try {
    const now = new Date();
    // The fingerprints read the first sentences: split here, after the score is shown.
    await flow.memory.remember(entryOf(splitArticle(article), report, now));
    if (sourceEntry) await flow.memory.remember(sourceEntry);
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
