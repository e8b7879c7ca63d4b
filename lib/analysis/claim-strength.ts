import type { Strength } from './report';

/** A cue inside one sentence; offsets are relative to the sentence text. */
export interface SentenceCue {
  text: string;
  start: number;
  end: number;
  /** 'hedge' | 'booster' | 'absolute' | 'negation' | 'quantifier' | 'prediction' | ... */
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

/**
 * Judges the claim strength of one sentence (none / correlational / conditional / direct /
 * universal) with its hedges and boosters. Pure; the Report, the sidebar and `unspun claims`
 * all go through this one function.
 * PLACEHOLDER implementation, replaced by the measured one (issue 8).
 */
export function assessSentence(text: string): SentenceStrength {
  const lower = text.toLowerCase();
  const find = (words: string[], kind: string): SentenceCue[] =>
    words.flatMap((w) => {
      const i = lower.indexOf(w);
      return i >= 0 ? [{ text: text.slice(i, i + w.length), start: i, end: i + w.length, kind }] : [];
    });
  const hedges = find(['may', 'might', 'could', 'can'], 'hedge');
  const boosters = find(['consistently', 'always', 'inevitable', 'clearly'], 'booster');
  const strength: Strength = boosters.length ? 'universal' : hedges.length ? 'conditional' : 'direct';
  return { strength, hedges, boosters, uncertain: hedges.length > 0 };
}
