import quantifiers from '../../../knowledge/lexicons/quantifiers.json';
import { WORD_VALUE } from '../../../text/number-words';
import { PhraseMatcher } from '../../../text/phrase-matcher';
import type { TurnedWording } from '../../../report/report';
import { type Token, clauseShared, isContent, isGap, sameWord, tokensOf } from './words';

// A retelling that makes a share of something more of it: some made all or most, a count made
// every one, a counted part made the whole set, one of several made the one.

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
