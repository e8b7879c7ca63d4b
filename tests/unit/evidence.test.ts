import { describe, expect, it } from 'vitest';
import { findEvidence } from '../../lib/analysis/evidence';
import { articleOf, FILLER } from './support/article';

const evidenceOf = (sentence: string) => findEvidence(articleOf([FILLER, sentence]));
const citationsIn = (sentence: string) => evidenceOf(sentence).citations.map((c) => c.text);
const voicesIn = (sentence: string) => evidenceOf(sentence).voices.map((v) => v.text);

describe('findEvidence: citations and voices a page gives', () => {
  it('reads arXiv identifiers and DOIs as citations', () => {
    expect(
      citationsIn(
        'The method is described in arXiv:2501.01234v2 and in a paper with DOI 10.1145/3442188.3445922 from last year.',
      ),
    ).toEqual(['arXiv:2501.01234v2', '10.1145/3442188.3445922']);
    expect(
      citationsIn('The full study is at doi.org/10.1000/xyz123 for anyone who wants it.'),
    ).toEqual(['doi.org/10.1000/xyz123']);
    expect(citationsIn('Version 2.1 of the model shipped in 2026.')).toEqual([]);
  });

  it('hears a named voice after "according to", and none in "according to the company"', () => {
    expect(
      voicesIn('According to Gartner Research, spending on small models will double.'),
    ).toEqual(['Gartner Research']);
    expect(
      voicesIn('Spending on small models will double, according to Gartner Research.'),
    ).toEqual(['Gartner Research']);
    expect(
      voicesIn('According to Mozilla’s manifesto, the project is run by its community.'),
    ).toEqual(['Mozilla']);
    expect(voicesIn('According to the company, spending on small models will double.')).toEqual([]);
  });

  it('hears a named voice before a reporting verb, not a pronoun', () => {
    expect(
      voicesIn('Jane Smith, a researcher at a university lab, said the gains are real.'),
    ).toEqual(['Jane Smith']);
    expect(voicesIn('They said the gains are real.')).toEqual([]);
  });

  it('labels a known company’s voice without the word before it that describes it', () => {
    const voices = evidenceOf('Chipmaker Nvidia said the board ships in March.').voices;
    expect(voices.map((v) => [v.text, v.label])).toEqual([['Chipmaker Nvidia', 'Nvidia']]);
    const after = evidenceOf('After Vireo Labs said the board ships in March, prices fell.').voices;
    expect(after.map((v) => v.label)).toEqual(['Vireo Labs']);
  });

  it('hears a voice named after the verb, not a listener or a lone letter', () => {
    expect(voicesIn('“The gains are real,” said Jane Q. Smith, a researcher.')).toEqual([
      'Jane Q. Smith',
    ]);
    expect(voicesIn('The gains are real, says Omar Haddad of the lab.')).toEqual(['Omar Haddad']);
    expect(voicesIn('The gains are real, the engineer, who built it, told Reuters.')).toEqual([]);
    expect(voicesIn('“The gains are real,” said C.')).toEqual([]);
    // A dash after the name, as old texts write one: "said I--" is the writer.
    expect(voicesIn('“The gains are real,” said I--')).toEqual([]);
  });
});
