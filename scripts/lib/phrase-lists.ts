import { readdirSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../lib/analysis/analyze';
import type { Article } from '../../lib/extract/article';
import { topicTermsIn } from '../../lib/knowledge/registry';
import { longPhraseListsUsed } from '../../lib/text/phrase-matcher';
import { loadCases } from './fixture-internet.mjs';
import { savedPageArticle } from './saved-page';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The long phrase lists the analysis matches with, by key: those it made patterns for while
 * analysing the project's own pages (the seeds, alone and against their sources, and the e2e
 * pages), where every lexicon is used. For phrase-patterns.json and its test.
 */
export function longPhraseListsSeen(): ReadonlyMap<string, readonly string[]> {
  const cases = loadCases();
  const byUrl = new Map<string, Article>();
  for (const c of cases) {
    const article = savedPageArticle(path.join(root, 'seeds', c.fixture), c.url);
    if (article) byUrl.set(c.url, article);
  }
  for (const c of cases) {
    const page = byUrl.get(c.url);
    if (!page) continue;
    analyze(page);
    const source = c.kind === 'restatement' && c.source ? byUrl.get(c.source) : undefined;
    if (source) analyze(page, { sources: [source] });
  }
  const e2e = path.join(root, 'tests/e2e/pages');
  for (const f of readdirSync(e2e).filter((f) => f.endsWith('.html'))) {
    const page = savedPageArticle(path.join(e2e, f), `http://127.0.0.1:8080/pages/${f}`);
    if (page) analyze(page);
  }
  topicTermsIn('');
  return longPhraseListsUsed();
}
