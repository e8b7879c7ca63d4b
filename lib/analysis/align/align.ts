import type { Article } from '../../extract/article';
import editorial from '../../knowledge/lexicons/editorial.json';
import hedges from '../../knowledge/lexicons/hedges.json';
import independence from '../../knowledge/lexicons/independence.json';
import parity from '../../knowledge/lexicons/parity.json';
import tradeoffs from '../../knowledge/lexicons/tradeoffs.json';
import { textFragmentUrl } from '../../source/text-fragment';
import { assessSentence, type SentenceStrength } from '../claim-strength';
import { STRENGTHS, type ClaimMatch, type ClaimStatus, type Omission, type Reuse } from '../report';
import { COMPARATIVES } from '../text/comparatives';
import { lexiconPhrases, PhraseMatcher } from '../text/phrase-matcher';
import { InvertedIndex } from './inverted-index';
import { termsBySpan, Vocabulary, wordsOf } from './terms';
import { measureReuse } from './reuse';
import { changedFigures } from './changed-figures';

/** Similarity at or above which a source sentence counts as the page sentence's counterpart. */
export const MATCH_THRESHOLD = 0.3;
/** Source lines shorter than this are headings or labels, not sentences to match. */
const MIN_SOURCE_WORDS = 6;

const EDITORIAL = new PhraseMatcher(editorial.entries);
/** "…, the lab says": a claim kept as someone's report keeps the source's distance from it. */
const ATTRIBUTED = new PhraseMatcher(independence.entries.reporting);
const LIMITS = new PhraseMatcher(['not in every', 'does not', 'do not', 'should be read', 'limitation', 'limitations', 'only', 'one domain', 'one benchmark', 'remain better', 'remains better', 'may not', 'caveat']);
const TRADEOFFS = new PhraseMatcher(tradeoffs.entries.filter((t) => !['but', 'only', 'still', 'however', 'although', 'though'].includes(t)));
const HEDGE_WORDS = new PhraseMatcher(lexiconPhrases(hedges.entries));
const PARITY = new PhraseMatcher(parity.entries);
const NUMBER = /\d[\d,.]*\s?(?:%|x\b|×|\$)|[$€£]\s?\d/u;

export interface AlignedClaim {
  /** Index into page.sentences. */
  pageIndex: number;
  status: ClaimStatus;
  match: ClaimMatch | null;
}

export interface Alignment {
  matches: AlignedClaim[];
  omissions: Omission[];
  reuse: Reuse;
}

const rank = (s: SentenceStrength) => STRENGTHS.indexOf(s.strength);

/**
 * "competitive with" retold as "beats": the source's passage says two things are about equal and
 * the claim says one is better (or worse). Null unless exactly that: each says only the one.
 */
function parityTurnedComparison(claim: string, passage: string): ClaimMatch['comparison'] | null {
  const [equal] = PARITY.find(passage);
  const [better] = COMPARATIVES.find(claim);
  if (!equal || !better || COMPARATIVES.test(passage) || PARITY.test(claim)) return null;
  return { source: equal.text, page: better.text };
}

/** The words that make a sentence uncertain ("we expect", "may"), each once. */
const uncertaintyCues = (s: SentenceStrength) => [...new Set(s.hedges.filter((h) => h.kind === 'hedge').map((h) => h.text))];

/** At most this many omissions: the ones a reader should see first, not every number of a report. */
export const MAX_OMISSIONS = 20;

/**
 * The source's limits, trade-offs, caveats and numbers that no page sentence covers, in source
 * order, each text once. Cheap kinds are found first; the costly caveat test (the full strength
 * rules) and numbers only fill what room is left.
 */
function findOmissions(source: Article, covered: ReadonlySet<number>, strengthOf: (i: number) => SentenceStrength): Omission[] {
  const seen = new Set<string>();
  const open: number[] = [];
  source.sentences.forEach((s, i) => {
    if (covered.has(i) || seen.has(s.text)) return;
    seen.add(s.text);
    open.push(i);
  });
  const kinds = new Map<number, Omission['kind']>();
  const take = (kind: Omission['kind'], test: (text: string, i: number) => boolean) => {
    for (const i of open) {
      if (kinds.size >= MAX_OMISSIONS) return;
      if (!kinds.has(i) && test(source.sentences[i]!.text, i)) kinds.set(i, kind);
    }
  };
  take('limit', (text) => LIMITS.test(text));
  take('trade-off', (text) => TRADEOFFS.test(text));
  // A caveat needs two hedge words: test that cheaply before the full rules.
  take('caveat', (text, i) => {
    if (HEDGE_WORDS.find(text).length < 2) return false;
    const s = strengthOf(i);
    return s.strength === 'conditional' && s.hedges.length >= 2;
  });
  take('number', (text) => NUMBER.test(text));
  return [...kinds]
    .sort((x, y) => x[0] - y[0])
    .map(([i, kind]) => ({ text: source.sentences[i]!.text, kind, fragmentUrl: textFragmentUrl(source.url, source.sentences[i]!.text) }));
}

/**
 * Sets each page sentence against the source: the best-matching source sentence through an
 * inverted index (IDF weights, stemming), and a status: supported (same or weaker strength),
 * strengthened (stronger, or the source's hedges dropped), weakened, figures-differ (other
 * figures than the passage's), unsupported (no match), editorial (the page's own view). Also the
 * source's caveats, limits, trade-offs and numbers no page sentence covers, and the share of the
 * page copied from the source.
 */
export function alignClaims(page: Article, source: Article, pageStrengths?: SentenceStrength[]): Alignment {
  // Headings and labels ("What specialization costs") are not claims: short lines would win
  // cosine similarity on a shared word or two, so only sentences are indexed.
  // Each text is read into words once; sentences take their terms from those words.
  const vocabulary = new Vocabulary();
  const sourceWords = wordsOf(source.text, vocabulary);
  const pageWords = wordsOf(page.text, vocabulary);
  const sourceTerms = termsBySpan(sourceWords, vocabulary, source.sentences);
  const pageTerms = termsBySpan(pageWords, vocabulary, page.sentences);
  const indexed = source.sentences.map((_, i) => i).filter((i) => sourceTerms[i]!.words >= MIN_SOURCE_WORDS);
  const index = new InvertedIndex(
    indexed.map((i) => sourceTerms[i]!.terms),
    vocabulary.termCount,
  );
  const sourceStrengths = new Map<number, SentenceStrength>();
  const strengthOf = (i: number) => {
    let s = sourceStrengths.get(i);
    if (!s) sourceStrengths.set(i, (s = assessSentence(source.sentences[i]!.text)));
    return s;
  };
  const covered = new Set<number>();
  const matches: AlignedClaim[] = page.sentences.map((sentence, pageIndex) => {
    const mine = pageStrengths?.[pageIndex] ?? assessSentence(sentence.text);
    const [hit] = index.search(pageTerms[pageIndex]!.terms, 1);
    const matched = hit && hit.score >= MATCH_THRESHOLD ? { doc: indexed[hit.doc]!, score: hit.score } : null;
    if (matched) covered.add(matched.doc);
    const theirs = matched ? strengthOf(matched.doc) : null;
    const passage = matched ? source.sentences[matched.doc]!.text : '';
    const figures = matched && theirs && mine.assertion ? changedFigures(sentence.text, source, matched.doc) : null;
    // "does not beat" agrees with "competitive with": a negation on either side, and it is not this.
    const comparison =
      theirs && mine.assertion && !mine.negated && !theirs.negated ? parityTurnedComparison(sentence.text, passage) : null;
    const match: ClaimMatch | null =
      matched && theirs
        ? {
            text: source.sentences[matched.doc]!.text,
            score: Math.round(matched.score * 100) / 100,
            fragmentUrl: textFragmentUrl(source.url, source.sentences[matched.doc]!.text),
            strength: theirs.strength,
            hedgeWords: uncertaintyCues(theirs),
            ...(theirs.relation?.kind === 'denied' ? { denial: theirs.relation.text } : {}),
            ...(figures ? { figures } : {}),
            ...(comparison ? { comparison } : {}),
          }
        : null;
    let status: ClaimStatus;
    if (!mine.assertion) status = 'unchecked';
    else if (!theirs) status = EDITORIAL.test(sentence.text) ? 'editorial' : 'unsupported';
    else if (figures) status = 'figures-differ';
    else if (comparison) status = 'strengthened';
    else {
      const droppedHedges = theirs.uncertain && !mine.uncertain && !ATTRIBUTED.test(sentence.text);
      // A dropped hedge is words the reader is shown ("Preliminary results indicate that…" retold
      // as plain fact); a lower level is the model's reading of two sentences. So the certainty a
      // retelling added counts first, unless it added or dropped a negation: then it says
      // something else.
      if (rank(mine) > rank(theirs) || (droppedHedges && mine.negated === theirs.negated)) status = 'strengthened';
      else if (rank(mine) < rank(theirs)) status = 'weakened';
      else status = 'supported';
    }
    return { pageIndex, status, match };
  });

  const omissions = findOmissions(source, covered, strengthOf);
  return { matches, omissions, reuse: measureReuse(page.text, pageWords, sourceWords) };
}
