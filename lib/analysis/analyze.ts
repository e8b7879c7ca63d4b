// TEMPORARY stub by the lead engineer so the extension builds; the analysis engineer replaces it.
import type { Article } from '../extract/article';
import { REPORT_VERSION, type Report } from './report';

export function analyze(page: Article, _options: { source?: Article } = {}): Report {
  return {
    version: REPORT_VERSION,
    page: { url: page.url, title: page.title, publisher: page.site, role: 'unknown', roleReasons: [], byline: page.byline, published: page.published, wordCount: page.wordCount },
    claims: [],
    evidence: { numbers: [], benchmarks: [], citations: [], quotes: [], voices: [] },
    flags: [],
    spin: { score: 0, basis: 'page', components: [] },
    topics: [],
    loadedTerms: [],
    sourceCandidates: [],
    incentives: [],
  };
}
