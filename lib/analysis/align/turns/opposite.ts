import selfRun from '../../../knowledge/lexicons/self-run-evidence.json';
import turns from '../../../knowledge/lexicons/turns.json';
import { COMPARATIVES } from '../../../text/comparatives';
import { blankSpans } from '../../../text/blank-spans';
import { type PhraseHit, PhraseMatcher } from '../../../text/phrase-matcher';
import { stem } from '../../../text/stem';
import type { TurnedWording } from '../../../report/report';
import {
  NOT_NEGATING_NEXT,
  type Token,
  breaksAfter,
  clauseShared,
  clauseText,
  isContent,
  isGap,
  isNegator,
  negatedAnywhere,
  objectOf,
  sameWord,
  spanText,
  subjectOf,
  tokensOf,
} from './words';

// A retelling that says what its passage does not: a negation dropped or added, a change or
// comparison reversed or its two sides swapped, the source's own evaluation made independent, a
// licence that bars commercial use told as one that allows it, or the other way, or a thing of
// one kind told as of the opposite kind ("public data" as "private data").

/** Farthest a negation may stand before the word it negates. */
const NEGATION_REACH = 3;

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
export function negationTurned(claim: string, passage: string): TurnedWording | null {
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

/** Words that say a rise or a fall only before an amount: "dropped by a third", "cut to 200 ms". */
const WITH_FIGURE = new Map<string, string>();
for (const [side, words] of Object.entries(turns.entries.directionsWithFigure))
  for (const w of words) WITH_FIGURE.set(stem(w), stem(side));
const AMOUNT_NEXT = /^(?:by|to|from|\d[\d.,]*)$/u;
/** A token's stem, or the direction it says before an amount ("dropped by" says "fall"). */
const directionStem = (tokens: readonly Token[], k: number) => {
  const s = tokens[k]!.stem;
  const side = WITH_FIGURE.get(s);
  return side && AMOUNT_NEXT.test(tokens[k + 1]?.word ?? '') ? side : s;
};

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
export function directionTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  if (negatedAnywhere(claim, mine) || negatedAnywhere(passage, theirs)) return null;
  const mineStems = mine.map((_, k) => directionStem(mine, k));
  const theirStems = theirs.map((_, k) => directionStem(theirs, k));
  for (let i = 0; i < mine.length; i++) {
    const opposites = OPPOSITES.get(mineStems[i]!);
    if (!opposites || theirStems.includes(mineStems[i]!) || mineStems.some((s) => opposites.has(s)))
      continue;
    const j = theirStems.findIndex((s) => opposites.has(s));
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

const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  new Set([...a].filter((s) => !b.has(s)));

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((s) => b.has(s));

/**
 * The same comparison with its two sides swapped: "GPT-4o outperformed the small model" retold as
 * "the small model outperformed GPT-4o". What each side names apart from what both share ("model")
 * must change places. Not a passive ("was outperformed by"), which swaps them back.
 */
export function rolesTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  const at = (tokens: readonly Token[], text: string) =>
    COMPARATIVES.find(text).flatMap((hit) => {
      const k = tokens.findIndex((t) => t.start === hit.start);
      const end = tokens.findIndex((t) => t.end === hit.end);
      return k >= 0 && end >= 0 && tokens[end + 1]?.word !== 'by' ? [{ k, end }] : [];
    });
  for (const m of at(mine, claim))
    for (const t of at(theirs, passage)) {
      if (!sameWord(mine[m.k]!, theirs[t.k]!)) continue;
      const [mineSubject, mineObject] = [subjectOf(claim, mine, m.k), objectOf(claim, mine, m.end)];
      const [theirSubject, theirObject] = [
        subjectOf(passage, theirs, t.k),
        objectOf(passage, theirs, t.end),
      ];
      const a = minus(mineSubject, mineObject);
      const b = minus(mineObject, mineSubject);
      const c = minus(theirSubject, theirObject);
      const d = minus(theirObject, theirSubject);
      if (meets(a, d) && meets(b, c))
        return {
          kind: 'direction',
          source: clauseText(passage, theirs, t.k),
          page: clauseText(claim, mine, m.k),
        };
    }
  return null;
}

const EVALUATIONS = new Set(selfRun.entries.evaluations);

const SELF = new Set(selfRun.entries.selfMarkers);

const OTHER_PARTY = new PhraseMatcher(selfRun.entries.otherParty);

/** Farthest a marker of who ran it may stand from the evaluation it marks: "our internal tests". */
const EVALUATION_REACH = 3;

/**
 * The source's own evaluation retold as someone else's: "our benchmark shows…" as "independent
 * benchmarks show…". The claim names another party beside an evaluation; the passage names
 * itself beside one and no other party.
 */
export function independenceTurned(claim: string, passage: string): TurnedWording | null {
  if (OTHER_PARTY.test(passage)) return null;
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  const near = (tokens: readonly Token[], at: number) =>
    tokens.findIndex((t, k) => EVALUATIONS.has(t.word) && k >= at && k <= at + EVALUATION_REACH);
  const other = OTHER_PARTY.find(claim)
    .map((h) => ({ h, k: mine.findIndex((t) => t.start >= h.end) }))
    .find(({ k }) => k >= 0 && near(mine, k) >= 0);
  if (!other) return null;
  const self = theirs.findIndex((t, k) => SELF.has(t.word) && near(theirs, k + 1) >= 0);
  if (self < 0) return null;
  const ran = near(theirs, self + 1);
  const said = near(mine, other.k);
  return {
    kind: 'independence',
    source: passage.slice(theirs[self]!.start, theirs[ran]!.end),
    page: claim.slice(other.h.start, mine[said]!.end),
  };
}

const RESTRICTED = new PhraseMatcher(turns.entries.restrictedLicences);
const PERMISSIVE = new PhraseMatcher(turns.entries.permissiveLicences);

/** A text's licence terms: those that bar commercial use, and those that allow it. */
const licenceTerms = (text: string) => ({
  bars: RESTRICTED.find(text),
  allows: PERMISSIVE.find(text),
});

/**
 * The passage's licence bars commercial use ("a research-only license", "non-commercial") and the
 * claim's allows it ("free for commercial use", "a permissive license", "Apache 2.0"), or the
 * other way. A negation on either side ("cannot be used commercially") is left to the negation
 * rule; the "non" of "non-commercial" is part of the term.
 */
export function licenceTurned(claim: string, passage: string): TurnedWording | null {
  const theirs = licenceTerms(passage);
  const mine = licenceTerms(claim);
  // Negated outside its licence terms ("non-commercial" is a term, not a negation).
  const negated = (text: string, bars: readonly PhraseHit[]) => {
    const rest = blankSpans(
      text,
      bars.map((b) => [b.start, b.end]),
    );
    return negatedAnywhere(rest, tokensOf(rest));
  };
  if (negated(claim, mine.bars) || negated(passage, theirs.bars)) return null;
  // A passage with terms of both kinds (code MIT-licensed, weights research-only) is not turned.
  if (theirs.bars.length && theirs.allows.length) return null;
  const [source, page] =
    theirs.bars.length && mine.allows.length && !mine.bars.length
      ? [theirs.bars[0]!, mine.allows[0]!]
      : theirs.allows.length && mine.bars.length && !mine.allows.length
        ? [theirs.allows[0]!, mine.bars[0]!]
        : [null, null];
  return source && page ? { kind: 'negation', source: source.text, page: page.text } : null;
}

/** Each group of attributeOpposites with its opposite: which words say the other kind. */
const ATTRIBUTES = turns.entries.attributeOpposites.flatMap(([a, b]) => [
  { words: new PhraseMatcher(a!), opposite: new PhraseMatcher(b!) },
  { words: new PhraseMatcher(b!), opposite: new PhraseMatcher(a!) },
]);

/** How many content words after an attribute may name what it qualifies ("public web data"). */
const ATTRIBUTE_REACH = 2;

/** The content words an attribute ending at `end` qualifies: the next few after it. */
function qualified(text: string, end: number): Token[] {
  return tokensOf(text)
    .filter((t) => t.start >= end && isContent(t))
    .slice(0, ATTRIBUTE_REACH);
}

/**
 * The passage qualifies a thing as of one kind ("public web data", "synthetic data") and the claim
 * the same thing as of the opposite kind ("private user data", "human-written data"), with no word
 * of the passage's kind itself and the passage none of the claim's.
 */
export function attributeTurned(claim: string, passage: string): TurnedWording | null {
  for (const { words, opposite } of ATTRIBUTES) {
    const theirs = words.find(passage);
    if (!theirs.length || words.test(claim) || opposite.test(passage)) continue;
    for (const mine of opposite.find(claim)) {
      const things = qualified(claim, mine.end);
      for (const hit of theirs) {
        const same = qualified(passage, hit.end).find((t) => things.some((m) => sameWord(m, t)));
        const thing = same && things.find((m) => sameWord(m, same));
        if (same && thing)
          return {
            kind: 'negation',
            source: passage.slice(hit.start, same.end),
            page: claim.slice(mine.start, thing.end),
          };
      }
    }
  }
  return null;
}

/**
 * "designed by Arm", "designed and manufactured by TSMC": a past participle (or two joined by
 * "and") and the named party "by" whom it was done.
 */
const DONE_BY =
  /\b(\p{L}+ed)(?:,?\s+and\s+(\p{L}+ed))?\s+by\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*)/gu;

/** Each act a sentence says a named party did ("designed" by "Arm"), with where it is written. */
function actsBy(text: string) {
  return [...text.matchAll(DONE_BY)].flatMap((m) => {
    // A sentence's full stop is no part of the name ("by TSMC.", but "by Acme Inc. and").
    const text = m[0].replace(/\.$/u, '');
    const by = m[3]!.replace(/^the\s+|\.$/giu, '').toLowerCase();
    const verbs = [m[1]!, m[2]].filter((v): v is string => !!v);
    return verbs.map((written) => {
      const word = written.toLowerCase();
      const verb: Token = { word, stem: stem(word), start: 0, end: 0 };
      return { verb, by, text };
    });
  });
}

/**
 * The passage names who did something ("designed by Arm") and the claim names someone else for
 * the same act ("designed and manufactured by TSMC"), where the passage never says the claim's
 * party did it.
 */
export function agentTurned(claim: string, passage: string): TurnedWording | null {
  if (!claim.includes(' by ') || !passage.includes(' by ')) return null;
  const theirs = actsBy(passage);
  for (const mine of actsBy(claim)) {
    const same = theirs.filter((t) => sameWord(t.verb, mine.verb));
    if (!same.length || same.some((t) => t.by === mine.by)) continue;
    return { kind: 'agent', source: same[0]!.text, page: mine.text };
  }
  return null;
}
