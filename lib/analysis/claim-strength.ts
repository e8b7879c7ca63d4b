import model from '../knowledge/claim-strength-model.json';
import type { Strength } from '../report/report';
import {
  approximatesNumber,
  conditionalModals,
  isAttributive,
  isHedgingModal,
  isNegated,
  isRelation,
  parse,
  type Parsed,
} from './strength/features';
import type { TokenHit } from '../text/token-lexicon';
import {
  CompiledModel,
  MODEL_CLASSES,
  type ClaimStrengthModelFile,
  type ModelClass,
} from './strength/model';
import { capabilityCue, relationDenial } from './strength/relation-scope';
import { asksReaderToAct } from './calls-to-action';

/** A cue inside one sentence; offsets are relative to the sentence text. */
export interface SentenceCue {
  text: string;
  start: number;
  end: number;
  /**
   * Hedges: 'hedge' (an uncertainty cue: epistemic, doxastic, conditional, investigation),
   * 'limiter' (narrows the claim's scope: "in our tests", "in some cases", "about 30%"),
   * 'negated-absolute' / 'negated-booster' ("not always", "not inevitable"), 'capability' ("can"
   * reaching a causal word: "can cut costs", a weaker claim than "cuts costs", not an uncertain one).
   * Boosters: 'booster' (certainty), 'intensifier', 'absolute' (universal scope or quantifier).
   */
  kind: string;
}

/** What Unspun concludes about one sentence's claim strength. */
export interface SentenceStrength {
  /**
   * The sentence asserts something (not a question, a fragment or a label row): a claim to
   * check. Its strength may still be 'none' — a plain statement that claims no relation.
   */
  assertion: boolean;
  /** The relation the sentence claims, on the research scale (Yu et al. 2019), plus universal. */
  strength: Strength;
  hedges: SentenceCue[];
  boosters: SentenceCue[];
  /**
   * The sentence expresses uncertainty: it carries an uncertainty cue that the cue model accepts
   * in its context (Szeged Uncertainty Corpus sense). Scope limiters are hedges, not uncertainty.
   */
  uncertain: boolean;
  /** The sentence holds a negation ("not", "no", "never"): a retelling that adds or drops one says another thing. */
  negated: boolean;
  /**
   * The words the claimed relation turns on: "reduces" (kind 'causal'), "linked to"
   * ('correlational'), or the denial of one, "did not improve" ('denied'). Absent when no listed
   * relation word sets the level.
   */
  relation?: SentenceCue;
}

/** The model's view of a sentence before the scope rules, for evaluation and debugging. */
interface StrengthDetails extends SentenceStrength {
  /** Probabilities of none, correlational, conditional, direct (the research data's classes). */
  probabilities: number[];
  /** The model's class before the scope rules. */
  modelClass: (typeof MODEL_CLASSES)[number];
  /** Which scope rule moved the class, if any. */
  rule: 'not-an-assertion' | ScopeRule | null;
}

/** The rules that move the model's class; evaluation switches them off one at a time to weigh each. */
export const SCOPE_RULES = [
  'no-cue',
  'no-relation',
  'modal',
  'limited',
  'capability',
  'universal',
] as const;
export type ScopeRule = (typeof SCOPE_RULES)[number];

/** How an assessor grades; the shipped one uses the defaults (every scope rule on). */
interface AssessorOptions {
  /** Scope rules that never fire (for evaluation only). */
  disabledRules?: ReadonlySet<ScopeRule>;
}

/** Longer text is cut here: a sentence, even a long one, is far shorter. */
const MAX_SENTENCE = 2_000;
/** "will" and "won't": what a sentence says is to come. */
const PREDICTION = /\b(?:will|won['’]t)\b/i;
const LABEL_SEPARATORS = /[·•|]/gu;
/** "Confidence: 90", "Price: $20": a label and its value (not "4:10 PM"). Two make a data row, not a sentence. */
const LABEL_VALUES = /\p{L}:\s*[$€£]?\d/gu;
const FIRST_PERSON_SUBJECTS = new Set(['we', 'i']);
const INTERROGATIVES = new Set(['why', 'what', 'how', 'when', 'where', 'who', 'which']);

const cueOf = (p: Parsed, h: TokenHit, kind: string): SentenceCue => {
  const start = p.tokens[h.from]!.start;
  const end = p.tokens[h.to - 1]!.end;
  return { text: p.text.slice(start, end), start, end, kind };
};

/** Cues in text order; where two overlap the longer one stays ("in some cases" over "some"). */
function tidy(cues: SentenceCue[]): SentenceCue[] {
  cues.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SentenceCue[] = [];
  for (const c of cues) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

/** Whether the text asserts anything: not a question, a section heading, a label row or a link label. */
function isAssertion(p: Parsed): boolean {
  const trimmed = p.text.trim();
  // A question asks; a lead-in ("Full reporting at the source:", "The results:") introduces what
  // follows, where the claims are.
  if (trimmed.endsWith('?') || trimmed.endsWith(':')) return false;
  const words = p.tokens.filter((t) => !t.punct);
  if (words.length < 3) return false;
  // "WIRE SERVICE · June 3, 2026 · 4:10 PM · Technology": a dateline or label row.
  if ((trimmed.match(LABEL_SEPARATORS)?.length ?? 0) >= 2) return false;
  // "Editorial confidence: 90 / 100 · Structural impact: 60 / 100", "Host: 3pp.io:4439 Origin: …".
  if ((trimmed.match(LABEL_VALUES)?.length ?? 0) >= 2) return false;
  if (/[.!…"”’')\]]$/u.test(trimmed)) return true;
  // Without an end mark: a headline states a claim ("Lack of sleep found to be a risk factor for
  // colon cancer" — a third of the EurekAlert set is such headlines), a section heading does not
  // ("Why it matters", "What specialization costs", "How we tested").
  if (words.length < 5 || INTERROGATIVES.has(words[0]!.norm)) return false;
  // "Read at Hugging Face Blog", "Sign up for our newsletter": a link or button label.
  return !asksReaderToAct(words.map((t) => t.norm));
}

/** A sentence's hedges and boosters, and what they do to the claim's scope. */
interface SentenceCues {
  hedges: SentenceCue[];
  boosters: SentenceCue[];
  uncertain: boolean;
  /** "in our tests", "about 40%": the claim is narrowed. */
  limited: boolean;
  /** "not always", "not inevitable", "not for most": the claim denies its own generality. */
  negatedScope: boolean;
  /** "always", "certainly", "most": the claim is sweeping. */
  universal: boolean;
  /** "always", "inevitable", "certainly": sweeping on its own; a most/all quantifier alone only counts ("most patients had…"). */
  sweeping: boolean;
  /** "would cut costs": a prediction over the relation, which the model reads with "should". */
  wouldRelation: boolean;
}

/** The uncertainty cues the cue model accepts in context, then the cues set by rules. */
function findCues(p: Parsed, compiled: CompiledModel): SentenceCues {
  const cues: SentenceCues = {
    hedges: [],
    boosters: [],
    uncertain: false,
    limited: false,
    negatedScope: false,
    universal: false,
    sweeping: false,
    wouldRelation: false,
  };
  const { hedges, boosters } = cues;
  const hedge = (h: TokenHit) => {
    hedges.push(cueOf(p, h, 'hedge'));
    cues.uncertain = true;
  };
  for (const h of compiled.cues.find(p.tokens))
    if (compiled.cueProbability(p, h) >= compiled.cueThreshold) hedge(h);
  // "We believe", "I think": the writer's own belief is Hyland's canonical hedge. The cue model
  // learnt from Wikipedia, which has no first person, so this one is a rule; the cue is quoted with
  // its subject, which is what makes it the writer's hedge.
  for (const h of p.hedges) {
    if (
      h.category === 'doxastic' &&
      h.from > 0 &&
      FIRST_PERSON_SUBJECTS.has(p.tokens[h.from - 1]!.norm)
    )
      hedge({ ...h, from: h.from - 1 });
  }
  // A conditional modal over the relation hedges the claim even where Wikipedia reads "could" as
  // past ability: "The model could reduce costs".
  for (const m of conditionalModals(p)) {
    hedge(m);
    cues.wouldRelation ||= m.phrase === 'would';
  }
  // "always", "most": the claim is generalised; "not always", "not for most": it denies its generality.
  const absolute = (h: TokenHit, negated: boolean, sweeping: boolean) => {
    if (negated) {
      hedges.push(cueOf(p, h, 'negated-absolute'));
      cues.negatedScope = true;
    } else {
      boosters.push(cueOf(p, h, 'absolute'));
      cues.universal = true;
      cues.sweeping ||= sweeping;
    }
  };
  for (const h of p.hedges) {
    if (h.category === 'limiters' || (h.category === 'approximators' && approximatesNumber(p, h))) {
      hedges.push(cueOf(p, h, 'limiter'));
      cues.limited = true;
    }
  }
  for (const h of p.quantifiers) {
    const negated = isNegated(p, h);
    if (h.category === 'limited' && !negated) {
      hedges.push(cueOf(p, h, 'limiter'));
      cues.limited = true;
    } else if (h.category === 'most' || h.category === 'all') absolute(h, negated, false);
  }
  for (const h of p.absolutes) absolute(h, isNegated(p, h), true);
  for (const h of p.boosters) {
    if (isNegated(p, h)) {
      hedges.push(cueOf(p, h, 'negated-booster'));
      if (h.category === 'certainty') cues.negatedScope = true;
    } else if (h.category === 'certainty') {
      boosters.push(cueOf(p, h, 'booster'));
      cues.universal = true;
      cues.sweeping = true;
    } else {
      boosters.push(cueOf(p, h, 'intensifier'));
    }
  }
  return cues;
}

/** The most probable class among those `allowed`. */
function likeliest(
  probabilities: readonly number[],
  allowed: (c: ModelClass) => boolean,
): ModelClass {
  let best = -1;
  for (let c = 0; c < probabilities.length; c++) {
    if (allowed(MODEL_CLASSES[c]!) && (best < 0 || probabilities[c]! > probabilities[best]!))
      best = c;
  }
  return MODEL_CLASSES[best]!;
}

/**
 * The level of a sentence's claim: the model's class among those the sentence has words for, then
 * the scope rules. Adds to `cues` the hedge a conditional level is shown with. `assertion` is
 * isAssertion(p); `probabilities` may be left out (null) when it is false: the level of a text that
 * asserts nothing is none whatever the model says.
 */
function gradeLevel(
  p: Parsed,
  cues: SentenceCues,
  assertion: boolean,
  probabilities: readonly number[] | null,
  on: (rule: ScopeRule) => boolean,
): {
  strength: Strength;
  rule: StrengthDetails['rule'];
  relation: SentenceCue | undefined;
  modelClass: ModelClass | null;
} {
  if (!assertion)
    return {
      strength: 'none',
      rule: 'not-an-assertion',
      relation: undefined,
      modelClass: probabilities && likeliest(probabilities, () => true),
    };
  if (!probabilities) throw new Error('an assertion is graded with the model');
  const modelClass = likeliest(probabilities, () => true);
  // A level is shown with the words that set it, so the model's class stands only when the
  // sentence has some ("Photo by Jane Doe" has no relation word, "released in May 2025" no
  // hedge); else the next likeliest class that has (docs/claim-strength.md, step 4).
  const modals = p.hedges.filter((m) => isHedgingModal(p, m));
  /**
   * Relation, comparison and difference words ("reduces", "linked to", "than", "higher among"),
   * not a participle describing a noun ("increased demand").
   */
  const relationWords = p.relations.filter(
    (h) => h.category !== 'reporting' && !isAttributive(p, h),
  );
  const relates = relationWords.length > 0;
  const hasWords: Record<ModelClass, boolean> = {
    none: true,
    correlational: relates,
    conditional: cues.hedges.length > 0 || modals.length > 0,
    direct: relates || cues.universal || cues.limited,
  };
  const level = on('no-cue') ? likeliest(probabilities, (c) => hasWords[c]) : modelClass;
  let strength: Strength = level;
  let rule: StrengthDetails['rule'] = level === modelClass ? null : 'no-cue';
  let relation: SentenceCue | undefined;
  let can: TokenHit | undefined;
  let denial: TokenHit | undefined;
  if (on('no-relation') && (denial = relationDenial(p))) {
    strength = 'none';
    rule = 'no-relation';
    relation = cueOf(p, denial, 'denied');
  } else if (on('modal') && level === 'none' && cues.wouldRelation) {
    // "The chip would cut costs by half" claims a possible effect, not none: the model reads
    // "would" with "should", which mostly recommends ("should be tested"), so a retelling that
    // turned "could cut" into "would cut" read as weaker. ("Future work could examine how to
    // improve…" stays with the model, which reads such agendas as no claim.)
    strength = 'conditional';
    rule = 'modal';
  } else if (
    on('limited') &&
    ((cues.negatedScope && level !== 'correlational' && level !== 'conditional') ||
      (cues.limited && level === 'direct'))
  ) {
    strength = 'conditional';
    rule = 'limited';
  } else if (on('capability') && level === 'direct' && (can = capabilityCue(p))) {
    strength = 'conditional';
    rule = 'capability';
    cues.hedges.push(cueOf(p, can, 'capability'));
  } else if (
    on('universal') &&
    cues.universal &&
    (level === 'direct' ||
      (level === 'none' && (cues.sweeping || relates || PREDICTION.test(p.text))))
  ) {
    // A most/all quantifier sweeps a relation ("beats rivals on most tasks") or a prediction
    // ("every company will adopt agents"); with neither it only counts ("all the tests pass",
    // "most patients had…": Yu et al. code 82 of 93 such sentences none), so a sentence the model
    // reads as no claim needs "always", "inevitable" or a certainty booster.
    strength = 'universal';
    rule = 'universal';
  }
  if (strength === 'conditional' && !cues.hedges.length) {
    // Graded conditional on a modal that reaches no relation word ("would reduce revenue",
    // "could freeze the pipes"): that modal is the hedge a reader is shown.
    for (const m of modals) cues.hedges.push(cueOf(p, m, 'hedge'));
    cues.uncertain ||= modals.length > 0;
  }
  if (strength !== 'none' && !relation) {
    // The relation word of the level's kind ("linked to" for a correlational claim), else any.
    const stated = relationWords.filter((h) => isRelation(h) && !isNegated(p, h));
    const wanted = strength === 'correlational' ? 'correlational' : 'causal';
    const word = stated.find((h) => h.category === wanted) ?? stated[0];
    if (word) relation = cueOf(p, word, word.category);
  }
  return { strength, rule, relation, modelClass };
}

/**
 * An assessor bound to one model. `assessSentence` is the shipped one; evaluation builds others
 * from weights trained on part of the data, so cross-validated figures measure this very code,
 * and with scope rules switched off (`options`) to weigh each rule.
 */
export function createAssessor(file: ClaimStrengthModelFile, options: AssessorOptions = {}) {
  const compiled = new CompiledModel(file);
  const disabled = options.disabledRules;
  const on = (rule: ScopeRule) => !disabled?.has(rule);

  /** The judgement of a text; the model's probabilities only where asked or where they count. */
  function judge(input: string, explain: boolean) {
    const text =
      typeof input === 'string'
        ? input.length > MAX_SENTENCE
          ? input.slice(0, MAX_SENTENCE)
          : input
        : '';
    const p = parse(text);
    const cues = findCues(p, compiled);
    const assertion = isAssertion(p);
    // The model is the costliest step; a text that asserts nothing is graded none without it.
    const probabilities = explain || assertion ? compiled.strengthProbabilities(p) : null;
    const { strength, rule, relation, modelClass } = gradeLevel(
      p,
      cues,
      assertion,
      probabilities,
      on,
    );
    const judged: SentenceStrength = {
      assertion: rule !== 'not-an-assertion',
      strength,
      hedges: tidy(cues.hedges),
      boosters: tidy(cues.boosters),
      uncertain: cues.uncertain,
      negated: p.negations.length > 0,
      ...(relation ? { relation } : {}),
    };
    return { judged, probabilities, modelClass, rule };
  }

  function details(input: string): StrengthDetails {
    const { judged, probabilities, modelClass, rule } = judge(input, true);
    return { ...judged, probabilities: probabilities!, modelClass: modelClass!, rule };
  }

  function assess(input: string): SentenceStrength {
    return judge(input, false).judged;
  }

  return { assess, details };
}

const shipped = createAssessor(model as ClaimStrengthModelFile);

/**
 * Judges the claim strength of one sentence (none / correlational / conditional / direct /
 * universal) with its hedges and boosters. Pure, linear in the sentence, never throws; the
 * Report, the sidebar and `unspun claims` all go through this one function.
 *
 * A linear model trained on expert-labelled research data (docs/claim-strength.md) gives the
 * four research classes from word, bigram and rule features; then scope rules from the
 * literature: a relation denied ("did not reduce", "no evidence that") claims none; a negated
 * absolute or booster ("not always", "not inevitable"), a limited quantifier, a scope limiter ("in
 * our tests", "in some cases") or "can" reaching a causal word makes a direct claim conditional; an
 * absolute, a certainty booster or a "most"/"all" quantifier left standing makes it universal (a
 * quantifier only over a relation word: "most of the team works remotely" claims none).
 * Hedges are uncertainty cues accepted in context by a cue model, plus limiters and negated
 * absolutes; `uncertain` is true when an uncertainty cue is present.
 */
export function assessSentence(text: string): SentenceStrength {
  return shipped.assess(text);
}

/** The same, with the model's probabilities and the rule that moved the class. */
export function explainSentence(text: string): StrengthDetails {
  return shipped.details(text);
}
