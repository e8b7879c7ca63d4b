import type { Article } from '../../extract/article';
import editorial from '../../knowledge/lexicons/editorial.json';
import hedges from '../../knowledge/lexicons/hedges.json';
import independence from '../../knowledge/lexicons/independence.json';
import tradeoffs from '../../knowledge/lexicons/tradeoffs.json';
import { textFragmentUrl } from '../../source/text-fragment';
import { assessSentence, type SentenceStrength } from '../claim-strength';
import { STRENGTHS, type ClaimMatch, type ClaimStatus, type Omission, type Reuse, type Span } from '../report';
import { lexiconPhrases, PhraseMatcher } from '../text/phrase-matcher';
import { InvertedIndex } from './inverted-index';
import { words } from './terms';

/** Similarity at or above which a source sentence counts as the page sentence's counterpart. */
export const MATCH_THRESHOLD = 0.3;
/** Source lines shorter than this are headings or labels, not sentences to match. */
const MIN_SOURCE_WORDS = 6;
/** Shingle size for copied text: 6 words in a row shared by two texts is rarely chance. */
const SHINGLE = 6;

const EDITORIAL = new PhraseMatcher(editorial.entries);
/** "…, the lab says": a claim kept as someone's report keeps the source's distance from it. */
const ATTRIBUTED = new PhraseMatcher(independence.entries.reporting);
const LIMITS = new PhraseMatcher(['not in every', 'does not', 'do not', 'should be read', 'limitation', 'limitations', 'only', 'one domain', 'one benchmark', 'remain better', 'remains better', 'may not', 'caveat']);
const TRADEOFFS = new PhraseMatcher(tradeoffs.entries.filter((t) => !['but', 'only', 'still', 'however', 'although', 'though'].includes(t)));
const HEDGE_WORDS = new PhraseMatcher(lexiconPhrases(hedges.entries));
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

/** What kind of thing a source sentence is that a faithful summary should keep, if any. */
function omissionKind(text: string, strength: () => SentenceStrength): Omission['kind'] | null {
  if (LIMITS.test(text)) return 'limit';
  if (TRADEOFFS.test(text)) return 'trade-off';
  // Only a sentence with two hedge words can be a caveat: test that cheaply before the full rules.
  if (HEDGE_WORDS.find(text).length >= 2) {
    const s = strength();
    if (s.strength === 'conditional' && s.hedges.length >= 2) return 'caveat';
  }
  if (NUMBER.test(text)) return 'number';
  return null;
}

/**
 * Hashes of the word shingles of a text (6 words in a row), with where each starts and ends.
 * Words become small integers through a vocabulary shared by page and source, and a shingle is
 * their polynomial hash: no strings are built per shingle.
 */
function shingles(text: string, vocabulary: Map<string, number>): { key: number; start: number; end: number }[] {
  const list = words(text);
  const ids = list.map((w) => {
    let id = vocabulary.get(w.word);
    if (id === undefined) vocabulary.set(w.word, (id = vocabulary.size + 1));
    return id;
  });
  const out: { key: number; start: number; end: number }[] = [];
  for (let i = 0; i + SHINGLE <= list.length; i++) {
    let key = 0;
    for (let k = 0; k < SHINGLE; k++) key = (Math.imul(key, 1_000_003) + ids[i + k]!) | 0;
    const last = list[i + SHINGLE - 1]!;
    out.push({ key, start: list[i]!.start, end: last.start + last.word.length });
  }
  return out;
}

/** Share of the page's words inside passages copied from the source (6-word shingles). */
export function measureReuse(pageText: string, sourceText: string): Reuse {
  const vocabulary = new Map<string, number>();
  const sourceKeys = new Set(shingles(sourceText, vocabulary).map((s) => s.key));
  const passages: Span[] = [];
  for (const s of shingles(pageText, vocabulary)) {
    if (!sourceKeys.has(s.key)) continue;
    const last = passages[passages.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else passages.push({ start: s.start, end: s.end, text: '' });
  }
  for (const p of passages) p.text = pageText.slice(p.start, p.end);
  const copied = passages.reduce((n, p) => n + words(p.text).length, 0);
  const total = words(pageText).length;
  return { share: total ? Math.round((copied / total) * 1000) / 1000 : 0, passages };
}

/**
 * Sets each page sentence against the source: the best-matching source sentence through an
 * inverted index (IDF weights, stemming), and a status: supported (same or weaker strength),
 * strengthened (stronger, or the source's hedges dropped), weakened, unsupported (no match),
 * editorial (the page's own view). Also the source's caveats, limits, trade-offs and numbers no
 * page sentence covers, and the share of the page copied from the source.
 */
export function alignClaims(page: Article, source: Article, pageStrengths?: SentenceStrength[]): Alignment {
  // Headings and labels ("What specialization costs") are not claims: short lines would win
  // cosine similarity on a shared word or two, so only sentences are indexed.
  const indexed = source.sentences.map((s, i) => i).filter((i) => source.sentences[i]!.text.split(/\s+/).length >= MIN_SOURCE_WORDS);
  const index = new InvertedIndex(indexed.map((i) => source.sentences[i]!.text));
  const sourceStrengths = new Map<number, SentenceStrength>();
  const strengthOf = (i: number) => {
    let s = sourceStrengths.get(i);
    if (!s) sourceStrengths.set(i, (s = assessSentence(source.sentences[i]!.text)));
    return s;
  };
  const covered = new Set<number>();
  const matches: AlignedClaim[] = page.sentences.map((sentence, pageIndex) => {
    const mine = pageStrengths?.[pageIndex] ?? assessSentence(sentence.text);
    const [hit] = index.search(sentence.text, 1);
    const matched = hit && hit.score >= MATCH_THRESHOLD ? { doc: indexed[hit.doc]!, score: hit.score } : null;
    if (matched) covered.add(matched.doc);
    const match: ClaimMatch | null = matched
      ? {
          text: source.sentences[matched.doc]!.text,
          score: Math.round(matched.score * 100) / 100,
          fragmentUrl: textFragmentUrl(source.url, source.sentences[matched.doc]!.text),
          strength: strengthOf(matched.doc).strength,
        }
      : null;
    let status: ClaimStatus;
    if (mine.strength === 'none') status = 'unchecked';
    else if (!matched) status = EDITORIAL.test(sentence.text) ? 'editorial' : 'unsupported';
    else {
      const theirs = strengthOf(matched.doc);
      const droppedHedges = theirs.uncertain && !mine.uncertain && !ATTRIBUTED.test(sentence.text);
      if (rank(mine) > rank(theirs) || (droppedHedges && rank(mine) >= rank(theirs))) status = 'strengthened';
      else if (rank(mine) < rank(theirs)) status = 'weakened';
      else status = 'supported';
    }
    return { pageIndex, status, match };
  });

  const omissions: Omission[] = [];
  source.sentences.forEach((s, i) => {
    if (covered.has(i)) return;
    const kind = omissionKind(s.text, () => strengthOf(i));
    if (kind) omissions.push({ text: s.text, kind, fragmentUrl: textFragmentUrl(source.url, s.text) });
  });
  return { matches, omissions, reuse: measureReuse(page.text, source.text) };
}
