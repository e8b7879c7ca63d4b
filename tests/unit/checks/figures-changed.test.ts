import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';
import { said } from '../support/said';

const source = articleOf(
  [
    FILLER,
    'The new scheduler reduced inference latency by 20% on small models.',
    'Its memory use fell by 29.6% on the same machines over the month.',
  ],
  { url: 'https://lab.example/blog/scheduler', title: 'Scheduler notes' },
);
const flag = (paragraphs: string[], withSource = true) =>
  analyze(
    articleOf([FILLER, ...paragraphs], { title: 'Scheduler news' }),
    withSource ? { source } : {},
  ).flags.find((f) => f.id === 'figures-changed');

describe('figures-changed', () => {
  it('flags a figure the source does not give, quoting both, with its sentence', () => {
    const f = flag(['The new scheduler reduced inference latency by 45% on small models.']);
    expect(f?.severity).toBe('high');
    expect(said(f?.messages.detail)).toBe(
      'One claim gives “45%” where the passage it restates gives “20%”, and the source gives “45%” nowhere.',
    );
    expect(f?.spans.map((s) => s.text)).toEqual([
      'The new scheduler reduced inference latency by 45% on small models.',
    ]);
  });

  it('does not flag the source’s figures, rounded or not, nor anything without a source', () => {
    expect(
      flag([
        'The new scheduler reduced inference latency by 20% on small models.',
        'Its memory use fell by 30% over the month.',
      ]),
    ).toBeUndefined();
    expect(
      flag(['The new scheduler reduced inference latency by 45% on small models.'], false),
    ).toBeUndefined();
  });
});
