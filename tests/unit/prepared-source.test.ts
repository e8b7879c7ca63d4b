import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { alignClaims } from '../../lib/analysis/align/align';
import { preparedSource } from '../../lib/analysis/align/prepared-source';
import { Vocabulary, wordsOf } from '../../lib/text/terms';
import { articleOf, FILLER } from './support/article';

const source = articleOf(
  [
    'Our new model scored 71.2 on the reasoning benchmark in our tests.',
    'It may help some support teams, though results on other tasks could differ.',
    'The model does not claim to generalize to every enterprise workload.',
    'Training took twelve days on a cluster of accelerators in our own data centre.',
    FILLER,
  ],
  { url: 'https://acme.example/blog/model', title: 'Our new model' },
);

// The first page restates the caveat and adds words the source never uses; the second leaves the
// caveat out, so the source's sentence it covered must come back as an omission.
const first = articleOf(
  [
    'Acme says the model may help some support teams, though results on other tasks could differ.',
    'Zephyrine quasars and marmalade orchestras were nowhere in the announcement, the writer adds.',
    FILLER,
  ],
  { url: 'https://digest.example/one', title: 'Acme model for support teams' },
);
const second = articleOf(
  [
    'Acme says its new model scored 71.2 on the reasoning benchmark and beats every rival.',
    'Zephyrine quasars, the company says, trained the model in twelve days.',
    FILLER,
  ],
  { url: 'https://digest.example/two', title: 'Acme model beats rivals' },
);

describe('Vocabulary.fork', () => {
  it('keeps the words read so far in the same numbering and adds new ones to the fork alone', () => {
    const base = new Vocabulary();
    const read = wordsOf('Models beat the benchmark', base);
    const terms = base.termCount;
    const fork = base.fork();
    expect(wordsOf('Models beat the benchmark', fork).ids).toEqual(read.ids);
    expect(wordsOf('quasars orchestrate', fork).ids).toEqual([4, 5]);
    expect(fork.termCount).toBe(terms + 2);
    expect(base.termCount).toBe(terms);
    expect(base.idOfTerm('quasar')).toBe(-1);
  });
});

describe('preparedSource: a source read once for every page compared with it', () => {
  it('is made once per set of Articles, in order', () => {
    const other = articleOf(['A companion post about the same model and its benchmark.', FILLER]);
    expect(preparedSource(source)).toBe(preparedSource(source));
    expect(preparedSource([source, other])).toBe(preparedSource([source, other]));
    expect(preparedSource([source, other])).not.toBe(preparedSource(source));
    expect(preparedSource([other, source])).not.toBe(preparedSource([source, other]));
    expect(preparedSource({ ...source })).not.toBe(preparedSource(source));
  });

  it('is left as it was by the pages compared with it', () => {
    const kept = preparedSource(source);
    const terms = kept.vocabulary.termCount;
    alignClaims(first, source);
    alignClaims(second, source);
    expect(kept.vocabulary.termCount).toBe(terms);
    expect(kept.vocabulary.idOfTerm('zephyrin')).toBe(-1);
  });

  it('gives each page the Report a source read cold gives it', () => {
    const caveat = 'It may help some support teams, though results on other tasks could differ.';
    // The first page restates the caveat: not an omission there.
    expect(analyze({ ...first }, { source }).omissions?.map((o) => o.text)).not.toContain(caveat);
    const kept = analyze({ ...second }, { source });
    const cold = analyze({ ...second }, { source: { ...source } });
    expect(kept).toEqual(cold);
    // The caveat the first page covered is one the second page left out.
    expect(kept.omissions?.map((o) => o.text)).toContain(caveat);
    expect(kept.claims.some((c) => c.status === 'supported')).toBe(true);
  });
});
