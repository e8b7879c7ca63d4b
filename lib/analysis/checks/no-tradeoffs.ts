import limits from '../../knowledge/lexicons/limits.json';
import tradeoffs from '../../knowledge/lexicons/tradeoffs.json';
import { PhraseMatcher } from '../../text/phrase-matcher';
import { DENIED_READING } from '../denied-reading';
import { msg, plural } from '../../words/message';
import { flagOf, type Check } from './check';

/** Words so common they mark no limit by themselves. */
const TOO_COMMON = new Set(['but', 'only', 'still', 'cost', 'costs', 'limit', 'risk']);
/**
 * Trade-off words (tradeoffs.json), and the ways a text admits what is not known or not shown
 * (limits.json's disclaimers and unknowns: "does not prove", "has not yet been reproduced"; and a
 * reading of its result denied: denied-reading.ts).
 */
const LIMITS = new PhraseMatcher([
  ...tradeoffs.entries.filter((t) => !TOO_COMMON.has(t)),
  ...limits.entries.disclaimers,
  ...limits.entries.unknowns,
]);
/** Below this many claims a page is too short to owe the reader its limits. */
const MIN_CLAIMS = 5;

/** A one-sided page: many claims, not one limit, cost, risk or trade-off. */
export const noTradeoffs: Check = {
  id: 'no-tradeoffs',
  title: msg('checks.noTradeoffs.name'),
  run({ page, claims, strengths }) {
    const assertions = claims.filter((_, i) => strengths[i]!.assertion);
    if (
      assertions.length < MIN_CLAIMS ||
      page.sentences.some((s) => LIMITS.test(s.text) || DENIED_READING.test(s.text))
    )
      return null;
    return flagOf(
      'no-tradeoffs',
      'warn',
      msg('checks.noTradeoffs.title'),
      plural('checks.noTradeoffs.detail', assertions.length),
      assertions
        .filter((c) => c.strength === 'universal' || c.strength === 'direct')
        .slice(0, 5)
        .map(({ start, end, text }) => ({ start, end, text })),
    );
  },
};
