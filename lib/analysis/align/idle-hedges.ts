import type { SentenceCue } from '../claim-strength';

/** The rest of a clause, up to its end: a question's words stop where its clause does. */
const CLAUSE_REST = String.raw`[^,;:()—–]*$`;

/**
 * "asked if it could stock…", "we check to see if the release might…": a question the text
 * reports or says it puts to a test, from its "if" to the end of the clause. Its words are the
 * question's, not the writer's doubt.
 */
const REPORTED_QUESTION = new RegExp(
  String.raw`\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquired|enquired|check|checks|checked|checking|see|test|tests|tested|testing|verify|verifies|verified|determine|determines|determined)\s+if\b` +
    CLAUSE_REST,
  'iu',
);

/**
 * "wondered whether", "We check whether the model meets our bar", "It does not change whether…",
 * "…, whether subtle or not": a "whether" inside the sentence opens a question or a choice the
 * sentence is about, and hedges nothing it states. Opening the sentence ("Whether it holds
 * elsewhere is a question for…"), it is the open question itself, and stays a hedge.
 */
const EMBEDDED_WHETHER = new RegExp(String.raw`\S\s+whether\b` + CLAUSE_REST, 'iu');

/**
 * "If you want to try it, the model card is on our page": an "if" of relevance (Sweetser 1990's
 * speech-act conditional; Austin's "there are biscuits on the sideboard if you want them") offers
 * the reader something and makes nothing in the sentence less certain. Any "if you…" was tried
 * and dropped: READMEs put real limits that way ("If you run it on CPU, …"; docs/real-pairs.md).
 */
const RELEVANCE_IF =
  /^if\s+you(?:['’]d|\s+would)?\s+(?:want|wish|like|are interested|['’]re interested|are curious|['’]re curious)\b/iu;

/**
 * Whether an uncertainty cue of `text` (offsets into it) hedges nothing the sentence states: it
 * lies in a question the sentence reports or is about, or is an "if" of relevance. The
 * claim-strength model still reads such cues as uncertainty, as Wikipedia's annotators code them
 * (`npm run eval`); the comparison (what a retelling dropped, what a source hedges) does not.
 */
export function hedgesNothing(text: string, cue: Pick<SentenceCue, 'start' | 'end'>): boolean {
  const upToCue = text.slice(0, cue.end);
  return (
    REPORTED_QUESTION.test(upToCue) ||
    EMBEDDED_WHETHER.test(upToCue) ||
    RELEVANCE_IF.test(text.slice(cue.start))
  );
}
