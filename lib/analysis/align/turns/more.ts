import boosters from '../../../knowledge/lexicons/boosters.json';
import quantifiers from '../../../knowledge/lexicons/quantifiers.json';
import turns from '../../../knowledge/lexicons/turns.json';
import { WORD_VALUE } from '../../../text/number-words';
import { PhraseMatcher } from '../../../text/phrase-matcher';
import type { TurnedWording } from '../../../report/report';
import {
  type Token,
  clauseShared,
  isContent,
  isGap,
  negatedAnywhere,
  sameWord,
  tokensOf,
} from './words';

// A retelling that says more than its passage: a plan told as done, a share made all, one of
// several made the one, a little made a lot, a problem lessened told as ended, a limited release
// made one for everyone, a place below the first made the top, a first or a record the source
// never claims.

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

const LIMITED = new PhraseMatcher([
  ...quantifiers.entries.limited,
  ...quantifiers.entries.many,
  ...quantifiers.entries.most,
]);

const ALL = new Set(['all', 'every', 'each']);

/** Shares smaller than most: a retelling that says "most" of what the passage says these of says more. */
const FEWER = new PhraseMatcher([...quantifiers.entries.limited, ...quantifiers.entries.many]);

const countValue = (word: string) => WORD_VALUE.get(word) ?? Number(word);

/** Farthest a quantifier may stand before its noun: "most of the gains", "all five tasks". */
const QUANTIFIER_REACH = 3;

/** A count in words or digits, for "two of the five tasks", "all five tasks". */
const isCount = (word: string) => WORD_VALUE.has(word) || /^\d+$/u.test(word);

/**
 * "Some users" retold as "all users", "two of the five tasks" as "all five tasks", "12
 * languages" as "every major language": the claim puts "all", "every" or "each" before a noun
 * that the passage gives a smaller share or a count of; or "most" before one the passage gives
 * less than most of ("some", "many", "two of the five").
 */
export function scopeTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  const numberParts = theirs.flatMap((t, k) => {
    if (!isCount(t.word) || theirs[k + 1]?.word !== 'of') return [];
    // "two of the five": the whole, when the passage counts it, for what share the part is.
    const whole = theirs.slice(k + 2, k + 4).find((w) => isCount(w.word));
    const share = whole ? countValue(t.word) / countValue(whole.word) : NaN;
    return [{ start: t.start, end: t.end, text: t.word, share }];
  });
  // "12 languages", "five tasks": a count of the noun, a limit unless the claim counts it too.
  // A whole number standing alone: not a piece of "65.8%" or "4o".
  const alone = (t: Token) =>
    /^\s?$/u.test(passage.slice(Math.max(0, t.start - 1), t.start)) &&
    /^\s/u.test(passage.slice(t.end, t.end + 1));
  const counted = theirs.flatMap((t, k) =>
    isCount(t.word) && alone(t) && theirs[k + 1]?.word !== 'of'
      ? [{ start: t.start, end: t.end, text: t.word }]
      : [],
  );
  const limits = [
    ...LIMITED.find(passage).filter((h) => !ALL.has(h.text.toLowerCase())),
    ...numberParts,
  ];
  /** Whether a quantifier ending at `end` bears on the passage's token `j`: few words between. */
  const before = (end: number, j: number) =>
    end <= theirs[j]!.start &&
    theirs.filter((t) => t.start >= end && t.end <= theirs[j]!.start).length <= QUANTIFIER_REACH;
  // Less than most: "some", "many", or a counted part under half ("two of the five").
  const fewer = [...FEWER.find(passage), ...numberParts.filter((p) => p.share < 0.5)];
  for (let i = 0; i < mine.length; i++) {
    const most = mine[i]!.word === 'most';
    if (!ALL.has(mine[i]!.word) && !most) continue;
    // "all five tasks" counts them as the passage may: only its other limits bear on it.
    const countsToo = mine.slice(i + 1, i + 1 + QUANTIFIER_REACH).some((t) => isCount(t.word));
    const bounds = most ? fewer : countsToo ? limits : [...limits, ...counted];
    // The noun, or a word before it ("every major language": "major", then "language").
    for (let n = i + 1; n <= i + QUANTIFIER_REACH && n < mine.length; n++) {
      if (!isContent(mine[n]!) || isCount(mine[n]!.word)) continue;
      const uses = theirs.flatMap((t, j) => (sameWord(t, mine[n]!) ? [j] : []));
      if (!uses.length) continue;
      // "Most users liked it, and all users could opt out": the passage says "all" of it too (or
      // "most", for a claim of most).
      const asMuch = (t: Token) => ALL.has(t.word) || (most && t.word === 'most');
      if (uses.some((j) => theirs.some((t) => asMuch(t) && before(t.end, j)))) break;
      for (const j of uses) {
        const limit = bounds.find((l) => before(l.end, j));
        if (limit && clauseShared(passage, theirs, j, mine))
          return {
            kind: 'scope',
            source: passage.slice(limit.start, theirs[j]!.end),
            page: claim.slice(mine[i]!.start, mine[n]!.end),
          };
      }
      // The first word the passage shares is the noun: words after it ("all the tests pass") are not.
      break;
    }
  }
  return null;
}

/** Farthest the counted noun may stand after "of": "two of the five diagnostic tasks". */
const PART_REACH = 4;
/**
 * Prepositions before a set a result holds over ("on tasks", "across the benchmarks"): a bare
 * plural elsewhere ("Researchers built the arm") says some, not all.
 */
const OVER = new Set(['on', 'across', 'in', 'for', 'at', 'over', 'among', 'against']);
/** Words that count or quantify a noun in the claim: "one of", "three", "some", "all". */
const counts = (t: Token) => isCount(t.word) || ALL.has(t.word) || t.word === 'of';

/**
 * "matched radiologists on one of the three diagnostic tasks" retold as "on diagnostic tasks"
 * or "on the diagnostic tasks": a counted part of a set told as the set the result holds over
 * (after "on", "across"…), with no count or quantifier before the claim's noun. The passage's
 * noun is the first plural after "of".
 */
export function partTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  for (let k = 0; k < theirs.length - 1; k++) {
    if (!isCount(theirs[k]!.word) || theirs[k + 1]!.word !== 'of') continue;
    let j = -1;
    for (let m = k + 2; m <= k + 1 + PART_REACH && m < theirs.length; m++) {
      if (isSuperlative(theirs[m]!)) break;
      if (isContent(theirs[m]!) && !isCount(theirs[m]!.word) && theirs[m]!.word.endsWith('s')) {
        j = m;
        break;
      }
    }
    if (j < 0) continue;
    const i = mine.findIndex((t) => t.word.endsWith('s') && sameWord(t, theirs[j]!));
    if (i < 0 || mine.slice(Math.max(0, i - QUANTIFIER_REACH), i).some(counts)) continue;
    if (!clauseShared(passage, theirs, j, mine)) continue;
    let from = i;
    while (
      from > 0 &&
      i - from < QUANTIFIER_REACH &&
      !isGap(mine[from - 1]!) &&
      !OVER.has(mine[from - 1]!.word) &&
      isContent(mine[from - 1]!)
    )
      from--;
    const lead = mine[from - 1]?.word === 'the' ? from - 2 : from - 1;
    if (!OVER.has(mine[lead]?.word ?? '')) continue;
    // "on several benchmarks", "across most tasks": a share, told as such.
    if (LIMITED.test(claim.slice(mine[lead]!.start, mine[i]!.start))) continue;
    return {
      kind: 'scope',
      source: passage.slice(theirs[k]!.start, theirs[j]!.end),
      page: claim.slice(mine[from]!.start, mine[i]!.end),
    };
  }
  return null;
}

const DOWNTONERS = new PhraseMatcher(turns.entries.downtoners);

const INTENSIFIERS = new Set(boosters.entries.intensity.filter((w) => !w.includes(' ')));

/** "slightly faster" retold as "dramatically faster": a downtoned word intensified. */
export function degreeTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  for (const down of DOWNTONERS.find(passage)) {
    const j = theirs.findIndex((t) => t.start > down.end);
    if (j < 0 || !isContent(theirs[j]!)) continue;
    const i = mine.findIndex(
      (t, k) => k > 0 && sameWord(t, theirs[j]!) && INTENSIFIERS.has(mine[k - 1]!.word),
    );
    if (i > 0 && clauseShared(passage, theirs, j, mine))
      return {
        kind: 'scope',
        source: passage.slice(down.start, theirs[j]!.end),
        page: claim.slice(mine[i - 1]!.start, mine[i]!.end),
      };
  }
  return null;
}

const [LESSENING, ENDING] = turns.entries.outcomes.map((group) => new Set(group)) as [
  Set<string>,
  Set<string>,
];

/**
 * "reduced hallucinations" retold as "eliminated hallucinations": a problem lessened told as
 * ended. Neither negates ("did not eliminate" says less), and the passage ends nothing itself.
 */
export function outcomeTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  if (negatedAnywhere(claim, mine) || negatedAnywhere(passage, theirs)) return null;
  const ended = mine.findIndex((t) => ENDING.has(t.word));
  const lessened = theirs.findIndex((t) => LESSENING.has(t.word));
  if (
    ended < 0 ||
    lessened < 0 ||
    theirs.some((t) => ENDING.has(t.word)) ||
    !clauseShared(passage, theirs, lessened, mine)
  )
    return null;
  return { kind: 'scope', source: theirs[lessened]!.word, page: mine[ended]!.word };
}

/** A superlative: "largest", "most", "best", "first". */
const isSuperlative = (t: Token) =>
  /^\p{L}{2,}est$/u.test(t.word) ||
  ['best', 'worst', 'most', 'least', 'first', 'top'].includes(t.word);

const ONE_OF = /\b(?:one of|among)\s+(?:the|its|their|our)\s*$/iu;

/**
 * "one of the largest open models" retold as "the largest open model": one of several made the
 * one. The claim's superlative has no "one of" or "among" before it.
 */
export function oneOfTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  for (let j = 0; j < theirs.length; j++) {
    if (!isSuperlative(theirs[j]!)) continue;
    const lead = passage.slice(Math.max(0, theirs[j]!.start - 24), theirs[j]!.start);
    if (!ONE_OF.test(lead)) continue;
    const i = mine.findIndex((t) => sameWord(t, theirs[j]!));
    if (i < 0 || ONE_OF.test(claim.slice(Math.max(0, mine[i]!.start - 24), mine[i]!.start)))
      continue;
    if (!clauseShared(passage, theirs, j, mine)) continue;
    // The passage's words from "one of" or "among" to the word after the superlative.
    const from = theirs[j]!.start - (lead.length - lead.match(ONE_OF)!.index!);
    return {
      kind: 'scope',
      source: passage.slice(from, theirs[j + 1]?.end ?? theirs[j]!.end),
      page: claim.slice(mine[Math.max(0, i - 1)]!.start, mine[i + 1]?.end ?? mine[i]!.end),
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
  const theirs = tokensOf(passage);
  const at = theirs.findIndex((t) => t.start >= bound.start);
  // One word shared is enough: "The agent is generally available." says little else.
  return at >= 0 && clauseShared(passage, theirs, at, tokensOf(claim), 1)
    ? { kind: 'scope', source: bound.text, page: everyone.text }
    : null;
}

const PLACE = `(?:${turns.entries.lowerPlaces.join('|')})`;
/**
 * A place below the first: "ranks second", "came in third", "second place", "second-best",
 * "second on the leaderboard".
 */
const LOWER_PLACE = new RegExp(
  [
    String.raw`\b(?:rank(?:s|ed|ing)?|plac(?:e|es|ed|ing)|finish(?:es|ed|ing)?|c[oa]me(?:s)?|land(?:s|ed)?|sits?|sat|takes?|took)\s+(?:in\s+|at\s+)?(?:a\s+|the\s+)?${PLACE}\b`,
    String.raw`\b${PLACE}[\s-](?:place|best|highest|spot|position)\b`,
    String.raw`\b${PLACE}\s+(?:on|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:leaderboard|ranking|rankings|table|arena)\b`,
  ].join('|'),
  'iu',
);

const TOP_RANK = new PhraseMatcher(turns.entries.topRanks);

/**
 * A place below the first on a ranking ("ranks second on the leaderboard, behind GPT-5") retold
 * as the top ("tops the leaderboard"), of the same thing.
 */
export function rankTurned(claim: string, passage: string): TurnedWording | null {
  const top = TOP_RANK.first(claim);
  if (!top || TOP_RANK.test(passage)) return null;
  const place = LOWER_PLACE.exec(passage);
  if (!place) return null;
  const theirs = tokensOf(passage);
  const at = theirs.findIndex((t) => t.start >= place.index);
  return at >= 0 && clauseShared(passage, theirs, at, tokensOf(claim))
    ? { kind: 'scope', source: place[0], page: top.text }
    : null;
}

const NOVELTY = new PhraseMatcher(turns.entries.novelty);

const SINCE = /^\s*since\b/iu;

/**
 * A first or a record the source never claims ("set a record", "the world's first", "than any
 * other"), in this passage or anywhere else (`sourceSays`: whether the sources write a phrase).
 */
export function noveltyTurned(
  claim: string,
  passage: string,
  sourceSays: (phrase: string) => boolean,
): TurnedWording | null {
  const added = NOVELTY.first(claim);
  // A source that claims any first or record anywhere may be retold as claiming this one.
  if (!added || NOVELTY.test(passage) || turns.entries.novelty.some(sourceSays)) return null;
  // "for the first time since GPT-2" is a first only since then; and a source that writes
  // "first" anywhere ("our first open-weight models") may be retold as claiming a first.
  if (/first/iu.test(added.text) && (SINCE.test(claim.slice(added.end)) || sourceSays('first')))
    return null;
  return { kind: 'added', source: '', page: added.text };
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
  const theirs = tokensOf(passage);
  const at = theirs.findIndex((t) => t.start >= within.index);
  const page = /\bfree\b/iu.exec(claim)!;
  return at >= 0 && clauseShared(passage, theirs, at, tokensOf(claim))
    ? { kind: 'scope', source: within[0].trim(), page: page[0] }
    : null;
}
