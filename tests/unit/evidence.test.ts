import { describe, expect, it } from 'vitest';
import { findEvidence } from '../../lib/analysis/evidence';
import { articleOf, FILLER } from './support/article';

const evidenceOf = (sentence: string) => findEvidence(articleOf([FILLER, sentence]));

describe('findEvidence: citations and voices a page gives', () => {
  it('reads arXiv identifiers and DOIs as citations', () => {
    expect(
      evidenceOf(
        'The method is described in arXiv:2501.01234v2 and in a paper with DOI 10.1145/3442188.3445922 from last year.',
      ).citations.map((c) => c.text),
    ).toEqual(['arXiv:2501.01234v2', '10.1145/3442188.3445922']);
    expect(
      evidenceOf(
        'The full study is at doi.org/10.1000/xyz123 for anyone who wants it.',
      ).citations.map((c) => c.text),
    ).toEqual(['doi.org/10.1000/xyz123']);
    expect(evidenceOf('Version 2.1 of the model shipped in 2026.').citations).toEqual([]);
  });

  it('hears a named voice after "according to", and none in "according to the company"', () => {
    expect(
      evidenceOf('According to Gartner Research, spending on small models will double.').voices.map(
        (v) => v.text,
      ),
    ).toEqual(['Gartner Research']);
    expect(
      evidenceOf('Spending on small models will double, according to Gartner Research.').voices.map(
        (v) => v.text,
      ),
    ).toEqual(['Gartner Research']);
    expect(
      evidenceOf(
        'According to Mozilla’s manifesto, the project is run by its community.',
      ).voices.map((v) => v.text),
    ).toEqual(['Mozilla']);
    expect(
      evidenceOf('According to the company, spending on small models will double.').voices,
    ).toEqual([]);
  });

  it('hears a named voice before a reporting verb, not a pronoun', () => {
    expect(
      evidenceOf(
        'Jane Smith, a researcher at a university lab, said the gains are real.',
      ).voices.map((v) => v.text),
    ).toEqual(['Jane Smith']);
    expect(evidenceOf('They said the gains are real.').voices).toEqual([]);
  });
});
