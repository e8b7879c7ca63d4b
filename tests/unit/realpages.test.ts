import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { extractArticle, NoArticleError } from '../../lib/extract/extract';
import { readPageMeta } from '../../lib/extract/page-meta';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { matchMemory, shingleHashes, sourceEntryOf } from '../../lib/memory/fingerprint';
import { discoverSources } from '../../lib/source/discover';
import { matchFeedItems } from '../../lib/source/feeds';

// Readability's 130 real saved pages: the analysis runs on each without error, with sound offsets,
// and invents no confident primary source for ordinary pages.
const dir = path.resolve(__dirname, '../../../shared/realpages');
let names: string[] = [];
try {
  names = readdirSync(dir).filter((f) => f.endsWith('.html'));
} catch {
  names = [];
}

describe.skipIf(!names.length)('the real pages corpus', () => {
  const outcomes = names.map((name) => {
    const html = readFileSync(path.join(dir, name), 'utf8');
    const doc = parseHtmlDocument(html, `https://realpages.example/${name}`);
    // The address the page was saved from (its canonical or og:url), as the browser had it.
    const meta = readPageMeta(doc, doc.URL);
    const url = meta.canonical ?? meta.ogUrl ?? doc.URL;
    try {
      const article = extractArticle(doc, { url });
      return { name, article, report: analyze(article), discovery: discoverSources(article) };
    } catch (error) {
      if (error instanceof NoArticleError)
        return { name, article: null, report: null, discovery: null };
      throw error;
    }
  });

  it('analyses every page (or says it has no article) with sound offsets and scores', () => {
    expect(outcomes.length).toBeGreaterThan(100);
    for (const { article, report } of outcomes) {
      if (!article || !report) continue;
      expect(report.spin.score).toBeGreaterThanOrEqual(0);
      expect(report.spin.score).toBeLessThanOrEqual(100);
      for (const c of report.claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);
      for (const f of report.flags)
        for (const s of f.spans) expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(() => JSON.parse(JSON.stringify(report))).not.toThrow();
    }
  });

  it('never takes another article for this page’s source, from memory or from a feed', () => {
    // Every page remembered as a source and listed in one feed (with a 300-character summary, as
    // feeds' descriptions go), every page matched against the others. The corpus holds copies of one
    // text (Readability's lorem-ipsum tests, a page saved twice); pages sharing no 5-word phrase are
    // different articles, and none of those may match.
    const read = outcomes.flatMap((o) => (o.article ? [o.article] : []));
    const entries = read.map((a) => sourceEntryOf(a, new Date('2026-01-01T00:00:00Z')));
    const items = read.map((a) => ({
      url: a.url,
      title: a.title,
      published: null,
      text: a.text.slice(0, 300),
    }));
    const shingles = read.map((a) => new Set(shingleHashes(a)));
    const different = (i: number, j: number) =>
      j !== i && ![...shingles[j]!].some((h) => shingles[i]!.has(h));
    const wrong: string[] = [];
    read.forEach((page, i) => {
      for (const m of matchMemory(page, entries)) {
        if (different(i, entries.indexOf(m.entry)))
          wrong.push(`memory: ${page.title} ← ${m.entry.title} (${m.confidence})`);
      }
      for (const m of matchFeedItems(page, items, 'all')) {
        if (
          different(
            i,
            items.findIndex((x) => x.url === m.url),
          )
        )
          wrong.push(`feed: ${page.title} ← ${m.title} (${m.confidence})`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('invents a confident source for fewer than 5% of ordinary pages', () => {
    const read = outcomes.filter((o) => o.discovery);
    const confident = read.filter((o) => o.discovery!.candidates.some((c) => c.confidence >= 0.6));
    expect(confident.length / read.length).toBeLessThan(0.05);
  });
});
