import independence from '../../knowledge/lexicons/independence.json';
import { allMatches } from '../../text/all-matches';
import { blankSpans } from '../../text/blank-spans';
import { PhraseMatcher, type PhraseHit } from '../../text/phrase-matcher';

// A sentence that reports the source (claim-kind.ts): its reporting verb.

/**
 * "Dharma says", "according to NVIDIA", "the post argues", "the authors warn": reporting verbs
 * (independence.json, after Bergler 1992) and the verbs by which digests relay a post's argument
 * (Hyland 2002's research-act and discourse-act reporting verbs), chosen here.
 */
const REPORTING = new PhraseMatcher([
  ...independence.entries.reporting,
  'announced',
  'announces',
  'claims',
  'claimed',
  'reports',
  'reported',
  'describes',
  'described',
  'suggests',
  'found that',
  'contends',
  'contended',
  'highlights',
  'highlighted',
  'points to',
  'pointed to',
  'points out',
  'pointed out',
  'warns',
  'advocates',
  'advocated',
  'proposes',
  'proposed',
  'emphasizes',
  'emphasises',
  'stresses',
  'maintains',
  'asserts',
  'insists',
  'acknowledges',
  'acknowledged',
  'admits',
  'admitted',
  'concludes',
  'concluded',
  'recommends',
  'recommended',
  'challenges the',
  'outlines',
  'outlined',
  'the post includes',
  'the paper includes',
  'the article includes',
]);
/**
 * The same verbs after a plural subject ("the authors warn", "researchers say", "they advocate"),
 * but not after a modal or "to": "teams should say no", "it is fair to say" report no one.
 */
const REPORTING_BASE = new PhraseMatcher([
  'say',
  'argue',
  'warn',
  'explain',
  'contend',
  'suggest',
  'conclude',
  'acknowledge',
  'emphasize',
  'emphasise',
  'insist',
  'admit',
  'describe',
  'propose',
  'assert',
  'advocate',
  'recommend',
]);
const NOT_A_REPORT_BEFORE =
  /\b(?:to|should|must|can|could|may|might|will|would|shall|let['’]s|don['’]t|do not|cannot|can['’]t)\s+$/i;
/** Words of four letters or more: Title Case when most of them open with a capital. */
const LONG_WORD = /\p{L}{4,}/gu;
const isTitleCase = (text: string) => {
  const words = text.match(LONG_WORD) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
};
/**
 * A reporting verb with a capital after the sentence's first word is part of a name ("Model
 * Notes", "Consumer Reports"), unless the sentence is a Title Case headline ("OpenAI Says…").
 */
const inName = (text: string, hit: PhraseHit) =>
  /^\p{Lu}/u.test(hit.text) && /\p{L}/u.test(text.slice(0, hit.start)) && !isTitleCase(text);
/**
 * Turns of phrase that say "said" or "told" and report no one: the writer's own hinges ("That
 * said, …", "Having said that", "That being said", "Truth be told"). "that said" only where it
 * opens a clause and a comma follows: "the lab that said, in its post, …" reports the lab, as does
 * "This said the model…". ("Suffice it to say" reports no one already: "to" comes before "say".)
 */
const SAYING_IDIOM =
  /(?:^|[,;:—–(])[^\p{L}]*(?:all that|with that|with this|that|this)(?:\s+being)?\s+said(?=\s*[,;:—–])|\bhaving said (?:all )?(?:that|this)\b|\btruth be told\b/giu;
/**
 * A reporting word after a determiner or a possessive is a noun or an adjective ("the claims",
 * "Dharma's claims", "its claimed accuracy", "the reported gains"): what was said, named, not
 * someone saying it. "that" is left out: "a lab that claims…" is a verb.
 */
const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|these|those|its|their|his|her|our|your|such|any|some|many|several|all)|\p{L}['’]s)\s+$/iu;
/** The reporting verb of a sentence that reports the source, if any. */
export function reportingVerb(sentence: string) {
  // Offsets are kept: the idioms are blanked, not cut.
  const text = blankSpans(
    sentence,
    allMatches(SAYING_IDIOM, sentence).map((m) => [m.index, m.index + m[0].length] as const),
  );
  const hit = REPORTING.find(text).find(
    (h) => !inName(text, h) && !DETERMINER_BEFORE.test(text.slice(0, h.start)),
  );
  if (hit) return hit;
  const base = REPORTING_BASE.find(text).find((h) => !inName(text, h));
  return base && !NOT_A_REPORT_BEFORE.test(text.slice(0, base.start)) ? base : undefined;
}
