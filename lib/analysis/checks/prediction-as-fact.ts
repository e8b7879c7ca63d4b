import predictions from '../../knowledge/lexicons/predictions.json';
import { sentenceSpan } from '../spans';
import { PhraseMatcher } from '../text/phrase-matcher';
import type { Check } from './check';

const PREDICTIONS = new PhraseMatcher(predictions.entries);

/** "Will increasingly prioritize", "is shifting", "inevitable", with no hedge. */
export const predictionAsFact: Check = {
  id: 'prediction-as-fact',
  title: 'Predictions stated as fact',
  run({ page, strengths }) {
    const spans = page.sentences
      .filter((s, i) => strengths[i]!.assertion && !strengths[i]!.uncertain && PREDICTIONS.test(s.text))
      .map(sentenceSpan);
    if (!spans.length) return null;
    return {
      id: 'prediction-as-fact',
      severity: 'warn',
      title: 'States predictions as facts',
      detail: 'These sentences say what will happen, or what is already shifting, without a hedge or the evidence for the trend.',
      spans,
    };
  },
};
