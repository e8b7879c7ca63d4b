import negations from '../../knowledge/lexicons/negations.json';
import { isNegated, isRelation, type Parsed } from './features';
import type { TokenHit } from '../../text/token-lexicon';

// Two distinctions of the scale that science-exaggeration research grades retellings on (Sumner et
// al. 2014, BMJ 349:g7015, as collapsed to four levels in the InSciOut pairs of Wright & Augenstein
// 2021). Yu et al.'s sentence scale, which the model learns, codes both differently; Unspun follows
// Sumner here because its question is the same as theirs: did the retelling claim more?

const DENIAL_GAP = new Set(negations.denialGap);
const NEGATIVE_QUANTIFIERS = new Set(negations.negativeQuantifiers);
/** How far "can" reaches a causal word: "can substantially reduce", "can help to cut". */
const CAPABILITY_REACH = 5;
/** Words that open a clause of its own after "can": "you can see that prices increased". */
const SUBORDINATORS = new Set(['that', 'whether', 'if', 'when', 'how', 'what', 'why', 'where']);

/** The auxiliary a quoted denial starts with: "did not improve", "was not associated with". */
const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
]);

/**
 * The negation right before the relation, with only auxiliaries or qualifiers between (negations.json);
 * not "nothing" or "nobody", which stand for a subject: "Nothing beats it" is a universal claim.
 */
function denyingNegation(p: Parsed, h: TokenHit): TokenHit | undefined {
  return p.negations.find((n) => {
    if (
      NEGATIVE_QUANTIFIERS.has(n.phrase) ||
      n.to > h.from ||
      p.clause[n.from] !== p.clause[h.from]
    )
      return false;
    for (let k = n.to; k < h.from; k++) if (!DENIAL_GAP.has(p.tokens[k]!.norm)) return false;
    return true;
  });
}

/**
 * The sentence states that there is no relation: "Pay for performance had no discernible effect
 * on outcomes", "X was not associated with Y", "there is no evidence that X improves Y". Sumner's
 * scale has a level for it below correlation; Yu's codes the relation denied. Unspun grades it
 * none, so a retelling that drops the "not" reads as strengthened rather than as the same claim.
 * Returns the words that deny it ("did not improve", "no evidence that") as a token range.
 */
export function relationDenial(p: Parsed): TokenHit | undefined {
  const relations = p.relations.filter(isRelation);
  if (!relations.length) return p.noRelation[0];
  let first: TokenHit | undefined;
  for (const h of relations) {
    const negation = denyingNegation(p, h);
    const cue = negation
      ? {
          ...h,
          from: AUXILIARIES.has(p.tokens[negation.from - 1]?.norm ?? '')
            ? negation.from - 1
            : negation.from,
        }
      : p.noRelation.find((n) => n.to <= h.from && p.clause[n.from] === p.clause[h.from]);
    if (!cue) return undefined;
    first ??= cue;
  }
  return first;
}

/**
 * After "can", "generate" names what a model is able to make ("can generate video", "can generate
 * code"), not an effect it may have: "the model can generate video" retold as "generates video"
 * claims nothing more. Sumner's "can" grades a claimed effect on an outcome ("can reduce pain").
 * Other verbs of making or of measuring up ("deliver", "make", "produce", "beat") were left out:
 * as often as not they name an effect ("can deliver higher ROI", "can make training cheaper").
 */
const ABILITIES = new Set(['generate']);

/**
 * "can" claims a causal effect as a capability: "IVIG can reduce pain", "the model can cut costs".
 * Sumner's scale puts "can" between the conditional modals and a plain causal claim, and the
 * InSciOut pairs code it conditional; Yu's data mostly codes it direct. Unspun grades it
 * conditional, so "can reduce" retold as "reduces" reads as strengthened. Returns the "can".
 */
export function capabilityCue(p: Parsed): TokenHit | undefined {
  const cans = p.hedges.filter((h) => h.phrase === 'can' && p.tokens[h.to]?.norm !== 'not');
  if (!cans.length) return undefined;
  const reaches = (c: TokenHit, r: TokenHit) => {
    if (
      r.from <= c.from ||
      r.from - c.from > CAPABILITY_REACH ||
      p.clause[c.from] !== p.clause[r.from]
    )
      return false;
    for (let k = c.to; k < r.from; k++) if (SUBORDINATORS.has(p.tokens[k]!.norm)) return false;
    return true;
  };
  for (const r of p.relations) {
    if (r.category !== 'causal' || ABILITIES.has(r.phrase) || isNegated(p, r)) continue;
    const can = cans.find((c) => reaches(c, r));
    if (can) return can;
  }
  return undefined;
}
