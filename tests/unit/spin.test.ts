import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { articleOf, FILLER } from './support/article';

describe('spin score', () => {
  it('counts a claim whose figures the source does not give among the claims not in the source', () => {
    const source = articleOf(
      [FILLER, 'The new runtime reduced inference latency by 20% on small models.'],
      { url: 'https://lab.example/blog/runtime', title: 'Runtime notes' },
    );
    const spanTexts = (page: string) => {
      const report = analyze(articleOf([FILLER, page], { title: 'Runtime news' }), { source });
      return report.spin.components
        .find((c) => c.id === 'unsupported-claims')!
        .spans.map((s) => s.text);
    };
    expect(spanTexts('The new runtime reduced inference latency by 45% on small models.')).toEqual([
      'The new runtime reduced inference latency by 45% on small models.',
    ]);
    expect(spanTexts('The new runtime reduced inference latency by 20% on small models.')).toEqual(
      [],
    );
  });
});
