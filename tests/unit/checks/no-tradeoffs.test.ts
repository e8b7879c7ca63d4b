import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';

const CLAIMS = [
  'The new assistant writes code faster than any tool before it.',
  'It answers customer questions in every language.',
  'Teams that adopt it ship products in half the time.',
  'The assistant learns each company’s style within days.',
  'Analysts expect it to become the standard tool for developers.',
];
const flag = (paragraphs: string[]) =>
  analyze(articleOf([FILLER, ...paragraphs])).flags.find((f) => f.id === 'no-tradeoffs');

describe('no-tradeoffs', () => {
  it('flags a page of claims with no limit, cost, risk or trade-off', () => {
    expect(flag(CLAIMS)).toBeDefined();
  });

  it('does not flag a page that names a limit or a trade-off', () => {
    expect(flag([...CLAIMS, 'However, it makes more mistakes on legacy code.'])).toBeUndefined();
    expect(flag([...CLAIMS, 'The main drawback is the price of each seat.'])).toBeUndefined();
  });

  it('does not flag a page that says what is not known or not yet checked', () => {
    expect(
      flag([...CLAIMS, 'Independent researchers have not yet reproduced the score.']),
    ).toBeUndefined();
    expect(
      flag([...CLAIMS, 'The team said it has not been tested on private code.']),
    ).toBeUndefined();
    expect(
      flag([...CLAIMS, 'Faster on the benchmark is not necessarily faster in production.']),
    ).toBeUndefined();
  });

  it('takes a reading of the result denied for a limit, and a "not that" of degree for none', () => {
    expect(
      flag([...CLAIMS, 'The point is not that the assistant replaces the team’s reviewers.']),
    ).toBeUndefined();
    expect(flag([...CLAIMS, 'Setting it up is not that hard for most teams.'])).toBeDefined();
  });

  it('does not flag a short page that makes few claims', () => {
    expect(flag(CLAIMS.slice(0, 2))).toBeUndefined();
  });
});
