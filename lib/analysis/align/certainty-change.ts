import hedges from '../../knowledge/lexicons/hedges.json';
import limits from '../../knowledge/lexicons/limits.json';
import quantifiers from '../../knowledge/lexicons/quantifiers.json';
import { STRENGTHS } from '../../report/report';
import type { SentenceCue, SentenceStrength } from '../claim-strength';
import { plainText } from '../../text/plain-text';
import { terms } from '../../text/terms';
import { allMatches } from '../../text/all-matches';
import { hedgesNothing } from './idle-hedges';
import { type Figure, figuresOf, sameFigure } from './figures';

/** Quantifiers that describe rather than generalise ("all aspects of the shop", "mostly employees"). */
const DESCRIPTIVE = new Set([
  'all',
  'most',
  'mostly',
  'every',
  'everything',
  'everyone',
  'largely',
  'generally',
]);
/**
 * The "most" words ("usually", "typically", "the majority of"): they allow exceptions, so a
 * retelling that drops one says its passage no less widely. (One added to a plain result, "for
 * most", still widens it.)
 */
const ALLOWS_EXCEPTIONS = new Set(quantifiers.entries.most);
/** Where a clause of a long sentence ends: a hedge in one clause does not reach the next. */
const CLAUSE_BREAK = /[,;:()—–]|\b(?:but|while|whereas|although|though)\b/giu;

/**
 * "approximately 117 billion", "about 50x": an approximator before a figure rounds the figure and
 * leaves the claim as sure as it was, so one the page adds does not make it weaker. The strength
 * rules make an approximator a limiter only before a number (features.ts `approximatesNumber`), so
 * such a cue is a rounded figure; "some" is also a limiting quantifier ("some users") and stays a
 * limit. One the page drops still reads as stronger: it gives an estimate as exact.
 */
const LIMITING = new Set(quantifiers.entries.limited);
const ROUNDS_A_FIGURE = new Set(hedges.entries.approximators.filter((w) => !LIMITING.has(w)));

/**
 * The approximator that gives a figure's ceiling, not its size: a retelling that drops it from a
 * gain ("up to 2x faster", "up to 40% cheaper") states the best case as the usual one, a stronger
 * claim however the strength model ranks the two. Not from a capacity ("context lengths of up to
 * 128k"), which is the limit of what is offered.
 */
const CEILINGS = new Set(['up to']);
/** The figure right after `at` in the passage when it is a change: a share or a multiple. */
function cappedChange(passage: string, at: number): Figure | null {
  const next = figuresOf(passage.slice(at, at + 24))[0];
  return next && next.start <= 2 && (next.unit === '%' || next.unit === 'x') ? next : null;
}

/**
 * Limits that say where a result comes from ("in our internal tests", "on our benchmark"): a
 * retelling that drops one, and speaks of no test at all, gives the lab's own measurement as a
 * plain fact, a stronger claim whatever the strength model ranks the two.
 */
const PROVENANCE = new Set(limits.entries.provenance);
/**
 * A claim that still says the result was measured ("the lab's tests found…", "in-house
 * evaluation"), or whose word it is ("…, the lab says", "according to the lab"): the reader
 * still knows where it comes from.
 */
const MEASURED =
  /\b(?:tests?|tested|testing|evaluat\w*|benchmark\w*|experiments?|trials?|internal|in-house|measured|says|said|according to|reports|reported|claims|claimed)\b/iu;

/** Whether a claim writes a word or phrase itself, whether or not its strength reads it as a cue. */
const writes = (claim: string, words: string) =>
  ` ${plainText(claim)} `.includes(` ${plainText(words)} `);

const rank = (s: SentenceStrength) => STRENGTHS.indexOf(s.strength);
/** Hedges, limits and the "can" of a capability ("can reduce" is less than "reduces"). */
const scoped = (cues: readonly SentenceCue[]) =>
  cues.filter((h) => h.kind === 'hedge' || h.kind === 'limiter' || h.kind === 'capability');

/** The clause of `text` around offsets [start, end). */
function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of allMatches(CLAUSE_BREAK, text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * The passage's hedges and limits that bear on what the claim restates: those in a clause that
 * shares two content words with the claim. A long source sentence hedges one clause ("if the
 * supplier agrees, it could…") and states another plainly; a claim that restates the plain one
 * dropped no hedge, nor one that hedges nothing it states (idle-hedges.ts: "asked if it could…").
 */
function hedgesOnClaim(
  passage: string,
  theirs: SentenceStrength,
  claimTerms: ReadonlySet<string>,
): SentenceCue[] {
  const shared = (words: readonly string[]) => new Set(words.filter((t) => claimTerms.has(t))).size;
  return scoped(theirs.hedges).filter((h) => {
    if (hedgesNothing(passage, h)) return false;
    const cue = h.text.toLowerCase();
    if (!CONDITIONALS.has(cue) && !PROVENANCE.has(cue))
      return shared(terms(clauseAround(passage, h.start, h.end))) >= 2;
    // A condition or a result's provenance (the cue to its clause's end) bears on the rest of the
    // sentence, and is dropped unless the claim restates most of it in other words: "With domain
    // fine-tuning, the small model can match…" keeps "If fine-tuned on domain data, …", though
    // not the "if".
    const end = allMatches(CLAUSE_BREAK, passage).find((m) => m.index >= h.end)?.index;
    const condition = [...new Set(terms(passage.slice(h.start, end)))];
    const rest = terms(
      passage.slice(0, h.start) + ' ' + (end === undefined ? '' : passage.slice(end)),
    );
    return shared(rest) >= 2 && shared(condition) * 2 < condition.length;
  });
}

const CONDITIONALS = new Set(hedges.entries.conditional);

/** What makes a claim more or less certain than its passage, in words the reader can see. */
export interface CertaintyChange {
  direction: 'stronger' | 'weaker';
  /** The passage's hedges the claim dropped, when that is why. */
  dropped: string[];
}

/**
 * Whether a claim says its passage more or less certainly, from words the reader is shown: a
 * hedge or limit of the restated clause dropped ("Preliminary results indicate that…" retold as
 * plain fact; "in a small pilot" left out), or a sweeping word the source never uses added
 * ("consistently", "always", "for most"). A change of level read by the model alone, with no
 * such words, is two wordings of one fact, not a change. A retelling that adds or drops a
 * negation says something else, and is left to other checks.
 */
export function certaintyChange(
  claim: string,
  mine: SentenceStrength,
  passage: string,
  theirs: SentenceStrength,
  sourceUses: (word: string) => boolean,
): CertaintyChange | null {
  // "was not associated with" retold as "is linked to": the source denies what the claim states.
  if (theirs.relation?.kind === 'denied' && !mine.negated && rank(mine) > rank(theirs))
    return { direction: 'stronger', dropped: [] };
  // A sweeping word the source never uses ("always", "consistently") makes a claim stronger
  // whatever the passage negates: the source nowhere says it that widely.
  const sweeping = mine.boosters.some((b) => {
    const word = b.text.toLowerCase();
    return (
      (b.kind === 'absolute' || b.kind === 'booster') && !DESCRIPTIVE.has(word) && !sourceUses(word)
    );
  });
  if (mine.strength === 'universal' && theirs.strength !== 'universal' && sweeping && !mine.negated)
    return { direction: 'stronger', dropped: [] };
  if (mine.negated !== theirs.negated) return null;
  const claimTerms = new Set(terms(claim));
  const onClaim = hedgesOnClaim(passage, theirs, claimTerms);
  const mineScope = scoped(mine.hedges).map((h) => h.text.toLowerCase());
  // A cue the claim writes is kept, even where the claim's own reading does not take it for one
  // ("up to twice as fast": "up to" is an approximator only before a figure in digits).
  const kept = (cue: string) => mineScope.includes(cue) || writes(claim, cue);
  const droppedHedge =
    theirs.uncertain && !mine.uncertain && onClaim.some((h) => h.kind === 'hedge');
  // "up to 2x faster" retold as "2x faster": the best case given as the usual one; also where the
  // claim shares no word of it but the capped figure ("up to 2x faster" as "twice as fast").
  let stated: Figure[] | undefined;
  const ceilings = scoped(theirs.hedges).filter((h) => {
    const cue = h.text.toLowerCase();
    const capped = CEILINGS.has(cue) && !kept(cue) && cappedChange(passage, h.end);
    return (
      capped &&
      (onClaim.includes(h) || (stated ??= figuresOf(claim)).some((f) => sameFigure(f, capped)))
    );
  });
  const droppedCeiling = ceilings.length > 0;
  const dropped = [
    ...new Set([...onClaim, ...ceilings].map((h) => h.text.toLowerCase()).filter((w) => !kept(w))),
  ];
  // "In our internal tests, it resolved 64%" retold as "it resolves 64%".
  const droppedProvenance = dropped.some((w) => PROVENANCE.has(w)) && !MEASURED.test(claim);
  if (
    dropped.length &&
    (droppedHedge || droppedCeiling || droppedProvenance || rank(mine) > rank(theirs))
  )
    return { direction: 'stronger', dropped };
  const theirScope = scoped(theirs.hedges).map((h) => h.text.toLowerCase());
  // Weaker: a hedge added, or the source's sweeping word ("always") dropped.
  const claimWords = claim.toLowerCase();
  const sweepDropped =
    theirs.strength === 'universal' &&
    theirs.boosters.some(
      (b) =>
        b.kind === 'absolute' &&
        !DESCRIPTIVE.has(b.text.toLowerCase()) &&
        !ALLOWS_EXCEPTIONS.has(b.text.toLowerCase()) &&
        !claimWords.includes(b.text.toLowerCase()),
    );
  const added = scoped(mine.hedges).filter(
    (h) => !theirScope.includes(h.text.toLowerCase()) && !ROUNDS_A_FIGURE.has(h.text.toLowerCase()),
  );
  if (rank(mine) < rank(theirs) && (added.length > 0 || sweepDropped))
    return { direction: 'weaker', dropped: [] };
  return null;
}
