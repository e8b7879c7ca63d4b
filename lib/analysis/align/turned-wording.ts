import negations from '../../knowledge/lexicons/negations.json';
import quantifiers from '../../knowledge/lexicons/quantifiers.json';
import turns from '../../knowledge/lexicons/turns.json';
import stopwords from '../../knowledge/stopwords.json';
import { PhraseMatcher } from '../../text/phrase-matcher';
import { stem } from '../../text/stem';
import type { TurnedWording } from '../../report/report';

// A retelling close enough in words to be a passage's counterpart may still say the opposite of
// it or more than it: "does not support audio" retold as "supports audio", "latency fell" as
// "latency rose", "we plan to release" as "has released", "some users" as "all users". The word
// measures cannot see it (semantic.ts leaves negation and direction out); these rules read it
// from the words the two share, after de Marneffe et al. (2008): negation, antonymy, modality.

interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const tokensOf = (text: string): Token[] =>
  [...text.matchAll(WORD)].map((m) => {
    const word = m[0].toLowerCase();
    return { word, stem: stem(word), start: m.index, end: m.index + m[0].length };
  });

const STOPWORDS = new Set(stopwords.entries);
/** Words that negate what follows them closely: "does not support", "no model beat", "can't run". */
const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'without', 'nor']);
const isNegator = (word: string) => NEGATORS.has(word) || /n['’]t$/u.test(word);
/**
 * After these a negation is not the verb's: "not only reads text", "not necessarily better" (a
 * hedge, read by the strength rules), "no less than".
 */
const NOT_NEGATING_NEXT = new Set([
  'only',
  'just',
  'merely',
  'simply',
  'necessarily',
  'least',
  'less',
]);
/**
 * Any negation at all: the strength rules' phrases ("lack of", "rather than"), a word that negates
 * by its meaning ("stops", "bars"), or a negating word that negates ("not only" does not).
 */
const NEGATION_PHRASES = new PhraseMatcher(negations.entries.cues.filter((c) => c.includes(' ')));
const NEGATIVE_WORDS = new Set([
  ...negations.entries.cues.filter((c) => !c.includes(' ')),
  ...turns.entries.negativeVerbs,
]);
const negatedAnywhere = (text: string, tokens: readonly Token[]) =>
  NEGATION_PHRASES.test(text) ||
  tokens.some(
    (t, k) =>
      (isNegator(t.word) || NEGATIVE_WORDS.has(t.word)) &&
      !NOT_NEGATING_NEXT.has(tokens[k + 1]?.word ?? ''),
  );

/** Words that may stand between a negation or a plan and the word it bears on ("not yet fully"). */
const isGap = (t: Token) => STOPWORDS.has(t.word) || t.word.endsWith('ly') || t.word === 'yet';
/** Farthest a negation may stand before the word it negates. */
const NEGATION_REACH = 3;
const isContent = (t: Token) =>
  t.word.length >= 3 && /\p{L}/u.test(t.word) && !STOPWORDS.has(t.word) && !isNegator(t.word);

/** The negation that bears on token `i`, if any: within reach, with only gap words between. */
function negationBefore(tokens: readonly Token[], i: number): number | null {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_REACH; k--) {
    const t = tokens[k]!;
    if (isNegator(t.word))
      return NOT_NEGATING_NEXT.has(tokens[k + 1]?.word ?? '') && k + 1 !== i ? null : k;
    if (!isGap(t)) return null;
  }
  return null;
}

/** What a word may be without an inflection: "needs" → "need", "releasing" → "releas(e)", "studies" → "study". */
function bases(word: string): Set<string> {
  const out = new Set([word]);
  for (const suffix of ['s', 'es', 'd', 'ed', 'ing'])
    if (word.endsWith(suffix) && word.length > suffix.length + 2) {
      const base = word.slice(0, -suffix.length);
      out.add(base);
      out.add(`${base}e`);
      // "running" → "run", "planned" → "plan".
      if (/(\p{L})\1$/u.test(base)) out.add(base.slice(0, -1));
    }
  if (/ie[sd]$/u.test(word)) out.add(`${word.slice(0, -3)}y`);
  return out;
}
/**
 * Two words are one where Porter's stems agree and so do their forms but for an inflection:
 * "supports" is "support", but "marginal" is not "margin", though both stem to "margin".
 */
const sameWord = (a: Token, b: Token) => {
  if (a.stem !== b.stem) return false;
  const ofB = bases(b.word);
  return [...bases(a.word)].some((w) => ofB.has(w));
};

const CLAUSE_BREAK = /[,;:—–()]/u;
/** Whether a clause break lies between tokens `k` and `k + 1`. */
const breaksAfter = (text: string, tokens: readonly Token[], k: number) =>
  CLAUSE_BREAK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
/** Fewest content words the clause of a turned word must share with the other sentence. */
const LEAST_SHARED = 2;
/**
 * Whether the clause around token `i` is about what the other sentence says: it shares
 * LEAST_SHARED of its content words. "We didn't know where to go" shares only "know" with the
 * heading "What Biology and Markets Already Know": the negation is of something else.
 */
function clauseShared(text: string, tokens: readonly Token[], i: number, other: readonly Token[]) {
  let from = i;
  while (from > 0 && !breaksAfter(text, tokens, from - 1)) from--;
  let to = i;
  while (to < tokens.length - 1 && !breaksAfter(text, tokens, to)) to++;
  const shared = new Set<string>();
  for (let k = from; k <= to; k++)
    if (isContent(tokens[k]!) && other.some((t) => sameWord(t, tokens[k]!)))
      shared.add(tokens[k]!.stem);
  return shared.size >= LEAST_SHARED;
}

/** The text of tokens `from`..`to` (inclusive) as the sentence writes it. */
const spanText = (text: string, tokens: readonly Token[], from: number, to: number) =>
  text.slice(tokens[from]!.start, tokens[to]!.end);

/**
 * How far a shared word runs on in both sentences ("peer reviewed" in each): the last index in
 * each of the run of words with the same stems that starts at `a` and `b`.
 */
function sharedRun(
  a: readonly Token[],
  i: number,
  b: readonly Token[],
  j: number,
): [number, number] {
  let n = 0;
  while (n < 3 && a[i + n + 1] && b[j + n + 1] && a[i + n + 1]!.stem === b[j + n + 1]!.stem) n++;
  // Not ending on a word like "at" or "the": "supports audio input", not "…input at".
  while (n > 0 && !isContent(a[i + n]!)) n--;
  return [i + n, j + n];
}

/**
 * A word both say, negated in one and plainly stated in the other, which has no negation at all:
 * "does not support audio" and "supports audio". Every time the passage uses the word it must be
 * negated (or never): "rivals that do not run on phones, while it runs on a laptop" negates
 * someone else's running.
 */
function negationTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  const claimNegates = negatedAnywhere(claim, mine);
  const passageNegates = negatedAnywhere(passage, theirs);
  if (claimNegates === passageNegates) return null;
  const [plain, negating, plainText, negatingText] = claimNegates
    ? [theirs, mine, passage, claim]
    : [mine, theirs, claim, passage];
  for (let i = 0; i < plain.length; i++) {
    if (!isContent(plain[i]!)) continue;
    const uses = negating.flatMap((t, j) => (sameWord(t, plain[i]!) ? [j] : []));
    if (!uses.length) continue;
    const negations = uses.map((j) => negationBefore(negating, j));
    if (negations.some((n) => n === null)) continue;
    const j = uses[0]!;
    if (!clauseShared(negatingText, negating, j, plain)) continue;
    const [plainEnd, negatingEnd] = sharedRun(plain, i, negating, j);
    const plainWords = spanText(plainText, plain, i, plainEnd);
    const negatingWords = spanText(negatingText, negating, negations[0]!, negatingEnd);
    return claimNegates
      ? { kind: 'negation', source: plainWords, page: negatingWords }
      : { kind: 'negation', source: negatingWords, page: plainWords };
  }
  return null;
}

/** Opposite word groups by stem: for each stem, the stems of its opposites. */
const OPPOSITES = new Map<string, Set<string>>();
for (const [up, down] of turns.entries.directions) {
  const ups = new Set(up!.map(stem));
  const downs = new Set(down!.map(stem));
  for (const s of ups) OPPOSITES.set(s, downs);
  for (const s of downs) OPPOSITES.set(s, ups);
}
/** The content stems of the clause before token `i`: what the change or comparison is said of. */
function subjectOf(text: string, tokens: readonly Token[], i: number): Set<string> {
  const out = new Set<string>();
  for (let k = i - 1; k >= 0; k--) {
    if (breaksAfter(text, tokens, k)) break;
    if (isContent(tokens[k]!)) out.add(tokens[k]!.stem);
  }
  return out;
}
const within = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size > 0 && [...a].every((s) => b.has(s));
/** The content stems after "than" in the clause after token `i`: what it is compared with. */
function comparedWith(text: string, tokens: readonly Token[], i: number): Set<string> | null {
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.word !== 'than' && !breaksAfter(text, tokens, k - 1)) k++;
  if (tokens[k]?.word !== 'than') return null;
  const out = new Set<string>();
  for (k++; k < tokens.length && !breaksAfter(text, tokens, k - 1); k++)
    if (isContent(tokens[k]!)) out.add(tokens[k]!.stem);
  return out;
}
/**
 * Whether two comparisons are of the same pair in the same order: "higher on English than on
 * Portuguese" and "Portuguese … lower than English" compare the two the other way round, which
 * says the same.
 */
function sameOrder(
  claim: string,
  mine: readonly Token[],
  i: number,
  passage: string,
  theirs: readonly Token[],
  j: number,
) {
  const a = comparedWith(claim, mine, i);
  const b = comparedWith(passage, theirs, j);
  return !a || !b || [...a].some((s) => b.has(s));
}

/**
 * One says a change or comparison of a thing in one direction, the other in the opposite one, of
 * the same thing: "latency fell" and "latency rose", "the small model is slower" and "…faster".
 * Not "the large model is faster" for "the small model is slower": said of another thing, that is
 * the same comparison. Neither may negate anything ("did not fall" is "rose" or "stayed"), and
 * neither may say both directions.
 */
function directionTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  if (negatedAnywhere(claim, mine) || negatedAnywhere(passage, theirs)) return null;
  const mineStems = new Set(mine.map((t) => t.stem));
  const theirStems = new Set(theirs.map((t) => t.stem));
  for (let i = 0; i < mine.length; i++) {
    const opposites = OPPOSITES.get(mine[i]!.stem);
    if (!opposites || theirStems.has(mine[i]!.stem) || [...opposites].some((s) => mineStems.has(s)))
      continue;
    const j = theirs.findIndex((t) => opposites.has(t.stem));
    if (j < 0) continue;
    const mineSubject = subjectOf(claim, mine, i);
    const theirSubject = subjectOf(passage, theirs, j);
    if (
      (within(mineSubject, theirSubject) || within(theirSubject, mineSubject)) &&
      sameOrder(claim, mine, i, passage, theirs, j)
    )
      return {
        kind: 'direction',
        source: theirs[j]!.word,
        page: claim.slice(mine[i]!.start, mine[i]!.end),
      };
  }
  return null;
}

const PLANS = new PhraseMatcher(turns.entries.plans);
const FUTURE = new PhraseMatcher(turns.entries.future);
/**
 * The passage says it plans to do something ("we plan to release the weights", "will be
 * available") and the claim says it done, with no word of a future or a maybe ("has released
 * the weights", "is available"): the word planned is the plan's last word or the one right after it.
 */
function planTurned(claim: string, passage: string): TurnedWording | null {
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
/** Farthest a quantifier may stand before its noun: "most of the gains", "all five tasks". */
const QUANTIFIER_REACH = 3;
/** Numbers in words up to ten, for "two of the five tasks". */
const SMALL_NUMBERS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);

/**
 * "Some users" retold as "all users", "two of the five tasks" as "all five tasks": the claim
 * puts "all", "every" or "each" before a noun that the passage gives a smaller share of.
 */
function scopeTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  const numberParts = theirs.flatMap((t, k) =>
    (SMALL_NUMBERS.has(t.word) || /^\d+$/u.test(t.word)) && theirs[k + 1]?.word === 'of'
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
  for (let i = 0; i < mine.length; i++) {
    if (!ALL.has(mine[i]!.word)) continue;
    const n = mine.findIndex(
      (t, k) => k > i && k <= i + QUANTIFIER_REACH && isContent(t) && !SMALL_NUMBERS.has(t.word),
    );
    if (n < 0) continue;
    const uses = theirs.flatMap((t, j) => (sameWord(t, mine[n]!) ? [j] : []));
    // "Most users liked it, and all users could opt out": the passage says "all" of it too.
    if (uses.some((j) => theirs.some((t) => ALL.has(t.word) && before(t.end, j)))) continue;
    for (const j of uses) {
      const limit = limits.find((l) => before(l.end, j));
      if (limit && clauseShared(passage, theirs, j, mine))
        return {
          kind: 'scope',
          source: passage.slice(limit.start, theirs[j]!.end),
          page: claim.slice(mine[i]!.start, mine[n]!.end),
        };
    }
  }
  return null;
}

/**
 * How a claim turns its passage's wording, if it does: it negates what the passage states or
 * states what it negates, reverses a change or comparison, tells a plan as done, or makes a
 * limited share all. The first two say the opposite of the source; the last two say more.
 */
export function turnedWording(claim: string, passage: string): TurnedWording | null {
  return (
    negationTurned(claim, passage) ??
    directionTurned(claim, passage) ??
    planTurned(claim, passage) ??
    scopeTurned(claim, passage)
  );
}
