import editorial from '../../knowledge/lexicons/editorial.json';
import { PhraseMatcher } from '../../text/phrase-matcher';
import { blankSpans } from '../../text/blank-spans';
import { quotedSpans } from '../../text/quotation-marks';
import { isSpecific } from './specific';

// The writer's own view (claim-kind.ts): the editorial lexicon, first person, the reader
// addressed, directives, verdicts, speculation and advice.

const EDITORIAL = new PhraseMatcher(editorial.entries);
/**
 * The writer speaking for themself or to the reader: first person singular and the reader told
 * what to do ("if you", "you should", "your team") or what they have surely seen ("You've probably
 * noticed…", "You're likely wondering…"). Chosen here after Hyland's (2005)
 * self-mentions and engagement markers; "we" and a plain "you" are left out, since a source's own
 * "we" and its "lets you build" are often quoted.
 */
const WRITER = /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y)(?=[^\p{L}]|$)/u;
const READER =
  /\b(?:if you|you should|you need to|you must|you'll want|you’ll want|ask yourself|your (?:team|organi[sz]ation|company|business|budget|stack)|you(?:['’]ve| have) (?:probably|likely|surely|been told|been led)|you(?:['’]re| are) (?:probably|likely) (?:wondering|thinking|asking)|you may have (?:noticed|heard|seen))\b/i;
/**
 * The writer directing the reader ("Think of it as…", "Imagine…", "Watch for…", "Expect…"):
 * Hyland's (2005) directives, an engagement marker, said in the writer's voice ("watch whether" is
 * in the editorial lexicon), also after a digest's short label ("Immediate impact: Expect…"). Not
 * "Note that…", which as often hands on what the source says.
 */
const DIRECTIVE =
  /^[^\p{L}]*(?:\p{L}[\p{L}'’ -]{0,30}:\s+)?(?:think of|imagine|consider|watch (?:for|how|what|this)|keep an eye on|expect|buckle up)\b/iu;
/**
 * "This move signals…", "The deal underscores…", "That launch suggests…": the writer reading an
 * event, what it means rather than what happened (Hyland's 2005 attitude markers). Only with
 * "this", "that" or "the" and a word for an event, not a name ("NVIDIA's launch signals…" may hand
 * on the company's own reading), and not a document's word: "The release shows…" and "The
 * announcement suggests…" report what the source says.
 */
const READING_OF_EVENT =
  /^[^\p{L}]*(?:this|that|the) (?:move|deal|shift|step|launch|decision|partnership|investment|acquisition|trend|pivot)s? (?:signals|suggests|underscores|highlights|marks|means|reflects|points to|hints at)\b/iu;
/** A review's labels for the writer's judgement: "Our verdict: …", "Pros: …", "Rating: 4.5/5". */
const REVIEW_LABEL = /^[^\p{L}]*(?:(?:our|the|my|final)\s+)?(?:verdict|pros|cons|rating)\s*:/iu;
/**
 * "That context matters because…", "This detail matters": the writer weighing what was just said,
 * as "this matters" in the editorial lexicon, with a word between.
 */
const WEIGHED = /^[^\p{L}]*(?:this|that)(?:\s+[\p{L}-]+)?\s+matters\b/iu;
/**
 * "If it works, …", "If they do, …", "If successful, …": the writer's speculation on what was
 * reported, as "if true" and "if so" in the editorial lexicon. Only as the opening clause, and only
 * of "it", "they", "this" or "that" working out: "If the user asks twice, the model refuses" states
 * a condition the source may give.
 */
const SPECULATION =
  /^[^\p{L}]*if (?:(?:it|they|this|that) (?:works?|pans? out|succeeds?|holds?(?: up)?|delivers?|does|do)|successful|all goes well),/iu;
/** "That's", "It is", "This wasn't": the opening of a verdict. */
const VERDICT_OPENING = String.raw`^(?:that|this|it|here)(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t)\b)`;
/** A sentence that passes judgement on the one before it opens with "that", "this" or "it" and a copula. */
const VERDICT = new RegExp(VERDICT_OPENING, 'i');
/** Verdicts are short; a longer sentence opening so usually goes on to report something. */
const MAX_VERDICT_WORDS = 10;
/**
 * What the copula goes on to describe rather than judge: a passive with its complement ("It is
 * designed for agents", "This is often called backtesting"), an action under way ("This is
 * currently undergoing a security review") or availability ("It is available to everyone"), as
 * Readability's real pages write them. An evaluative participle alone ("It's disappointing.",
 * "That's interesting news") stays a verdict.
 */
const DESCRIBED = new RegExp(
  VERDICT_OPENING +
    String.raw`\s+(?:(?:not|now|also|still|already|then|often|usually|being|\p{L}+ly)\s+)*(?:available\b|(?:called|named|known|termed|dubbed)\s+\p{L}|\p{L}+(?:ed|en)\s+(?:by|for|on|in|as|to|with|from|into|at|under|through|using|across|via|after|before|between|over)\b|\p{L}+ing\s+(?:a|an|the|some|its|their|our|this|that|these|those|new|more)\b)`,
  'iu',
);
/**
 * A superlative of something measured, size, speed, cost, time or order ("the largest open
 * model", "the first model to run on a phone", "the fastest chip on the market"), ranks the thing:
 * a claim a source can back. The superlatives of judgement ("the best thing", "the biggest bet",
 * "the latest sign") are not among them and stay verdicts.
 */
const RANKED =
  /\b(?:the|its|their)\s+(?:first|only|largest|smallest|fastest|slowest|quickest|cheapest|costliest|longest|shortest|highest|lowest|newest|oldest|earliest|lightest|heaviest|tiniest|widest|deepest)\b/iu;
const ADVICE = /\b(?:should|must|need to|needs to|ought to)\b/i;
const ADVISED =
  /\b(?:buyers?|teams?|enterprises?|organi[sz]ations?|companies|developers?|leaders?|readers?|procurement|cios?|ctos?|founders?|businesses|you|we all|everyone)\b/i;

/**
 * Why a sentence (`words` long) is the writer's own view, if it is: the lexicon phrase or the
 * rule's name. Advice the source gives, reported as the source's (`reported`), is not the writer's.
 */
export function commentaryOf(sentence: string, words: number, reported: boolean): string | null {
  // Words in quotation marks are the quoted speaker's ("I think…", "a game changer", "This marks…"),
  // not the writer's: blanked, so the rules read only the sentence's own voice.
  const text = blankSpans(sentence, quotedSpans(sentence));
  const editorialHit = EDITORIAL.first(text);
  if (editorialHit) return editorialHit.phrase;
  if (WRITER.test(text) || READER.test(text)) return 'writer';
  if (DIRECTIVE.test(text)) return 'directive';
  if (REVIEW_LABEL.test(text)) return 'verdict';
  if (READING_OF_EVENT.test(text) || WEIGHED.test(text)) return 'reading';
  if (SPECULATION.test(text)) return 'speculation';
  // "That's not a small claim.", "It's a striking shift.": a short verdict on what came before.
  if (
    VERDICT.test(text) &&
    words <= MAX_VERDICT_WORDS &&
    !isSpecific(text) &&
    !DESCRIBED.test(text) &&
    !RANKED.test(text)
  )
    return 'verdict';
  if (ADVICE.test(text) && ADVISED.test(text) && !reported) return 'advice';
  return null;
}
