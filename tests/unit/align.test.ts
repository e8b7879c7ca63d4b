import { describe, expect, it } from 'vitest';
import { alignClaims, measureReuse } from '../../lib/analysis/align/align';
import { articleOf, FILLER } from './support/article';

// A source and a page written here: one claim paraphrased, one strengthened, one weakened, one
// invented, one editorial; and caveats the page drops.
const source = articleOf(
  [
    'In our tests, the compact model reached a character error rate of 2.1 percent on scanned invoices.',
    'Smaller specialized models may cost less to run than general models for narrow, high-volume work.',
    'General models always remain the better choice for open-ended tasks that span many domains.',
    'These results come from one domain and one benchmark, and they should be read that way.',
    'Each specialized model needs its own training data, evaluation and maintenance.',
  ],
  { url: 'https://lab.example/blog/compact-ocr', title: 'Compact OCR results' },
);
const page = articleOf(
  [
    FILLER,
    'The compact model reached a character error rate of 2.1 percent on scanned invoices, the lab says.',
    'Smaller specialized models always cost less to run than general models for narrow work.',
    'General models can be the better choice for open-ended tasks spanning many domains.',
    'The compact model will replace human data-entry clerks within a year.',
    'Bottom line: we think buyers should rethink their checklists.',
  ],
  { title: 'A compact model wins' },
);
const statusOf = (fragment: string) => {
  const { matches } = alignClaims(page, source);
  const i = page.sentences.findIndex((s) => s.text.includes(fragment));
  return matches[i]!;
};

describe('alignClaims', () => {
  it('supports a faithful paraphrase and links its passage with a text fragment', () => {
    const m = statusOf('character error rate');
    expect(m.status).toBe('supported');
    expect(m.match?.text).toContain('character error rate of 2.1 percent');
    expect(m.match?.fragmentUrl).toMatch(/^https:\/\/lab\.example\/blog\/compact-ocr#:~:text=In%20our%20tests/);
  });

  it('catches a claim made stronger than the source (a hedge dropped, a universal added)', () => {
    expect(statusOf('always cost less').status).toBe('strengthened');
  });

  it('catches a claim made weaker than the source', () => {
    expect(statusOf('can be the better choice').status).toBe('weakened');
  });

  it('calls an invented claim unsupported, and the page’s own opinion editorial', () => {
    expect(statusOf('data-entry clerks').status).toBe('unsupported');
    expect(statusOf('Bottom line').status).toBe('editorial');
  });

  it('lists the source’s limits and trade-offs the page left out', () => {
    const kinds = alignClaims(page, source).omissions.map((o) => [o.kind, o.text.slice(0, 20)]);
    expect(kinds).toContainEqual(['limit', 'These results come f']);
    expect(kinds).toContainEqual(['trade-off', 'Each specialized mod']);
  });
});

describe('measureReuse', () => {
  it('measures the share of the page copied from the source in runs of six words or more', () => {
    const r = measureReuse('one two three four five six seven. Something else entirely here now.', 'zero one two three four five six seven eight');
    expect(r.passages.map((p) => p.text)).toEqual(['one two three four five six seven']);
    expect(r.share).toBeCloseTo(7 / 12, 2);
  });

  it('finds nothing in unrelated texts', () => {
    expect(measureReuse('The cat sat on the warm mat all day.', 'Stocks fell sharply on Monday after the report.').share).toBe(0);
  });
});
