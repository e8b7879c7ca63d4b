import hedges from '../../../knowledge/lexicons/hedges.json';
import negations from '../../../knowledge/lexicons/negations.json';
import turns from '../../../knowledge/lexicons/turns.json';
import stopwords from '../../../knowledge/stopwords.json';
import { blankSpans } from '../../../text/blank-spans';
import { PhraseMatcher } from '../../../text/phrase-matcher';
import { stem } from '../../../text/stem';
import { tokenize } from '../../../text/tokenize';

// The words two sentences share, read for how one turns the other (../turned-wording.ts): tokens
// with their stems, negations, content words, one word in two forms, and the clause around a word.

export interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
}

/** Where a joined word splits into words of its own: "peer-reviewed", "gpt-4.1". */
const JOINER = /[-.]/u;
/** A pronoun's clitic ("they're", "we've", "you'll"): the word is the pronoun, a stopword. */
const CLITIC = /'(?:re|ve|ll|m|d)$/u;

/**
 * The sentence's words as lib/text/tokenize reads them (contractions as two words: "doesn't" is
 * "does not"; a possessive without its "'s"), punctuation left out and a joined word split at its
 * hyphens and dots, so "peer-reviewed" turns on "reviewed" as "reviewed" does. Numbers keep their
 * digits: a count or an amount is read from them.
 */
function wordsOf(text: string): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(text)) {
    if (t.punct) continue;
    if (!JOINER.test(t.raw)) {
      const word = /\p{N}/u.test(t.norm) ? t.raw.toLowerCase() : t.norm.replace(CLITIC, '');
      out.push({ word, stem: word === t.norm ? t.stem : stem(word), start: t.start, end: t.end });
      continue;
    }
    for (const m of t.raw.matchAll(/[^-.]+/gu)) {
      const word = m[0].toLowerCase().replace(/’/gu, "'").replace(/'s$/u, '').replace(CLITIC, '');
      const start = t.start + m.index;
      out.push({ word, stem: stem(word), start, end: start + m[0].length });
    }
  }
  return out;
}

const lastRead = new Map<string, readonly Token[]>();

/**
 * A text's words, lowercased, with their stems and offsets. The last two texts' are kept: every
 * rule reads the same claim and passage, so each is split once per pair, not once per rule.
 */
export function tokensOf(text: string): readonly Token[] {
  let tokens = lastRead.get(text);
  if (!tokens) {
    if (lastRead.size >= 2) lastRead.delete(lastRead.keys().next().value!);
    tokens = wordsOf(text);
    lastRead.set(text, tokens);
  }
  return tokens;
}

const STOPWORDS = new Set(stopwords.entries);

/**
 * Words that negate what follows them closely: "does not support", "no model beat", "can't run"
 * (a contraction is read as its "not").
 */
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor']);

export const isNegator = (word: string) => NEGATORS.has(word);

/**
 * After these a negation is not the verb's: "not only reads text", "not necessarily better" (a
 * hedge, read by the strength rules), "no less than".
 */
export const NOT_NEGATING_NEXT = new Set([
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

const negated = new WeakMap<readonly Token[], boolean>();

/**
 * Whether a text negates anything. Read once per text: every rule that asks reads the same claim
 * and passage (the tokens are tokensOf's). `outside`: spans that are no negation where they
 * stand (the "non" of "non-commercial"), left out.
 */
export function negatedAnywhere(
  text: string,
  tokens: readonly Token[],
  outside: readonly (readonly [number, number])[] = [],
): boolean {
  if (outside.length) {
    const inside = (t: Token) => outside.some(([from, to]) => t.start >= from && t.end <= to);
    return negationIn(
      blankSpans(text, outside),
      tokens.filter((t) => !inside(t)),
    );
  }
  let yes = negated.get(tokens);
  if (yes === undefined) negated.set(tokens, (yes = negationIn(text, tokens)));
  return yes;
}

const negationIn = (text: string, tokens: readonly Token[]) =>
  NEGATION_PHRASES.test(text) ||
  tokens.some(
    (t, k) =>
      (isNegator(t.word) || NEGATIVE_WORDS.has(t.word)) &&
      !NOT_NEGATING_NEXT.has(tokens[k + 1]?.word ?? ''),
  );

/** Words that may stand between a negation or a plan and the word it bears on ("not yet fully"). */
export const isGap = (t: Token) =>
  STOPWORDS.has(t.word) || t.word.endsWith('ly') || t.word === 'yet';

/** Modals: stopwords.json keeps them for the strength rules, but they name nothing a clause is about. */
const MODALS = new Set(hedges.entries.modal);

export const isContent = (t: Token) =>
  t.word.length >= 3 &&
  /\p{L}/u.test(t.word) &&
  !STOPWORDS.has(t.word) &&
  !MODALS.has(t.word) &&
  !isNegator(t.word);

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
export const sameWord = (a: Token, b: Token) => {
  if (a.stem !== b.stem) return false;
  const ofB = bases(b.word);
  return [...bases(a.word)].some((w) => ofB.has(w));
};

const CLAUSE_BREAK = /[,;:—–()]/u;

/** Whether a clause break lies between tokens `k` and `k + 1`. */
export const breaksAfter = (text: string, tokens: readonly Token[], k: number) =>
  CLAUSE_BREAK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));

/** Fewest content words the clause of a turned word must share with the other sentence. */
const LEAST_SHARED = 2;

/**
 * Whether the clause around token `i` is about what the other sentence says: it shares `least`
 * of its content words (LEAST_SHARED unless a rule reads a short claim). "We didn't know where to
 * go" shares only "know" with the heading "What Biology and Markets Already Know": the negation is
 * of something else.
 */
export function clauseShared(
  text: string,
  tokens: readonly Token[],
  i: number,
  other: readonly Token[],
  least = LEAST_SHARED,
) {
  let from = i;
  while (from > 0 && !breaksAfter(text, tokens, from - 1)) from--;
  let to = i;
  while (to < tokens.length - 1 && !breaksAfter(text, tokens, to)) to++;
  const shared = new Set<string>();
  for (let k = from; k <= to; k++)
    if (isContent(tokens[k]!) && other.some((t) => sameWord(t, tokens[k]!)))
      shared.add(tokens[k]!.stem);
  return shared.size >= least;
}

/**
 * Whether the clause at offset `at` of a passage (where a limit or a place it states begins) is
 * about what the claim says: clauseShared from the first word there.
 */
export function clauseSharedAt(passage: string, at: number, claim: string, least = LEAST_SHARED) {
  const theirs = tokensOf(passage);
  const k = theirs.findIndex((t) => t.start >= at);
  return k >= 0 && clauseShared(passage, theirs, k, tokensOf(claim), least);
}

/** The text of tokens `from`..`to` (inclusive) as the sentence writes it. */
export const spanText = (text: string, tokens: readonly Token[], from: number, to: number) =>
  text.slice(tokens[from]!.start, tokens[to]!.end);

/** The content stems of the clause before token `i`: what the change or comparison is said of. */
export function subjectOf(text: string, tokens: readonly Token[], i: number): Set<string> {
  const out = new Set<string>();
  for (let k = i - 1; k >= 0; k--) {
    if (breaksAfter(text, tokens, k)) break;
    if (isContent(tokens[k]!)) out.add(tokens[k]!.stem);
  }
  return out;
}

/** The content stems of the clause after token `i`: what a comparison is made against. */
export function objectOf(text: string, tokens: readonly Token[], i: number): Set<string> {
  const out = new Set<string>();
  for (let k = i + 1; k < tokens.length && !breaksAfter(text, tokens, k - 1); k++)
    if (isContent(tokens[k]!)) out.add(tokens[k]!.stem);
  return out;
}

/** The words of a clause from the first content word before token `i` to the last after it. */
export function clauseText(text: string, tokens: readonly Token[], i: number): string {
  let from = i;
  while (from > 0 && !breaksAfter(text, tokens, from - 1)) from--;
  let to = i;
  while (to < tokens.length - 1 && !breaksAfter(text, tokens, to)) to++;
  return text.slice(tokens[from]!.start, tokens[to]!.end);
}
