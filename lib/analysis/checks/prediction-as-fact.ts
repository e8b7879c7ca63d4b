import predictions from '../../knowledge/lexicons/predictions.json';
import { sentenceSpan } from '../spans';
import { PhraseMatcher } from '../../text/phrase-matcher';
import { msg } from '../../words/message';
import { flagOf, type Check } from './check';

const PREDICTIONS = new PhraseMatcher(predictions.entries);

/** "Will increasingly prioritize", "is shifting", "inevitable", with no hedge. */
export const predictionAsFact: Check = {
  id: 'prediction-as-fact',
  title: msg('checks.predictionAsFact.name'),
  run({ page, strengths }) {
    const spans = page.sentences
      .filter(
        (s, i) => strengths[i]!.assertion && !strengths[i]!.uncertain && PREDICTIONS.test(s.text),
      )
      .map(sentenceSpan);
    if (!spans.length) return null;
    return flagOf(
      'prediction-as-fact',
      'warn',
      msg('checks.predictionAsFact.title'),
      msg('checks.predictionAsFact.detail'),
      spans,
    );
  },
};
