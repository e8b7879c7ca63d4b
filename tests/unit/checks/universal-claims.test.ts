import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';

const flag = (paragraphs: string[]) =>
  analyze(articleOf([FILLER, ...paragraphs])).flags.find((f) => f.id === 'universal-claims');

describe('universal-claims', () => {
  it('flags sweeping claims (always, everywhere, for most), with their sentences', () => {
    const f = flag([
      'Retrieval-augmented chatbots always give more accurate answers than plain ones.',
      'Every company will adopt agents by next year.',
    ]);
    expect(f?.spans.map((s) => s.text)).toEqual([
      'Retrieval-augmented chatbots always give more accurate answers than plain ones.',
      'Every company will adopt agents by next year.',
    ]);
  });

  it('flags generalisations like "for most real-world tasks" and "consistently"', () => {
    expect(flag(['Small models consistently beat large ones on translation.'])).toBeDefined();
    expect(flag(['The new index is faster for most real-world workloads.'])).toBeDefined();
  });

  it('does not flag negated or hedged universals', () => {
    expect(flag(['Small models do not always beat large ones.'])).toBeUndefined();
    expect(flag(['Scaling is not inevitable, the authors write.'])).toBeUndefined();
    expect(flag(['The method may work on some tasks.'])).toBeUndefined();
  });
});
