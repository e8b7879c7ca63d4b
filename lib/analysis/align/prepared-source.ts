import type { Article } from '../../extract/article';
import { assessSentence, type SentenceStrength } from '../claim-strength';
import { termsBySpan, Vocabulary, wordsOf, type SpanTerms, type Words } from '../../text/terms';
import { InvertedIndex } from './inverted-index';
import { semanticWords, type SemanticWords } from './semantic';
import { mentionIndex, type MentionIndex } from './unmentioned';
import { omissionCandidates, type OmissionCandidate } from './omissions';
import { sourceTexts, type SourceTexts } from './source-texts';
import { quotableText, type QuotableText } from './quotations';

/** Source lines shorter than this are headings or labels, not sentences to match. */
const MIN_SOURCE_WORDS = 6;

/**
 * What matching reads from the sources alone, whatever the page: their words and terms, the index
 * of their sentences, the names and numbers they mention, and each sentence's strength and meaning
 * as first asked for. The background keeps a source it read (source-reader.ts), and each later
 * comparison with it (the sidebar opened again on the page, a comparison asked again, every other
 * page that restates it) reads that one Article: on a 20,000-word source this was most of each
 * comparison (docs/speed.md).
 */
export interface PreparedSource {
  texts: SourceTexts;
  /** The sources' words only: a page adds its own to a fork (Vocabulary.fork). */
  vocabulary: Vocabulary;
  words: Words;
  terms: SpanTerms[];
  /** The sentences indexed (long enough to be sentences), by their place in the sources. */
  indexed: number[];
  index: InvertedIndex;
  mentioned: MentionIndex;
  /** A word's weight for the paraphrase measure: its stem's rarity in the index, 0..1. */
  weightOf(stem: string): number;
  strengthOf(i: number): SentenceStrength;
  meaningOf(i: number): SemanticWords;
  /** What a page that leaves it out would leave out, in reading order (omissions.ts). */
  omissionCandidates(): readonly OmissionCandidate[];
  /** The sources' words as quotations are looked for in them (quotations.ts). */
  quotable(): QuotableText;
}

/** A sentence's words, for the paraphrase measure. */
export const wordList = (text: string) => text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

function prepare(sources: readonly Article[]): PreparedSource {
  const texts = sourceTexts(sources);
  const source = texts.article;
  const vocabulary = new Vocabulary();
  const words = wordsOf(source.text, vocabulary);
  const terms = termsBySpan(words, vocabulary, source.sentences);
  // Headings and labels ("What specialization costs") are not claims: short lines would win
  // cosine similarity on a shared word or two, so only sentences are indexed.
  const indexed = source.sentences
    .map((_, i) => i)
    .filter((i) => terms[i]!.words >= MIN_SOURCE_WORDS);
  const index = new InvertedIndex(
    indexed.map((i) => terms[i]!.terms),
    vocabulary.termCount,
  );
  // A stem no source word has weighs as much as the rarest: the index's weight of an unseen term.
  const maxRarity = Math.log(1 + index.size);
  const weightOf = (stem: string) => {
    const t = vocabulary.idOfTerm(stem);
    return Math.min(1, (t < 0 ? maxRarity : index.rarity(t)) / maxRarity);
  };
  const strengths = new Map<number, SentenceStrength>();
  const meanings = new Map<number, SemanticWords>();
  const strengthOf = (i: number) => {
    let s = strengths.get(i);
    if (!s) strengths.set(i, (s = assessSentence(source.sentences[i]!.text)));
    return s;
  };
  let candidates: OmissionCandidate[] | undefined;
  let quotable: QuotableText | undefined;
  return {
    texts,
    vocabulary,
    words,
    terms,
    indexed,
    index,
    // What a source names includes its title and byline: "authored by Erick Lachmann" names the
    // post's author, though its text may never say his name. Not its site: a platform
    // ("Hugging Face") is not who wrote a post it carries.
    mentioned: mentionIndex(
      [...texts.parts.flatMap((a) => [a.title, a.byline ?? '']), source.text].join('\n'),
      texts.parts.flatMap((a) => (a.published ? [a.published] : [])),
    ),
    weightOf,
    strengthOf,
    meaningOf(i) {
      let m = meanings.get(i);
      if (!m) meanings.set(i, (m = semanticWords(wordList(source.sentences[i]!.text), weightOf)));
      return m;
    },
    omissionCandidates: () => (candidates ??= omissionCandidates(source, strengthOf)),
    quotable: () => (quotable ??= quotableText(source.sentences)),
  };
}

/** Prepared sources by their first Article; the rest must be the same Articles in the same order. */
const prepared = new WeakMap<Article, { rest: readonly Article[]; prepared: PreparedSource }>();

/** The sources made ready to match pages against, once per set of Articles. Read only. */
export function preparedSource(sources: Article | readonly Article[]): PreparedSource {
  const all = Array.isArray(sources) ? (sources as readonly Article[]) : [sources as Article];
  const [first, ...rest] = all;
  if (!first) throw new Error('preparedSource needs at least one source');
  const kept = prepared.get(first);
  if (kept && kept.rest.length === rest.length && kept.rest.every((a, i) => a === rest[i]))
    return kept.prepared;
  const made = prepare(all);
  prepared.set(first, { rest, prepared: made });
  return made;
}
