import tradeoffs from '../../knowledge/lexicons/tradeoffs.json';
import { PhraseMatcher } from '../text/phrase-matcher';
import type { Check } from './check';

/** Words so common they mark no limit by themselves. */
const TOO_COMMON = new Set(['but', 'only', 'still', 'cost', 'costs', 'limit', 'risk']);
const LIMITS = new PhraseMatcher(tradeoffs.entries.filter((t) => !TOO_COMMON.has(t)));
/** Below this many claims a page is too short to owe the reader its limits. */
const MIN_CLAIMS = 5;

/** A one-sided page: many claims, not one limit, cost, risk or trade-off. */
export const noTradeoffs: Check = {
  id: 'no-tradeoffs',
  title: 'No trade-offs or limits',
  run({ page, claims, strengths }) {
    const assertions = claims.filter((_, i) => strengths[i]!.assertion);
    if (assertions.length < MIN_CLAIMS || page.sentences.some((s) => LIMITS.test(s.text))) return null;
    return {
      id: 'no-tradeoffs',
      severity: 'warn',
      title: 'Mentions no trade-offs or limits',
      detail: `The page makes ${assertions.length} claims and names no cost, risk, limitation or trade-off of what it describes.`,
      spans: assertions.filter((c) => c.strength === 'universal' || c.strength === 'direct').slice(0, 5).map(({ start, end, text }) => ({ start, end, text })),
    };
  },
};
