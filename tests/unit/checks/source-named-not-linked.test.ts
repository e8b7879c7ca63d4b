import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';
import { said } from '../support/said';

describe('source-named-not-linked', () => {
  it('flags a page that credits an organisation without linking it', () => {
    const report = analyze(
      articleOf([FILLER, 'Anthropic argues that interpretability research is urgent.']),
    );
    const f = report.flags.find((x) => x.id === 'source-named-not-linked');
    expect(said(f?.messages.title)).toContain('Anthropic');
    expect(f?.spans[0]?.text).toBe('Anthropic argues that interpretability research is urgent.');
  });

  it('names an organisation once when the page credits it twice, as author and as where it appeared', () => {
    const report = analyze(
      articleOf([
        FILLER,
        'Acme Labs argues that small models win on invoices, as first posted on the Acme Labs blog.',
      ]),
    );
    const f = report.flags.find((x) => x.id === 'source-named-not-linked');
    expect(said(f?.messages.title)).toBe('Credits Acme Labs but links nothing of theirs');
    expect(said(f?.messages.detail)).not.toContain('Acme Labs and Acme Labs');
  });

  it('does not flag it when the page links the organisation’s site', () => {
    const report = analyze(
      articleOf([FILLER, 'Anthropic argues that interpretability research is urgent.'], {
        links:
          '<p><a href="https://www.anthropic.com/research/some-post">Read the original post</a></p>',
      }),
    );
    expect(report.flags.map((f) => f.id)).not.toContain('source-named-not-linked');
  });
});
