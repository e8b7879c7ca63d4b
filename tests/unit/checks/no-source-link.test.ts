import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';

const ids = (paragraphs: string[], options = {}) =>
  analyze(articleOf([FILLER, ...paragraphs], options)).flags.map((f) => f.id);

describe('no-source-link', () => {
  it('flags a restatement that neither links nor names a source', () => {
    expect(ids(['A new model is said to beat the best systems at chess and go.'])).toContain(
      'no-source-link',
    );
  });

  it('does not flag a page that links its source', () => {
    expect(
      ids(['A new model is said to beat the best systems at chess and go.'], {
        links: '<p>Source: <a href="https://arxiv.org/abs/2601.01234">the paper on arXiv</a></p>',
      }),
    ).not.toContain('no-source-link');
  });

  it('flags a page that names only a person with a title: there is no site of theirs to link', () => {
    const flags = ids(['Acme CEO Maria Okafor said the new arm ships in May to every warehouse.']);
    expect(flags).toContain('no-source-link');
    expect(flags).not.toContain('source-named-not-linked');
    // An organisation named and not linked has its own, more precise flag.
    const named = ids(['Acme Robotics said the new arm ships in May to every warehouse.']);
    expect(named).not.toContain('no-source-link');
    expect(named).toContain('source-named-not-linked');
  });

  it('does not flag a company’s own post, which is the source', () => {
    expect(
      ids(['We are releasing a new model today.'], { url: 'https://openai.com/index/new-model/' }),
    ).not.toContain('no-source-link');
  });
});
