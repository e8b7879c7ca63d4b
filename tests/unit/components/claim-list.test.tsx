// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClaimList } from '../../../components/ClaimList';
import { analyze } from '../../../lib/analysis/analyze';
import type { Claim, SourceInfo } from '../../../lib/report/report';
import { articleOf, FILLER } from '../support/article';

/** The claims of a retelling compared with its source, as the sidebar gets them. */
function claimsOf(source: string[], page: string[]): Claim[] {
  const src = articleOf(source, { url: 'https://lab.example/blog/notes', title: 'Lab notes' });
  return analyze(articleOf(page, { title: 'Retold' }), { source: src }).claims;
}

/** What the sidebar shows for the claim containing `fragment`: its level line and its comparison line. */
function shown(claims: Claim[], fragment: string, sources?: SourceInfo[]) {
  const root = document.createElement('div');
  render(<ClaimList claims={claims} onShow={() => {}} sources={sources} />, root);
  const item = [...root.querySelectorAll('[data-testid="claim"]')].find((li) =>
    li.textContent!.includes(fragment),
  )!;
  return {
    level: item.querySelector('[data-testid="claim-strength"]')!.textContent,
    compared: item.querySelector('[data-testid="claim-compared"]')?.textContent ?? null,
    status: item.querySelector('.status')!.textContent,
    source: item.querySelector('.match')?.textContent ?? null,
  };
}

describe('ClaimList', () => {
  it('shows the words that set each level: the relation, the hedge, the word that makes it sweeping', () => {
    const claims = claimsOf(
      [FILLER],
      [
        'The new compiler cuts build times for large projects.',
        'Longer prompts are linked to lower accuracy on coding tasks.',
        'The agent could reduce support costs for small teams.',
        'Small models always beat large ones on invoices.',
        'Specialized models beat general ones for most real-world tasks.',
      ],
    );
    expect(shown(claims, 'compiler').level).toBe('direct: “cuts”');
    expect(shown(claims, 'Longer prompts').level).toBe('correlational: “linked to”');
    expect(shown(claims, 'could reduce').level).toBe('hedged: “could”');
    expect(shown(claims, 'always beat').level).toBe('sweeping: “always”');
    // "Most" widens a claim without ruling out exceptions: sweeping, not "no exception".
    expect(shown(claims, 'real-world').level).toBe('sweeping: “for most”');
  });

  it('says that the source denied what the page claims, quoting the denial', () => {
    const claims = claimsOf(
      ['Distillation did not improve accuracy on the held-out coding tasks.', FILLER],
      [
        FILLER,
        'Distillation improved accuracy on the held-out coding tasks.',
        'Fine-tuning had no measurable effect on latency in production.',
      ],
    );
    const retold = shown(claims, 'Distillation improved');
    expect(retold.compared).toBe('The source denies it (“did not improve”); this page claims it.');
    expect(shown(claims, 'no measurable effect').level).toBe(
      'denies a relation: “had no measurable effect”',
    );
  });

  it('says when the page turns the source’s words, quoting both: the opposite, and a plan told as done', () => {
    const claims = claimsOf(
      [
        'The assistant does not store conversations after the session ends.',
        'We plan to release the weights later this year.',
        FILLER,
      ],
      [
        'The assistant stores conversations after the session ends.',
        'The lab has released the weights.',
        FILLER,
      ],
    );
    const opposite = shown(claims, 'stores conversations');
    expect(opposite.status).toContain('Not in the source');
    expect(opposite.compared).toBe(
      'The source says the opposite (“not store conversations”); this page says “stores conversations”.',
    );
    const done = shown(claims, 'released the weights');
    expect(done.status).toContain('Stronger than the source');
    expect(done.compared).toBe(
      'The source gives it as a plan (“plan to release”); this page says it is done (“released”).',
    );
  });

  it('names what the source never mentions, and offers the closest passage of an uncertain claim as such', () => {
    const claims = claimsOf(
      [
        'The compact model scored 0.91 on scanned invoices, ahead of the largest commercial model.',
        'Each specialized model needs its own training data and regular maintenance.',
        FILLER,
      ],
      [
        FILLER,
        'The compact model scored 0.91 on scanned invoices, ahead of GPT-5 and Gemini Ultra.',
        'Every specialized model requires separate training data, which small teams find hard to collect.',
      ],
    );
    const invented = shown(claims, 'GPT-5');
    expect(invented.status).toContain('Not in the source');
    expect(invented.compared).toBe('The source never mentions “GPT-5”, “Gemini Ultra”.');
    // An uncertain claim (its passage a weak match) shows that passage as the closest, not as what the source says.
    const paraphrase = claims.find((c) => c.text.startsWith('Every specialized'))!;
    const unsure: Claim = { ...paraphrase, status: 'uncertain' };
    expect(shown([unsure], 'Every specialized').status).toBe(
      '? Unclear: no passage clearly says it',
    );
    expect(shown([unsure], 'Every specialized').source).toMatch(
      /^Closest in the source: Each specialized/,
    );
    expect(shown([paraphrase], 'Every specialized').source).toMatch(
      /^The source says: Each specialized/,
    );
  });

  it('names the source a passage is from when the page was compared with several', () => {
    const release = articleOf(
      [FILLER, 'The robotics model reasons about video in fractions of a second.'],
      { url: 'https://robots.example/news/launch', title: 'Robots Inc launches a model' },
    );
    const post = articleOf(
      [FILLER, 'Developers can fine-tune the model for a particular robot or warehouse task.'],
      { url: 'https://robots.example/blog/thinking', title: 'How the model thinks' },
    );
    const report = analyze(
      articleOf([FILLER, 'Developers can fine-tune it for a particular robot or warehouse task.']),
      { sources: [release, post] },
    );
    expect(shown(report.claims, 'Developers can', report.sources).source).toMatch(
      /^“How the model thinks” says: Developers can fine-tune/,
    );
  });

  it('says which hedge a claim dropped when that, not its level, makes it stronger', () => {
    const claims = claimsOf(
      [
        'Preliminary results indicate that the agent completes coding tasks faster than human developers.',
        FILLER,
      ],
      [FILLER, 'The agent completes coding tasks faster than human developers.'],
    );
    expect(shown(claims, 'The agent completes').compared).toBe(
      'The source hedges it (“indicate”); this page does not.',
    );
  });

  it('quotes the parity a claim turned into a win', () => {
    const claims = claimsOf(
      ['The small model matches GPT-4 on invoice extraction tasks.', FILLER],
      [FILLER, 'The small model outperforms GPT-4 on invoice extraction tasks.'],
    );
    expect(shown(claims, 'outperforms').compared).toBe(
      'The source calls them about equal (“matches”); this page says “outperforms”.',
    );
  });

  it('quotes both figures when the page changed the source’s, and lists that claim first', () => {
    const claims = claimsOf(
      ['The new runtime reduced inference latency by 20% on small models.', FILLER],
      [FILLER, 'The new runtime reduced inference latency by 45% on small models.'],
    );
    const retold = shown(claims, 'by 45%');
    expect(retold.compared).toBe('The source gives “20%”; this page says “45%”.');
    const root = document.createElement('div');
    render(<ClaimList claims={claims} onShow={() => {}} />, root);
    const first = root.querySelector('[data-testid="claim"]')!;
    expect([first.getAttribute('data-status'), first.textContent]).toEqual([
      'figures-differ',
      expect.stringContaining('Figures differ from the source'),
    ]);
  });
});
