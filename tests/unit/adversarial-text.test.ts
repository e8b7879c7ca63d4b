import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { assessSentence } from '../../lib/analysis/claim-strength';
import { alignClaims } from '../../lib/analysis/align/align';
import { anchorPassage, describePassage, locateQuote } from '../../lib/flags/anchor';
import { normalizeUrl } from '../../lib/source/normalize-url';
import { siteOfInput } from '../../lib/settings/settings';
import { articleOf } from './support/article';

// Inputs built to trip backtracking regular expressions: long runs of one character, of word and
// separator pairs, unclosed quotes and brackets, and nested-looking numbers. The lint rule
// regexp/no-super-linear-backtracking checks the patterns statically; this runs the pipeline on
// such text end to end, so a quadratic or exponential path shows up as a test that never ends.
const N = 60_000;
const ADVERSARIAL = [
  'a'.repeat(N),
  ' '.repeat(N) + 'x',
  'ab '.repeat(N / 3),
  '1.'.repeat(N / 2) + 'x',
  '1,0'.repeat(N / 3) + '%',
  '"'.repeat(N),
  '('.repeat(N / 2) + 'x',
  "don't ".repeat(N / 6),
  'may '.repeat(N / 4),
  'not always '.repeat(N / 11),
  'http://a.'.repeat(N / 9),
  '—'.repeat(N),
  'a-'.repeat(N / 2) + '!',
  'in our tests '.repeat(N / 13),
];

describe('adversarial text', () => {
  it.each(ADVERSARIAL.map((s, i) => [i, s] as const))(
    'claim strength reads adversarial input %i to the end',
    (_, text) => {
      const r = assessSentence(text);
      for (const cue of [...r.hedges, ...r.boosters])
        expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    },
  );

  it('the whole analysis, with a source, finishes on a page made of them', () => {
    const page = articleOf(ADVERSARIAL.map((s) => `${s.slice(0, 20_000)}.`));
    const source = articleOf(
      ADVERSARIAL.slice()
        .reverse()
        .map((s) => `${s.slice(0, 20_000)}.`),
      { url: 'https://lab.example/post' },
    );
    const report = analyze(page, { source });
    expect(report.version).toBeGreaterThan(0);
    expect(alignClaims(page, source).matches.length).toBe(page.sentences.length);
  });

  it('addresses, site names and flag anchors finish on them too', () => {
    for (const s of ADVERSARIAL) {
      normalizeUrl(`https://example.com/${s}?${s}`);
      siteOfInput(s);
      const text = `${s} tail`;
      expect(
        anchorPassage(text, describePassage(text, 0, Math.min(50, text.length))),
      ).not.toBeNull();
      locateQuote(text, s.slice(0, 200));
    }
  });
});
