import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { articleOf, FILLER } from './support/article';

const page = articleOf(
  [
    'Acme Labs says its new model is dramatically better than every rival, according to the post.',
    'The model scored 71.2 on the benchmark, the company said, and it will transform the industry.',
    FILLER,
  ],
  { url: 'https://digest.example/acme', title: 'Acme model beats rivals' },
);
const source = articleOf(
  [
    'Our new model scored 71.2 on the benchmark in our tests.',
    'It may help some teams, though results on other tasks could differ.',
    FILLER,
  ],
  { url: 'https://acme.example/blog/model', title: 'Our new model' },
);

describe('analyze keeps what it read of a page', () => {
  it('a comparison after the page alone is the same Report as one read cold', () => {
    analyze(page);
    const again = analyze(page, { source });
    const cold = analyze({ ...page }, { source });
    expect(again).toEqual(cold);
    expect(again.claims.some((c) => c.status !== 'unchecked')).toBe(true);
  });

  it('reads the page once: the second analysis takes the page-only parts from the first', () => {
    const first = analyze(page);
    const second = analyze(page, { source });
    expect(second.evidence).toBe(first.evidence);
    expect(second.loadedTerms).toBe(first.loadedTerms);
  });

  it("builds each Report's claims anew, so one Report's claims never change another's", () => {
    const first = analyze(page);
    const second = analyze(page, { source });
    expect(second.claims[0]).not.toBe(first.claims[0]);
    const before = structuredClone(first.claims);
    analyze(page, { source });
    expect(first.claims).toEqual(before);
  });
});
