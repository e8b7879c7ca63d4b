import { sentenceSpan } from '../spans';
import { COMPARATIVES } from '../../text/comparatives';
import { ONES, TEENS, TENS } from '../../text/number-words';
import { msg } from '../../words/message';
import { flagOf, type Check } from './check';

const DIGIT = /\d/u;
/**
 * A comparison's figure in words: "four times faster", "twice as fast", "half the cost", "a
 * tenfold gain", "thirty percent cheaper". Other number words ("billion-dollar deals", "nine
 * months ago") give no size to the comparison.
 */
const RATIO_IN_WORDS = new RegExp(
  String.raw`\b(?:(?:${[...ONES, ...TEENS, ...TENS, 'a hundred', 'a thousand'].join('|')})(?:\s+times|\s+percent|\s+per\s+cent|-?fold)|twice|half|double|triple|tenfold|hundredfold)\b`,
  'iu',
);
const hasFigure = (text: string) => DIGIT.test(text) || RATIO_IN_WORDS.test(text);

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
      .filter((s) => COMPARATIVES.test(s.text) && !hasFigure(s.text))
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
