import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';

const flag = (paragraphs: string[]) =>
  analyze(articleOf([FILLER, ...paragraphs])).flags.find((f) => f.id === 'prediction-as-fact');

describe('prediction-as-fact', () => {
  it('flags forecasts stated as certain', () => {
    expect(flag(['Open models will replace closed APIs within two years.'])?.spans).toHaveLength(1);
    expect(flag(['The market is shifting from chatbots to agents.'])).toBeDefined();
    expect(flag(['Consolidation among chip makers is inevitable.'])).toBeDefined();
  });

  it('leaves hedged forecasts and reports of the past alone', () => {
    expect(flag(['Open models may replace closed APIs within two years.'])).toBeUndefined();
    expect(flag(['We expect prices could fall further next year.'])).toBeUndefined();
    expect(flag(['Prices fell by a third last year.'])).toBeUndefined();
  });
});
