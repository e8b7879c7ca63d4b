import { LIST_LEAD_PHRASES } from './furniture';
import { bareWord, COMMON_CAPITALS, isSpecific, NAME_FORM } from './specific';

// A list's points (claim-kind.ts). A point often leaves out what its list is about ("Cosmos models:
// • real-time inference • world understanding"): it takes its subject from the line that leads
// into the list, and under a navigation label ("More from the blog", "Related:") it is a link of
// the page's own, not a claim.

/**
 * The furniture phrases and rules that make a list under them furniture too: the page's
 * navigation, newsletter, notices, notes on itself, sponsors and calls to action. Not a plain
 * heading ("Key takeaways", "What was announced"), nor a signpost ("Here are five takeaways:"),
 * whose points are the story.
 */
const INHERITED_RULES = new Set(['self', 'sponsor', 'call to action', 'legal']);
/**
 * Whether the points under a lead-in are furniture too, given why the lead-in is: a rule above, or
 * a lexicon phrase of the groups whose lists are the page's own (LIST_LEAD_PHRASES).
 */
export const pointsAreFurniture = (leadInWhy: string | null): boolean =>
  !!leadInWhy && (INHERITED_RULES.has(leadInWhy) || LIST_LEAD_PHRASES.has(leadInWhy));

/**
 * A digest's lead-ins to its summary of the story ("TL;DR", "Key takeaways", "The news in brief",
 * "What happened"): the points under them restate the story, so each is held to the source as a
 * particular claim, not taken for a general remark of the writer's. Chosen here from the headings
 * digests in tests/realpairs put over their summaries and the usual newsletter forms; not "Why it
 * matters" or "The bottom line", which lead into the writer's view.
 */
const SUMMARY_LEAD =
  /^(?:tl;? ?dr|(?:the\s+)?(?:key\s+)?(?:takeaways|points|highlights|facts|details)|(?:the\s+)?(?:news|story)\s+in\s+brief|in\s+brief|at\s+a\s+glance|what\s+(?:happened|was\s+announced|(?:is|['’]s)\s+new|we\s+know|you\s+need\s+to\s+know)|(?:quick\s+)?summary|the\s+short\s+version)$/iu;
/**
 * Lead-ins to the writer's own assessment ("What got left out", "Missing evidence", "Why it
 * matters", "Pros", "Our take", "Winners", "Who benefits"): the points under them are commentary,
 * as Hyland's (2005) attitude markers are, even when they name the source. Chosen here from
 * digests' and reviews' usual headings (Axios-style "Why it matters", "The bottom line", "What to
 * watch"; reviews' "Pros" and "Cons"), the media-literacy digest in tests/realpairs ("What got
 * left out", "Missing evidence", "Who benefits") and the winners-and-losers lists of AI-industry
 * digests (seed 000). Not "Limitations", which often restates the source's own.
 */
const VIEW_LEAD =
  /^(?:what\s+(?:got|was|is|['’]s)\s+(?:left\s+out|missing)|what['’]s\s+missing|missing\s+(?:evidence|context)|why\s+(?:it|this|that)\s+matters|(?:the\s+)?bottom\s+line|what\s+to\s+watch(?:\s+for)?|(?:our|my|the)\s+(?:take|verdict|view)|verdict|pros(?:\s+and\s+cons)?|cons|(?:open\s+)?questions|red\s+flags|the\s+catch|winners(?:\s+and\s+losers)?|losers|who\s+(?:benefits|loses|wins|gains|pays))$/iu;
/** A lead-in line as its words alone: marks and emoji aside, for the lead-in patterns. */
const bare = (line: string) =>
  line
    .replace(/[^\p{L}\p{N}'’;\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** Whether a lead-in line introduces a summary of the story (SUMMARY_LEAD). */
export const leadsSummary = (line: string): boolean => SUMMARY_LEAD.test(bare(line));
/** Whether a lead-in line introduces the writer's assessment (VIEW_LEAD). */
export const leadsView = (line: string): boolean => VIEW_LEAD.test(bare(line));

/** The words of a line, without the marks around them. */
const wordsOf = (line: string) => line.split(/\s+/).map(bareWord).filter(Boolean);
/**
 * A heading in title case ("What Got Left Out", "Cosmos Series Models"): every word past the
 * first of three letters or more capitalised, two at least. Its capitals are the style's, not
 * names.
 */
function isTitleCase(words: readonly string[]): boolean {
  const long = words.slice(1).filter((w) => w.length >= 3);
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The page's names: words written with a capital after the first word of a sentence that is not
 * in title case ("…released by Cosmos Labs…"), so a title-case heading's "Cosmos" is known for a
 * name and its "Left" is not.
 */
export function pageNames(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const words = wordsOf(sentence);
    if (isTitleCase(words)) continue;
    for (const w of words.slice(1)) if (/^\p{Lu}/u.test(w) && !COMMON_CAPITALS.has(w)) names.add(w);
  }
  return names;
}

/**
 * Whether a list's points are particular claims by their lead-in: it leads into a summary of the
 * story, or names what the points are about, as any sentence names something (isSpecific), but in
 * a title-case heading only a word in a name's form or one the page writes as a name elsewhere.
 */
export function leadInNames(line: string, names: ReadonlySet<string>): boolean {
  if (leadsSummary(line)) return true;
  const words = wordsOf(line);
  if (!isTitleCase(words)) return isSpecific(line);
  return words.some(
    (w) => !COMMON_CAPITALS.has(w) && (NAME_FORM.test(w) || names.has(w) || /\p{N}/u.test(w)),
  );
}
