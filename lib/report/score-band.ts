import { msg, type Message } from '../words/message';

/** How spun a score reads, in three bands, so colour is never the only signal. */
export type ScoreBand = 'heavy' | 'some' | 'little';

/** The band of a 0-100 spin score: heavy from 67, some from 34, else little. */
export function scoreBand(score: number): ScoreBand {
  return score >= 67 ? 'heavy' : score >= 34 ? 'some' : 'little';
}

const BAND_WORDS: Record<ScoreBand, Message> = {
  heavy: msg('score.heavy'),
  some: msg('score.some'),
  little: msg('score.little'),
};

/** A score's band in words ("Some spin"). */
export const scoreBandWords = (score: number): Message => BAND_WORDS[scoreBand(score)];
