import type { SentenceCue } from '../claim-strength';

/**
 * "asked if it could stock…", "wondered whether": a question the text reports, from its "if" or
 * "whether" to the end of the clause. Its words are the question's, not the writer's doubt.
 */
const REPORTED_QUESTION =
  /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquired|enquired)\s+(?:if|whether)\b[^,;:()—–]*$/iu;

/**
 * "If you want to try it, the model card is on our page": an "if" of relevance (Sweetser 1990's
 * speech-act conditional; Austin's "there are biscuits on the sideboard if you want them") offers
 * the reader something and makes nothing in the sentence less certain.
 */
const RELEVANCE_IF =
  /^if\s+you(?:['’]d|\s+would)?\s+(?:want|wish|like|are interested|['’]re interested|are curious|['’]re curious)\b/iu;

/**
 * Whether an uncertainty cue of `text` (offsets into it) hedges nothing the sentence states: it
 * lies in a question the sentence reports, or is an "if" of relevance. The claim-strength model
 * still reads such cues as uncertainty, as Wikipedia's annotators code them (`npm run eval`); the
 * comparison (what a retelling dropped, what a source hedges) does not.
 */
export function hedgesNothing(text: string, cue: Pick<SentenceCue, 'start' | 'end'>): boolean {
  return REPORTED_QUESTION.test(text.slice(0, cue.end)) || RELEVANCE_IF.test(text.slice(cue.start));
}
