import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';

const flag = (paragraphs: string[]) =>
  analyze(articleOf([FILLER, ...paragraphs])).flags.find(
    (f) => f.id === 'comparison-without-evidence',
  );

describe('comparison-without-evidence', () => {
  it('flags a comparison with no number or benchmark on the page', () => {
    const f = flag(['The startup says its model outperforms the market leader on coding.']);
    expect(f?.spans.map((s) => s.text)).toEqual([
      'The startup says its model outperforms the market leader on coding.',
    ]);
    expect(flag(['Their chips are better than anything else available.'])).toBeDefined();
  });

  it('does not flag a comparison backed by numbers or a named benchmark', () => {
    expect(
      flag([
        'The model outperforms the market leader, scoring 71% on SWE-bench Verified against 64%.',
      ]),
    ).toBeUndefined();
    expect(
      flag([
        'The model beats the leader on HumanEval, the company reports.',
        'It reached 88.1% there.',
      ]),
    ).toBeUndefined();
  });

  it('flags only the comparison that gives no figure of its own', () => {
    const f = flag([
      'The new chip trains models 2x faster than the old one.',
      'Its rival is better than anything else on the market.',
    ]);
    expect(f?.spans.map((s) => s.text)).toEqual([
      'Its rival is better than anything else on the market.',
    ]);
  });

  it('takes a ratio in words for a figure, not any number word', () => {
    const f = flag([
      'The new board runs robot models four times faster than the last one.',
      'It is twice as fast as its rival at half the power.',
      'Nine months ago, its rival was better than anything else on the market.',
    ]);
    expect(f?.spans.map((s) => s.text)).toEqual([
      'Nine months ago, its rival was better than anything else on the market.',
    ]);
  });

  it('does not flag a page without comparisons', () => {
    expect(flag(['The company released a new model on Monday.'])).toBeUndefined();
  });
});
