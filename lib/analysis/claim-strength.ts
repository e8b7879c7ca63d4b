import absolutes from '../knowledge/lexicons/absolutes.json';
import boosters from '../knowledge/lexicons/boosters.json';
import comparatives from '../knowledge/lexicons/comparatives.json';
import hedges from '../knowledge/lexicons/hedges.json';
import negations from '../knowledge/lexicons/negations.json';
import type { Strength } from './report';
import { lexiconPhrases, PhraseMatcher, type PhraseHit } from './text/phrase-matcher';

/** A cue inside one sentence; offsets are relative to the sentence text. */
export interface SentenceCue {
  text: string;
  start: number;
  end: number;
  /** 'hedge' | 'booster' | 'absolute' | 'negation' | ... */
  kind: string;
}

/** What Unspun concludes about one sentence's claim strength. */
export interface SentenceStrength {
  strength: Strength;
  hedges: SentenceCue[];
  boosters: SentenceCue[];
  /** The sentence carries a hedge or another uncertainty cue. */
  uncertain: boolean;
}

const HEDGES = new PhraseMatcher(lexiconPhrases(hedges.entries));
const BOOSTERS = new PhraseMatcher(lexiconPhrases(boosters.entries));
const UNIVERSAL = new PhraseMatcher(absolutes.entries.universal);
const MAJORITY = new PhraseMatcher(absolutes.entries.majority);
const NEGATIONS = new PhraseMatcher(negations.entries);
const COMPARATIVES = new PhraseMatcher(comparatives.entries);
/** "no evidence that", "unclear whether": the sentence asserts no relation at all. */
const NO_RELATION = new PhraseMatcher(['no evidence', 'no evidence that', 'unclear whether', 'it is unclear', 'did not find', 'found no', 'no association', 'no link between', 'no significant']);
/** Correlational wording (Yu et al. 2019, label 1). */
const CORRELATIONAL = new PhraseMatcher(['associated with', 'association between', 'linked to', 'link between', 'correlated with', 'correlates with', 'correlation between', 'related to', 'tied to', 'connected to', 'coincides with', 'predicts', 'predictor of']);
/** Modal hedges that make a causal claim conditional (Yu et al. 2019, label 2). */
const MODALS = new PhraseMatcher(hedges.entries.modal.concat(hedges.entries.epistemic, ['suggest', 'suggests', 'suggested', 'appear to', 'appears to', 'seem to', 'seems to']));

/** A negation reaches forward to the end of its clause. */
const CLAUSE_END = /[,;:]|\bbut\b|\bwhile\b|\bwhereas\b/giu;
const MAX_SENTENCE = 2_000;

function toCue(hit: PhraseHit, kind: string): SentenceCue {
  return { text: hit.text, start: hit.start, end: hit.end, kind };
}

/** End of the clause that starts at `from`. */
function clauseEnd(text: string, from: number): number {
  CLAUSE_END.lastIndex = from;
  const m = CLAUSE_END.exec(text);
  return m ? m.index : text.length;
}

/** Whether the sentence asserts something (not a heading, a label or a question). */
function isAssertion(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith('?')) return false;
  const words = trimmed.split(/\s+/);
  if (/[.!…"”’)]$/.test(trimmed)) return words.length >= 3;
  // A long line without an end mark is a sentence only if it reads like prose (mostly lowercase
  // words), not a dateline or a label row ("SIGNALAI · May 22, 2026 · Signal 75").
  const prose = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 12 && prose / words.length >= 0.5;
}

/**
 * Judges the claim strength of one sentence (none / correlational / conditional / direct /
 * universal) with its hedges and boosters. Pure and linear in the sentence length; the Report,
 * the sidebar and `unspun claims` all go through this one function.
 *
 * Rules, in order: no assertion or "no evidence that" → none; a negation scopes forward to the end
 * of its clause and cancels the boosters and universal words inside it ("not inevitable", "not in
 * every setting"), which then read as a limit, i.e. a hedge; a hedge ("may", "can", "suggests")
 * makes the claim conditional; correlational wording without a causal verb → correlational;
 * a universal word or certainty booster left standing → universal; otherwise direct.
 */
export function assessSentence(input: string): SentenceStrength {
  const text = input.length > MAX_SENTENCE ? input.slice(0, MAX_SENTENCE) : input;
  const negated: [number, number][] = [];
  for (const hit of NEGATIONS.find(text)) negated.push([hit.start, clauseEnd(text, hit.end)]);
  const inNegation = (hit: PhraseHit) => negated.some(([s, e]) => hit.start >= s && hit.start < e);

  const hedgeCues = HEDGES.find(text).map((h) => toCue(h, 'hedge'));
  const boosterCues: SentenceCue[] = [];
  for (const hit of BOOSTERS.find(text)) {
    if (inNegation(hit)) hedgeCues.push(toCue(hit, 'negated-booster'));
    else boosterCues.push(toCue(hit, 'booster'));
  }
  let universal = false;
  for (const hit of UNIVERSAL.find(text)) {
    if (inNegation(hit)) {
      hedgeCues.push(toCue(hit, 'negated-absolute'));
    } else {
      boosterCues.push(toCue(hit, 'absolute'));
      universal = true;
    }
  }
  for (const hit of MAJORITY.find(text)) {
    if (!inNegation(hit)) {
      boosterCues.push(toCue(hit, 'absolute'));
      universal = true;
    }
  }
  hedgeCues.sort((a, b) => a.start - b.start);
  boosterCues.sort((a, b) => a.start - b.start);

  const certain = boosterCues.some((c) => c.kind === 'booster' && /^(clearly|certainly|definitely|undoubtedly|undeniably|proves|proven|conclusively|unquestionably)$/i.test(c.text));
  const modal = MODALS.test(text) || hedgeCues.some((c) => c.kind !== 'hedge');
  const uncertain = hedgeCues.length > 0;

  let strength: Strength;
  if (!isAssertion(text) || NO_RELATION.test(text)) strength = 'none';
  else if (modal) strength = 'conditional';
  else if (CORRELATIONAL.test(text) && !COMPARATIVES.test(text)) strength = 'correlational';
  else if (universal || certain) strength = 'universal';
  else strength = 'direct';

  return { strength, hedges: hedgeCues, boosters: boosterCues, uncertain };
}
