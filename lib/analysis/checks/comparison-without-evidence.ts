import { sentenceSpan } from '../spans';
import { COMPARATIVES } from '../../text/comparatives';
import { msg } from '../../words/message';
import { flagOf, type Check } from './check';

const NUMBER = /\d/u;

/** "Outperforms", "beats", "better than" with no benchmark or number anywhere near. */
export const comparisonWithoutEvidence: Check = {
  id: 'comparison-without-evidence',
  title: msg('checks.comparisonWithoutEvidence.name'),
  run({ page, strengths, evidence }) {
    if (evidence.benchmarks.length) return null;
    // Assertions, and headlines too ("Specialization Beats Scale: …" has no full stop but is the
    // page's sharpest claim).
    const spans = page.sentences
      .filter((s, i) => strengths[i]!.assertion || s.text.split(/\s+/).length >= 4)
      .filter((s) => COMPARATIVES.test(s.text) && !NUMBER.test(s.text))
      .map(sentenceSpan);
    if (!spans.length || evidence.numbers.length >= 3) return null;
    return flagOf(
      'comparison-without-evidence',
      'warn',
      msg('checks.comparisonWithoutEvidence.title'),
      msg('checks.comparisonWithoutEvidence.detail'),
      spans,
    );
  },
};
