import type { Article } from '../../extract/article';
import type { SourceTexts } from './source-texts';
import hedges from '../../knowledge/lexicons/hedges.json';
import limits from '../../knowledge/lexicons/limits.json';
import furniture from '../../knowledge/lexicons/furniture.json';
import type { SentenceStrength } from '../claim-strength';
import { hedgesNothing } from './idle-hedges';
import type { Omission } from '../../report/report';
import { lexiconPhrases, PhraseMatcher } from '../../text/phrase-matcher';
import { allMatches } from '../../text/all-matches';
import { DENIED_READING } from '../denied-reading';
import { quotedSpans } from '../../text/quotation-marks';
import { blankSpans } from '../../text/blank-spans';

const LIMITS = new PhraseMatcher([
  ...limits.entries.disclaimers,
  ...limits.entries.scope,
  ...limits.entries.unknowns,
  ...limits.entries.availability,
  ...limits.entries.licence,
]);
const TRADEOFFS = new PhraseMatcher(limits.entries.tradeoffs);
/**
 * A press release's legal text ("…are forward-looking statements that are subject to risks and
 * uncertainties…", trademarks): its hedges are the lawyers', not a bound on the result.
 */
const BOILERPLATE = new PhraseMatcher(furniture.entries.boilerplate);
/** Hedge and limiter words: a sentence with none is neither a caveat nor a limit, and is not graded. */
const HEDGE_CUES = new PhraseMatcher(
  lexiconPhrases(hedges.entries).filter((w) => !hedges.entries.annotated.includes(w)),
);
/** "about 50x", "nearly half": an approximate figure is a result, not a limit on one. */
const APPROXIMATORS = new Set(hedges.entries.approximators);
const NUMBER = /\d[\d,.]*\s?(?:%|x\b|×|\$)|[$€£]\s?\d/u;
/**
 * Where a result comes from ("in our tests", "in internal testing"), not a bound on it: with a
 * figure, the sentence is the result itself ("In our tests, the model reached 2.1%"), listed as a
 * number the page left out rather than a limit. Whether a page that keeps the result drops the
 * phrase is the claim's strength (certainty-change.ts).
 */
const PROVENANCE = new PhraseMatcher(limits.entries.provenance);
const PROVENANCE_CUES = new Set(limits.entries.provenance);

/**
 * "If you use GGUF, remember to install…", "If you find our work helpful, feel free to cite us",
 * "If you're evaluating this for your team — or building the case for it — we'd like to hear
 * from you": a usage note or an invitation to the reader, an instruction on a condition, not a
 * bound on the result. Its "if" is not the source hedging. The condition ends at a comma or a
 * dash; one that runs past a comma ("If you run it on CPU, it may be slow…") is not this.
 */
const INSTRUCTION =
  /^[^\p{L}]*if you\b[^,.;]{0,200}(?:,|\s[—–]|\s-\s)\s*(?:please\s+)?(?:remember|make sure|ensure|use|install|check|try|see|refer|set|feel free|consider|run|contact|let us know|upgrade|update|download|visit|read|follow|cite|we['’]d (?:love|like) to|we would (?:love|like) to|we['’]re hiring|we are hiring|get in touch|reach out|talk to us|email us|write to us|join us)\b/iu;

/**
 * Whether a sentence hedges: it states something (a question asks) with an uncertainty cue that
 * hedges it (idle-hedges.ts), in its own voice. A cue in quotation marks is the quoted speaker's:
 * a prompt given to the model ("…if you replace 'ch' with 'f'"), a rule it was told, an
 * executive's "could transform". The retelling's check of dropped hedges still reads them
 * (certainty-change.ts): a page that turns a quoted "may" into "will" has strengthened it.
 */
const isHedged = (text: string, s: SentenceStrength) => {
  if (!s.assertion || !s.uncertain) return false;
  const quoted = quotedSpans(text);
  return s.hedges.some(
    (h) =>
      h.kind === 'hedge' &&
      !hedgesNothing(text, h) &&
      !quoted.some(([from, to]) => h.start >= from && h.start < to),
  );
};

/** Whether a limiter bounds the result: neither an approximate figure nor, with a figure, its provenance. */
const isBound = (limiter: string, figure: boolean) =>
  !APPROXIMATORS.has(limiter) && !(figure && PROVENANCE_CUES.has(limiter));

/** Shorter lines are headings and labels, not something a page left out. */
const MIN_WORDS = 5;
/** At most this many omissions: the ones a reader should see first, not every number of a report. */
const MAX_OMISSIONS = 20;
/** Kinds in the order a reader should see them: the source's own limits and hedges first. */
const ORDER: Omission['kind'][] = ['limit', 'caveat', 'trade-off', 'number'];

/**
 * "not just flattery but…", "did not have to focus only on snacks": a narrowing word under a
 * negation widens what is said, the opposite of a limit. Not across a conjunction or a modal of
 * its own: in "it was not paid and ran only on credit" the "only" is a limit.
 */
const WIDENING =
  /\b(?:not|never|n['’]t)\s+(?:(?!(?:and|or|but|so|yet|can|could|may|might|will|would|should|must)\b)[\p{L}'’-]+\s+){0,4}?(?:just|only|merely|solely|exclusively)\b(?:\s+(?:on|to|in|for|as|about))?/giu;
const widenings = (text: string): [number, number][] =>
  allMatches(WIDENING, text).map((m) => [m.index, m.index + m[0].length]);

/**
 * What a source sentence that no page sentence restates would tell the reader, if anything:
 * - `limit`: the source bounds its own result ("one domain, one benchmark", "does not claim …
 *   generalizes", "coming soon") or narrows its scope (a limiter of the strength rules);
 * - `caveat`: it hedges ("may have played a part", "we believe"), as the strength rules read it;
 * - `trade-off`: it names a cost of the thing ("drawback", "at the expense of"), never a result
 *   that merely mentions cost;
 * - `number`: a figure the page leaves out.
 */
function kindOf(text: string, strength: () => SentenceStrength): Omission['kind'] | null {
  if (BOILERPLATE.test(text)) return null;
  const figure = NUMBER.test(text);
  const widened = widenings(text);
  const said = blankSpans(text, widened);
  if (LIMITS.test(said) || DENIED_READING.test(said) || (!figure && PROVENANCE.test(said)))
    return 'limit';
  if (INSTRUCTION.test(text)) return null;
  const s = HEDGE_CUES.test(text) ? strength() : null;
  if (s && isHedged(text, s)) return 'caveat';
  if (
    s?.hedges.some(
      (h) =>
        !widened.some(([from, to]) => h.start >= from && h.start < to) &&
        ((h.kind === 'limiter' && isBound(h.text.toLowerCase().replace(/\s+/g, ' '), figure)) ||
          h.kind === 'negated-absolute' ||
          h.kind === 'negated-booster'),
    )
  )
    return 'limit';
  if (TRADEOFFS.test(text)) return 'trade-off';
  if (figure) return 'number';
  return null;
}

/** A source sentence that would tell the reader something if a page left it out, and what. */
export interface OmissionCandidate {
  i: number;
  kind: Omission['kind'];
}

/**
 * Every sentence of the sources (read as one) that would tell the reader something if a page left
 * it out, in the order a reader should see them. It depends on the sources alone: worked out once
 * per source the background keeps (prepared-source.ts), each page then takes what it did not cover.
 */
export function omissionCandidates(
  source: Article,
  strengthOf: (i: number) => SentenceStrength,
): OmissionCandidate[] {
  const candidates: OmissionCandidate[] = [];
  const graded = new Map<string, Omission['kind'] | null>();
  source.sentences.forEach((s, i) => {
    // A heading ("Limitations") names a section; the sentences under it say what it holds.
    if (s.text.split(/\s+/).length < MIN_WORDS) return;
    let kind = graded.get(s.text);
    if (kind === undefined) graded.set(s.text, (kind = kindOf(s.text, () => strengthOf(i))));
    if (kind) candidates.push({ i, kind });
  });
  return candidates.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.i - b.i);
}

/**
 * The source's limits, caveats, trade-offs and numbers that no page sentence covers: limits first,
 * then caveats, trade-offs and numbers, each in source order and each text once, at most
 * MAX_OMISSIONS. A headline result ("ran at fifty-two times lower cost") is none of these.
 * `candidates`: `omissionCandidates` of the same sources.
 */
export function findOmissions(
  texts: SourceTexts,
  covered: ReadonlySet<number>,
  candidates: readonly OmissionCandidate[],
): Omission[] {
  const source = texts.article;
  // Each text once: where a source repeats a sentence, its first place the page left out.
  const seen = new Set<string>();
  const found: OmissionCandidate[] = [];
  for (const c of candidates) {
    if (found.length === MAX_OMISSIONS) break;
    const text = source.sentences[c.i]!.text;
    if (covered.has(c.i) || seen.has(text)) continue;
    seen.add(text);
    found.push(c);
  }
  return found.map(({ i, kind }) => ({
    text: source.sentences[i]!.text,
    kind,
    fragmentUrl: texts.fragmentUrl(i),
    ...(texts.parts.length > 1 ? { source: texts.partOf(i) } : {}),
  }));
}
