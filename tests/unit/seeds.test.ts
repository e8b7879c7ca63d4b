import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { extractArticle } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { discoverSources } from '../../lib/source/discover';
import { loadCases, type SeedCase } from '../../scripts/lib/fixture-internet.mjs';
import { english } from '../../lib/words/english';

// Each seed's report is held to what seeds/README.md says a careful reader would flag.
const seeds = path.resolve(__dirname, '../../seeds');
const cases = loadCases();
const extract = (c: SeedCase) =>
  extractArticle(parseHtmlDocument(readFileSync(path.join(seeds, c.fixture), 'utf8'), c.url), {
    url: c.url,
  });
const sources = new Map(cases.filter((c) => c.kind === 'source').map((c) => [c.url, extract(c)]));
const pages = cases.filter((c) => c.kind === 'restatement');

describe.each(pages)('seed $id', (seed) => {
  const page = extract(seed);
  const pageOnly = analyze(page);
  const withSource = analyze(page, { source: sources.get(seed.source!)! });

  it('raises every flag a careful reader would, page-only ones without the source', () => {
    const ids = pageOnly.flags.map((f) => f.id);
    for (const id of seed.expect!.flags!.filter((f) => f !== 'attribution-mismatch'))
      expect(ids).toContain(id);
    expect(withSource.flags.map((f) => f.id)).toEqual(expect.arrayContaining(seed.expect!.flags!));
  });

  it('credits the source to Dharma AI, not Hugging Face, once the source is read', () => {
    const f = withSource.flags.find((x) => x.id === 'attribution-mismatch')!;
    expect(english(f.messages.title)).toBe(
      'Credits Hugging Face; the source was written by Dharma AI',
    );
    expect(withSource.source?.author?.name).toBe('Dharma AI');
    expect(withSource.source?.host).toEqual({
      name: 'Hugging Face',
      domain: 'huggingface.co',
      platform: true,
    });
  });

  it('pins the incentive on Dharma AI, the author, not on the platform alone', () => {
    const author = withSource.incentives.find((i) => i.role === 'author');
    expect(author?.org).toBe('Dharma AI');
    expect(author?.topics).toContain('specialization');
  });

  it('ranks the linked source first, or reports it named but not linked', () => {
    const d = discoverSources(page);
    if (seed.linksSource) {
      expect(d.candidates[0]?.url).toBe(seed.source);
      expect(d.candidates[0]!.confidence).toBeGreaterThanOrEqual(0.6);
    } else {
      expect(d.candidates.filter((c) => c.confidence >= 0.6)).toEqual([]);
      expect(d.named).toContainEqual(
        expect.objectContaining({ name: 'Hugging Face', linked: false }),
      );
    }
  });

  it('scores page+source with components that point at sentences of the page', () => {
    expect(withSource.spin.basis).toBe('page+source');
    expect(pageOnly.spin.basis).toBe('page');
    for (const c of withSource.spin.components)
      for (const s of c.spans) expect(page.text.slice(s.start, s.end)).toBe(s.text);
    for (const f of withSource.flags)
      for (const s of f.spans) expect(page.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('the primary sources themselves', () => {
  it.each([...sources.values()])('$url is its own source, not a restatement', (source) => {
    const report = analyze(source);
    expect(report.selfIsSource).toBe(true);
    expect(report.page.role).toBe('company-blog');
    expect(report.flags.map((f) => f.id)).not.toContain('no-source-link');
  });
});
