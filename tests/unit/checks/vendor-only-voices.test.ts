import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';
import { said } from '../support/said';

const flag = (paragraphs: string[]) =>
  analyze(articleOf([FILLER, ...paragraphs])).flags.find((f) => f.id === 'vendor-only-voices');

describe('vendor-only-voices', () => {
  it('flags a page that only relays the vendor', () => {
    const f = flag([
      'Acme Robotics argues that humanoid robots will staff warehouses.',
      'The company says demand is growing fast.',
    ]);
    expect(said(f?.messages.title)).toContain('Acme Robotics');
  });

  it('does not flag a page with an independent voice', () => {
    expect(
      flag([
        'Acme Robotics argues that humanoid robots will staff warehouses.',
        'Jane Doe, a robotics researcher who was not involved, said the claim is premature.',
      ]),
    ).toBeUndefined();
  });

  it('does not flag a page that credits no one', () => {
    expect(flag(['Humanoid robots were shown at a trade fair this week.'])).toBeUndefined();
  });
});
