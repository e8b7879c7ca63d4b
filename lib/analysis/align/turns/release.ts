import turns from '../../../knowledge/lexicons/turns.json';
import { PhraseMatcher } from '../../../text/phrase-matcher';
import type { TurnedWording } from '../../../report/report';
import { clauseShared, clauseSharedAt, isContent, isGap, sameWord, tokensOf } from './words';

// A retelling that drops the bounds of a release: a plan told as done, a limited release (a
// preview, a paid tier, a region) made one for everyone, something free within a bound told as
// free.

const PLANS = new PhraseMatcher(turns.entries.plans);

const FUTURE = new PhraseMatcher(turns.entries.future);

/**
 * The passage says it plans to do something ("we plan to release the weights", "will be
 * available") and the claim says it done, with no word of a future or a maybe ("has released
 * the weights", "is available"): the word planned is the plan's last word or the one right after it.
 */
export function planTurned(claim: string, passage: string): TurnedWording | null {
  if (FUTURE.test(claim)) return null;
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  const plans = PLANS.find(passage);
  /** The word a plan bears on: its last word ("will be available") or the one after it. */
  const plannedBy = plans.map((plan) => {
    const last = theirs.findIndex((t) => t.end === plan.end);
    if (last < 0) return -1;
    let k = isContent(theirs[last]!) ? last : last + 1;
    while (theirs[k] && isGap(theirs[k]!) && k < last + 3) k++;
    return theirs[k] && isContent(theirs[k]!) ? k : -1;
  });
  for (const [p, plan] of plans.entries()) {
    const k = plannedBy[p]!;
    if (k < 0) continue;
    const planned = theirs[k]!;
    // "is available today … and will be available to free users next month": done for some.
    if (theirs.some((t, u) => sameWord(t, planned) && !plannedBy.includes(u))) continue;
    const done = mine.find((t) => sameWord(t, planned));
    if (done && clauseShared(passage, theirs, k, mine))
      return {
        kind: 'plan',
        source: passage.slice(plan.start, planned.end),
        page: claim.slice(done.start, done.end),
      };
  }
  return null;
}

const LIMITED_AVAILABILITY = new PhraseMatcher(turns.entries.limitedAvailability);

const UNIVERSAL_AVAILABILITY = new PhraseMatcher(turns.entries.universalAvailability);

/** "Pro users", "Plus and Team subscribers", "paying customers": a release for a paid tier. */
const TIER = `(?:${turns.entries.paidTiers.join('|')})`;
const FOR_A_TIER = new RegExp(
  String.raw`\b${TIER}(?:(?:,\s*|\s+(?:and|or)\s+)${TIER})*\s+(?:${turns.entries.audiences.join('|')})\b`,
  'iu',
);

/**
 * "available in the United States", "rolling out in Europe", "rolling out to Pro users in the
 * US": a release bound to a region, named within a few words of the release.
 */
const IN_A_REGION =
  /\b(?:available|launch(?:es|ed|ing)?|rolls? out|rolling out|released?)\s+(?:[\p{L}-]+\s+){0,4}?in\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*/u;

/**
 * A release the passage limits (a research preview, a beta, a waitlist, select customers, one
 * region) retold as for everyone ("available to all users", "generally available", "worldwide").
 */
export function availabilityTurned(claim: string, passage: string): TurnedWording | null {
  const everyone = UNIVERSAL_AVAILABILITY.first(claim);
  if (!everyone || UNIVERSAL_AVAILABILITY.test(passage)) return null;
  const limit = LIMITED_AVAILABILITY.first(passage);
  const audience = IN_A_REGION.exec(passage) ?? FOR_A_TIER.exec(passage);
  const bound = limit
    ? { text: limit.text, start: limit.start }
    : audience && { text: audience[0], start: audience.index };
  if (!bound) return null;
  // One word shared is enough: "The agent is generally available." says little else.
  return clauseSharedAt(passage, bound.start, claim, 1)
    ? { kind: 'scope', source: bound.text, page: everyone.text }
    : null;
}

/**
 * "free for the first month", "free during the beta", "free up to 1,000 requests a day", "free,
 * then $20 a month": free within a bound.
 */
const FREE_WITHIN =
  /\bfree\b(?:\s+of\s+charge)?,?\s+(?:(?:for|during|until|through|up\s+to)\s+(?:the\s+|a\s+|its\s+)?(?:first|\d|one|two|three|six|twelve|beta|preview|trial|launch|limited)|then\b)[^.;]*/iu;
/**
 * A claim that bounds it too, in its own words ("free at first", "a free trial", "free while in
 * beta"); "The preview is free." names the product, no bound.
 */
const BOUNDED =
  /\b(?:first|trial|until|then|initially|introductory|limited|up to|for now|(?:in|during|while in)\s+(?:the\s+)?(?:beta|preview))\b/iu;

/** Something free within a bound ("free for the first month, then $20") retold as free. */
export function priceTurned(claim: string, passage: string): TurnedWording | null {
  const within = FREE_WITHIN.exec(passage);
  if (!within || !/\bfree\b/iu.test(claim) || BOUNDED.test(claim)) return null;
  // The bound's figure kept ("1,000 free requests a day" for "free up to 1,000 requests").
  if ((within[0].match(/\d[\d,.]*\d|\d/gu) ?? []).some((n) => claim.includes(n))) return null;
  const page = /\bfree\b/iu.exec(claim)!;
  return clauseSharedAt(passage, within.index, claim)
    ? { kind: 'scope', source: within[0].trim(), page: page[0] }
    : null;
}
