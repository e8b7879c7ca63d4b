import { aiAuthorshipDisclosed } from './ai-authorship-disclosed';
import { aiAuthorshipLikely } from './ai-authorship-likely';
import { attributionMismatchCheck } from './attribution-mismatch';
import type { Check } from './check';
import { comparisonWithoutEvidence } from './comparison-without-evidence';
import { figuresChanged } from './figures-changed';
import { noSourceLink } from './no-source-link';
import { noTradeoffs } from './no-tradeoffs';
import { predictionAsFact } from './prediction-as-fact';
import { sourceNamedNotLinked } from './source-named-not-linked';
import { universalClaims } from './universal-claims';
import { vendorOnlyVoices } from './vendor-only-voices';

/** Every check, in the order their flags are shown. A meta-test keeps this list complete. */
export const CHECKS: readonly Check[] = [
  attributionMismatchCheck,
  figuresChanged,
  noSourceLink,
  sourceNamedNotLinked,
  comparisonWithoutEvidence,
  universalClaims,
  predictionAsFact,
  vendorOnlyVoices,
  noTradeoffs,
  aiAuthorshipDisclosed,
  aiAuthorshipLikely,
];
