import selfRun from '../../../knowledge/lexicons/self-run-evidence.json';
import turns from '../../../knowledge/lexicons/turns.json';
import { PhraseMatcher } from '../../../text/phrase-matcher';
import { stem } from '../../../text/stem';
import type { TurnedWording } from '../../../report/report';
import { type Token, isContent, negatedAnywhere, sameWord, tokensOf } from './words';

// A retelling that says it of someone or something else: the source's own evaluation made
// independent, someone else named for what one party did, a licence that bars commercial use
// told as one that allows it (or the other way), weights anyone can download told as kept behind
// an API (or the other way), a result in simulation told as one in the real world (or the other
// way), a thing of one kind told as of the opposite kind.

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

/**
 * The passage's licence bars commercial use ("a research-only license", "non-commercial") and the
 * claim's allows it ("free for commercial use", "a permissive license", "Apache 2.0"), or the
 * other way. A negation on either side ("cannot be used commercially") is left to the negation
 * rule; the "non" of "non-commercial" is part of the term.
 */
export const licenceTurned = (claim: string, passage: string): TurnedWording | null =>
  opposedTermsTurned(claim, passage, RESTRICTED, PERMISSIVE);

const CLOSED_ACCESS = new PhraseMatcher(turns.entries.closedAccess);
const OPEN_ACCESS = new PhraseMatcher(turns.entries.openAccess);

/**
 * The passage's weights can be downloaded and run ("open-weight", "can be downloaded from Hugging
 * Face") and the claim keeps them behind an API ("available only through a paid API", "API-only"),
 * or the other way.
 */
export const accessTurned = (claim: string, passage: string): TurnedWording | null =>
  opposedTermsTurned(claim, passage, CLOSED_ACCESS, OPEN_ACCESS);

const SIMULATED = new PhraseMatcher(turns.entries.simulatedSetting);
const REAL = new PhraseMatcher(turns.entries.realSetting);

/**
 * The passage's result was obtained in simulation ("62% of tasks in simulation", "in a virtual
 * environment") and the claim's in the real world ("on real robots", "in the real world"), or the
 * other way. A side that names both (trained in simulation, tested on real robots) is not turned.
 */
export const settingTurned = (claim: string, passage: string): TurnedWording | null =>
  opposedTermsTurned(claim, passage, SIMULATED, REAL);

/**
 * Terms of two kinds that exclude each other (`one`, `other`): the passage's of one kind and the
 * claim's of the other, each side with terms of one kind only. A side negated outside its terms
 * ("cannot be used commercially") is left to the negation rule; a negation inside a term ("not
 * downloadable", "non-commercial") is the term's.
 */
function opposedTermsTurned(
  claim: string,
  passage: string,
  one: PhraseMatcher,
  other: PhraseMatcher,
): TurnedWording | null {
  const termsOf = (text: string) => ({ one: one.find(text), other: other.find(text) });
  const none = (terms: ReturnType<typeof termsOf>) => !terms.one.length && !terms.other.length;
  // Most passages and claims have no such term: nothing more is read of them.
  const theirs = termsOf(passage);
  if (none(theirs)) return null;
  const mine = termsOf(claim);
  if (none(mine)) return null;
  const negated = (text: string, terms: ReturnType<typeof termsOf>) =>
    negatedAnywhere(
      text,
      tokensOf(text),
      [...terms.one, ...terms.other].map((t) => [t.start, t.end] as const),
    );
  if (negated(claim, mine) || negated(passage, theirs)) return null;
  const only = (terms: ReturnType<typeof termsOf>, kind: 'one' | 'other') =>
    terms[kind].length && !terms[kind === 'one' ? 'other' : 'one'].length ? terms[kind][0]! : null;
  const source = only(theirs, 'one') ?? only(theirs, 'other');
  const page = source && only(mine, theirs.one.length ? 'other' : 'one');
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
    const phrase = m[0].replace(/\.$/u, '');
    const by = m[3]!.replace(/^the\s+|\.$/giu, '').toLowerCase();
    const verbs = [m[1]!, m[2]].filter((v): v is string => !!v);
    return verbs.map((written) => {
      const word = written.toLowerCase();
      const verb: Token = { word, stem: stem(word), start: 0, end: 0 };
      return { verb, by, text: phrase };
    });
  });
}

/** One party named two ways: "Arm" and "Arm Holdings", "the Allen Institute" and "Allen Institute". */
const sameParty = (a: string, b: string) =>
  a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);

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
    if (!same.length || same.some((t) => sameParty(t.by, mine.by))) continue;
    return { kind: 'agent', source: same[0]!.text, page: mine.text };
  }
  return null;
}
