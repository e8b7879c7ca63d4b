import absolutes from '../../knowledge/lexicons/absolutes.json';
import boosters from '../../knowledge/lexicons/boosters.json';
import hedges from '../../knowledge/lexicons/hedges.json';
import negations from '../../knowledge/lexicons/negations.json';
import quantifiers from '../../knowledge/lexicons/quantifiers.json';
import { ONES, TEENS, TENS } from '../../text/number-words';
import { TokenLexicon, type TokenHit } from '../../text/token-lexicon';
import relations from '../../knowledge/lexicons/relations.json';
import { tokenize, type Token } from '../../text/tokenize';

/** Curated hedge lists (the data-derived `annotated` list feeds the cue model, not these rules). */
const { annotated: _annotated, ...curatedHedges } = hedges.entries;
const HEDGES = new TokenLexicon(curatedHedges);
const BOOSTERS = new TokenLexicon(boosters.entries);
const ABSOLUTES = new TokenLexicon(absolutes.entries);
const QUANTIFIERS = new TokenLexicon(quantifiers.entries);
const NEGATIONS = new TokenLexicon({ cues: negations.entries.cues });
const NO_RELATION = new TokenLexicon({ noRelation: negations.entries.noRelation });
const RELATIONS = new TokenLexicon(relations.entries, 'stem', new Set(relations.stemCollisions));

/** Words that end a clause for negation and modal scope (BioScope: scope ends at the clause). */
const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'however',
  'yet',
  'because',
  'which',
  'who',
]);
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '–', '—', '?', '!']);
/** Longest reach of a negation or a modal, in tokens. */
const MAX_SCOPE = 12;
const MODAL_REACH = 5;
const FIRST_PERSON = new Set(['we', 'our', 'us', 'i', 'my']);

/** A sentence read once: tokens, lexicon hits, clause boundaries, negation scope. */
export interface Parsed {
  text: string;
  tokens: Token[];
  /** Per token: index of its clause (increments at each boundary). */
  clause: readonly number[];
  /** Per token: inside the scope of a negation cue (the cue itself excluded). */
  negated: readonly (0 | 1)[];
  hedges: TokenHit[];
  boosters: TokenHit[];
  absolutes: TokenHit[];
  quantifiers: TokenHit[];
  negations: TokenHit[];
  noRelation: TokenHit[];
  relations: TokenHit[];
}

const isBoundary = (t: Token) => (t.punct && CLAUSE_PUNCT.has(t.norm)) || CLAUSE_WORDS.has(t.norm);

/** Words before 'most' that make it a superlative ("its most capable", "the experiment's most notorious"). */
const SUPERLATIVE_BEFORE = new Set([
  'the',
  'at',
  'a',
  'an',
  'one',
  'among',
  'what',
  'which',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
]);

/** 'most' after 'the', 'at', 'a' or a possessive is a superlative or a bound, not the quantifier. */
function isQuantifier(tokens: readonly Token[], hit: TokenHit): boolean {
  if (hit.phrase !== 'most' && hit.phrase !== 'all') return true;
  const prev = hit.from > 0 ? tokens[hit.from - 1]!.norm : '';
  if (hit.phrase === 'most')
    return (
      !SUPERLATIVE_BEFORE.has(prev) &&
      !/['’]s$/u.test(hit.from > 0 ? tokens[hit.from - 1]!.raw : '')
    );
  // "all" after "at" ("not at all"), or "all-around" pieces: not a quantifier of the claim.
  return prev !== 'at' && prev !== 'above' && prev !== 'after';
}

const MONEY = new Set([
  '$',
  '€',
  '£',
  '¥',
  'funding',
  'capital',
  'money',
  'cash',
  'round',
  'seed',
  'series',
]);

/** "raised $40 million", "raising a Series B": money raised, not a relation ("raises the risk"). */
function isFundraising(tokens: readonly Token[], hit: TokenHit): boolean {
  if (hit.phrase !== 'raise') return false;
  for (let k = hit.to; k < tokens.length && k < hit.to + 3; k++) {
    const t = tokens[k]!;
    if (MONEY.has(t.norm)) return true;
    if (t.norm !== 'a' && t.norm !== 'an' && t.norm !== 'another' && t.norm !== 'new') return false;
  }
  return false;
}

/** "This post links to the paper", "linking to a source": a hyperlink, not "linked to" a risk. */
function isHyperlink(tokens: readonly Token[], hit: TokenHit): boolean {
  const verb = tokens[hit.from]!.raw.toLowerCase();
  return hit.phrase === 'linked to' && (verb === 'links' || verb === 'linking');
}

/** Words after which a past participle starts a noun phrase ("the increased demand", "with reduced costs"). */
const BEFORE_A_NOUN_PHRASE = new Set([
  ...['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'your'],
  ...['with', 'of', 'for', 'in', 'on', 'to', 'from', 'despite', 'amid', 'about'],
]);
/** Words after a participle that make it a verb ("increased by 5%", "reduced the cost", "improved on"). */
const AFTER_A_VERB = new Set([
  ...['by', 'to', 'from', 'on', 'in', 'with', 'over', 'and', 'or', 'as', 'more', 'less'],
  ...[
    'the',
    'a',
    'an',
    'its',
    'their',
    'our',
    'his',
    'her',
    'this',
    'that',
    'these',
    'those',
    'it',
    'them',
  ],
  ...['significantly', 'substantially', 'markedly', 'sharply', 'dramatically'],
]);

/**
 * "Increased fragmentation is a concern", "with reduced latency": a one-word causal participle
 * before its noun describes the noun; it claims no relation. A verb is told by what stands before
 * it (a subject, "has", "and") or after it ("by 5%", "the cost"). The model still reads these
 * words (Yu et al.'s labels were learnt with them); a level is not shown on one alone.
 */
export function isAttributive(p: Parsed, hit: TokenHit): boolean {
  const { tokens } = p;
  if (hit.category !== 'causal' || hit.to - hit.from !== 1 || !/ed$/u.test(tokens[hit.from]!.norm))
    return false;
  const prev = tokens[hit.from - 1];
  const next = tokens[hit.to];
  if (prev && !BEFORE_A_NOUN_PHRASE.has(prev.norm)) return false;
  return !!next && !next.punct && /^\p{Ll}/u.test(next.raw) && !AFTER_A_VERB.has(next.norm);
}

/** A relation word used in another sense: money raised, a hyperlink. */
const isOtherSense = (tokens: readonly Token[], hit: TokenHit) =>
  isFundraising(tokens, hit) || isHyperlink(tokens, hit);

export function parse(text: string): Parsed {
  const tokens = tokenize(text);
  const n = tokens.length;
  // Plain arrays: a typed array costs more to make than these few numbers do to hold.
  const clause: number[] = [];
  let c = 0;
  for (let i = 0; i < n; i++) {
    if (isBoundary(tokens[i]!)) c++;
    clause.push(c);
  }
  const negationHits = NEGATIONS.find(tokens);
  const negated: (0 | 1)[] = new Array<0 | 1>(n).fill(0);
  for (const h of negationHits) {
    const cl = clause[h.from]!;
    for (let k = h.to; k < n && k < h.to + MAX_SCOPE && clause[k] === cl; k++) negated[k] = 1;
  }
  return {
    text,
    tokens,
    clause,
    negated,
    hedges: HEDGES.find(tokens),
    boosters: BOOSTERS.find(tokens),
    absolutes: ABSOLUTES.find(tokens),
    quantifiers: QUANTIFIERS.find(tokens).filter((h) => isQuantifier(tokens, h)),
    negations: negationHits,
    noRelation: NO_RELATION.find(tokens),
    relations: RELATIONS.find(tokens).filter((h) => !isOtherSense(tokens, h)),
  };
}

/** Whether a hit lies in a negation's scope ("not always", "no evidence that … improves"). */
export const isNegated = (p: Parsed, h: TokenHit) => p.negated[h.from] === 1;

/** Two to ninety-nine written in words ("fifty-two", "twelve"), as a token starts. */
const NUMBER_WORD = new RegExp(
  String.raw`^(?:${[...ONES, ...TEENS, ...TENS].join('|')})(?:$|-)`,
  'u',
);

/**
 * Whether an approximator ("about", "around") stands before a number, in digits or in words
 * ("approximately fifty-two times"): then it hedges it.
 */
export function approximatesNumber(p: Parsed, h: TokenHit): boolean {
  const next = p.tokens[h.to];
  return (
    !!next &&
    (next.norm === '0' ||
      next.norm === '$' ||
      next.norm === '€' ||
      next.norm === '£' ||
      /\d/u.test(next.raw) ||
      NUMBER_WORD.test(next.norm))
  );
}

/** A causal or correlational relation word: what a claim's level turns on (not a comparison or a reporting verb). */
export const isRelation = (h: TokenHit) =>
  h.category === 'causal' || h.category === 'correlational';

/** Forms of "be" before a passive participle. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Modal groups: 'may'/'might'/'could' are the conditional-causal modals of Yu et al. 2019. */
function modalGroup(phrase: string): string {
  if (phrase === 'may' || phrase === 'might' || phrase === 'could' || phrase === 'may or may not')
    return 'mmc';
  if (phrase === 'would' || phrase === 'should') return 'ws';
  return phrase;
}

/** Whether a hedge or modal at `from` reaches the relation at `to` (same clause, close). */
function reaches(p: Parsed, from: number, to: number, reach: number): boolean {
  return to > from && to - from <= reach && p.clause[from] === p.clause[to];
}

/** Modals of possibility and expectation; not "can" (ability) or "must" (obligation). */
const HEDGING_MODALS = new Set(['may', 'might', 'could', 'would', 'should', 'may or may not']);

/** Words before the month May: "in May", "since May" ("early May" is left out: "Babies Who Eat Peanuts Early May Avoid Allergy"). */
const BEFORE_A_MONTH = new Set([
  'in',
  'on',
  'since',
  'until',
  'by',
  'from',
  'of',
  'through',
  'during',
  'last',
  'next',
  'this',
]);

/** A modal of possibility used as one: not negated ("could not"), not the month ("in May 2025"). */
export function isHedgingModal(p: Parsed, m: TokenHit): boolean {
  if (m.category !== 'modal' || !HEDGING_MODALS.has(m.phrase) || p.tokens[m.to]?.norm === 'not')
    return false;
  if (m.phrase !== 'may' || p.tokens[m.from]!.raw !== 'May') return true;
  // A modal is followed by its verb; the month by a date, a comma, or nothing.
  const next = p.tokens[m.to];
  const month =
    !next ||
    next.punct ||
    /\d/u.test(next.raw) ||
    BEFORE_A_MONTH.has(p.tokens[m.from - 1]?.norm ?? '');
  return !month;
}

/**
 * "may", "might", "could" or "would" reaching a causal or correlational relation it does not negate
 * ("could reduce costs", "may be linked to", "would cut costs"): Yu et al.'s cue of a conditional
 * causal claim, and so a hedge. Their annotators code "would" over a relation conditional in 9 of
 * the 14 such sentences ("would save lives"; the others recommend: "would allow early diagnosis");
 * "should" recommends and is left out.
 */
export function conditionalModals(p: Parsed): TokenHit[] {
  return p.hedges.filter(
    (m) =>
      isHedgingModal(p, m) &&
      (modalGroup(m.phrase) === 'mmc' || m.phrase === 'would') &&
      p.relations.some((h) => isRelation(h) && reaches(p, m.from, h.from, MODAL_REACH)),
  );
}

/**
 * Sentence features of the claim-strength model: word stems and stem bigrams (what the data
 * teaches), and rule features any sentence shares whatever its topic (what the literature
 * teaches): modality, its reach over a causal or correlational relation, negation scope,
 * quantifier scope, hedges and boosters by kind. Rule features carry an `r:` prefix and a lighter
 * regularisation in training, so the model leans on them where they explain the labels.
 */
export function strengthFeatures(p: Parsed): string[] {
  const out = new Set<string>();
  forEachWordPair(p, (prev, stem) => {
    out.add(`u:${stem}`);
    out.add(`b:${prev} ${stem}`);
  });
  for (const f of ruleFeatures(p)) out.add(f);
  return [...out];
}

/** The words a sentence's word features are made of: tokens other than punctuation ("%" counts). */
const featureWords = (p: Parsed) => p.tokens.filter((t) => !t.punct || t.norm === '%');

/**
 * Each word stem with the stem before it ('^' at the start): the unigram `u:stem` and bigram
 * `b:prev stem` features, given as parts so a scorer can look weights up without building strings.
 */
export function forEachWordPair(p: Parsed, visit: (prev: string, stem: string) => void): void {
  let prev = '^';
  for (const t of featureWords(p)) {
    visit(prev, t.stem);
    prev = t.stem;
  }
}

/** The rule features (prefix `r:`) of a sentence: see strengthFeatures. */
export function ruleFeatures(p: Parsed): Set<string> {
  const out = new Set<string>();

  const modals = p.hedges.filter((h) => h.category === 'modal');
  const modalBefore = (i: number) => modals.find((m) => reaches(p, m.from, i, MODAL_REACH));
  const reporting = p.relations.filter((h) => h.category === 'reporting');
  for (const m of modals) {
    const g = modalGroup(m.phrase);
    out.add(`r:modal:${g}`);
    if (p.tokens[m.to]?.norm === 'not') out.add(`r:modal-not:${g}`);
  }
  for (const t of p.tokens) if (t.norm === 'will') out.add('r:will');
  const wills: number[] = [];
  p.tokens.forEach((t, i) => {
    if (t.norm === 'will' && p.tokens[i + 1]?.norm !== 'not') wills.push(i);
  });
  let causal = false;
  let correlational = false;
  for (const h of p.relations) {
    if (!isRelation(h)) continue;
    const kind = h.category === 'causal' ? 'causal' : 'corr';
    if (kind === 'causal') causal = true;
    else correlational = true;
    const m = modalBefore(h.from);
    // "will cut costs": a prediction of the relation ("This study will examine…" has none).
    if (wills.some((w) => reaches(p, w, h.from, MODAL_REACH))) out.add(`r:will>${kind}`);
    if (m) out.add(`r:modal>${kind}:${modalGroup(m.phrase)}`);
    else if (
      reporting.some((r) => reaches(p, r.from, h.from, 8) || (r.to <= h.from && h.from - r.to <= 8))
    )
      out.add(`r:report>${kind}`);
    else out.add(`r:${kind}`);
    if (isNegated(p, h)) out.add(`r:${kind}-neg`);
  }
  // An agentive passive names the cause: "growth is driven by demand", "was caused by a bug".
  for (const h of p.relations) {
    if (
      h.category === 'causal' &&
      p.tokens[h.to]?.norm === 'by' &&
      p.tokens[h.from - 1] &&
      BE.has(p.tokens[h.from - 1]!.norm)
    )
      out.add('r:caused-by');
  }
  if (causal && correlational) out.add('r:causal+corr');
  if (!causal && !correlational) out.add('r:no-relation-word');
  for (const h of p.relations) if (h.category === 'comparative') out.add('r:compare');
  if (p.noRelation.length) out.add('r:norel');
  for (const h of p.absolutes) out.add(isNegated(p, h) ? 'r:abs-neg' : 'r:abs');
  for (const h of p.quantifiers) out.add(isNegated(p, h) ? 'r:q-neg' : `r:q:${h.category}`);
  for (const h of p.boosters) out.add(isNegated(p, h) ? 'r:boost-neg' : `r:boost:${h.category}`);
  for (const h of p.hedges) {
    if (h.category === 'modal') continue;
    // "about 30%" narrows a figure, which the scope rules read; learnt, it taught "none" from the
    // research data's prevalence lines ("About 30% of patients…"), so "cut costs by about 40%"
    // read as claiming nothing.
    if (h.category === 'approximators') continue;
    out.add(`r:h:${h.category}`);
  }
  if (p.negations.length) out.add('r:neg');
  let number = false;
  let we = false;
  for (const t of p.tokens) {
    if (t.norm === '0') number = true;
    if (FIRST_PERSON.has(t.norm)) we = true;
    if (t.norm === '%') out.add('r:pct');
  }
  if (number) out.add('r:num');
  if (we) out.add('r:we');
  const trimmed = p.text.trimEnd();
  const last = trimmed[trimmed.length - 1] ?? '';
  if (last === '?') out.add('r:question');
  else if (!/[.!…"”’')\]]/u.test(last)) out.add('r:no-end');
  // No length feature: the research data's short lines are mostly trial-registration stubs labelled
  // "no relation" (62 of 71 under six words), so length taught "short means no claim".
  return out;
}

/** The neighbourhood features of one candidate uncertainty cue (CoNLL-2010 style cue detection). */
export function cueFeatures(p: Parsed, h: TokenHit): string[] {
  const t = p.tokens;
  const f = `f:${h.phrase}`;
  const prev = h.from > 0 ? t[h.from - 1]!.norm : '^';
  const next = h.to < t.length ? t[h.to]!.norm : '$';
  const next2 = h.to + 1 < t.length ? t[h.to + 1]!.norm : '$';
  const nextStem = h.to < t.length ? t[h.to]!.stem : '$';
  const out = [
    f,
    `${f}|n:${next}`,
    `${f}|p:${prev}`,
    `${f}|nn:${next} ${next2}`,
    `${f}|ns:${nextStem}`,
    `c:${h.category}`,
    `c:${h.category}|n:${next}`,
    `c:${h.category}|p:${prev}`,
    `p:${prev}`,
    `n:${next}`,
  ];
  const first = t[h.from]!;
  if (h.from > 0 && /^\p{Lu}/u.test(first.raw)) out.push(`${f}|cap`);
  if (h.from === 0) out.push(`${f}|first`);
  if (next === '0') out.push(`${f}|num`);
  if (p.negated[h.from] || prev === 'not') out.push(`${f}|neg`);
  if (p.tokens.some((x) => FIRST_PERSON.has(x.norm))) out.push(`${f}|we`);
  return out;
}
