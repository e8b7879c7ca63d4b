import type { Article, Sentence } from '../extract/article';
import { lineIndex } from '../text/line-finder';
import { commentaryOf } from './kinds/commentary';
import { furnitureOf } from './kinds/furniture';
import { leadInNames, leadsView, pageNames, pointsAreFurniture } from './kinds/list-items';
import { reportingVerb } from './kinds/reporting';
import { isSpecific } from './kinds/specific';

/**
 * What a page sentence is, for the comparison with the source:
 * - `furniture`: page furniture (newsletter, cookie and share text, bylines, headings and
 *   kickers, the page talking about itself); not a claim, never judged;
 * - `commentary`: the writer's own view or advice, shown as editorial, not judged against the source;
 * - `reported`: it reports the source ("Dharma says", "according to NVIDIA"), held to the source most strictly;
 * - `claim`: a statement about the subject that the source may back or not.
 */
export type ClaimKind = 'furniture' | 'commentary' | 'reported' | 'claim';

export interface SentenceKind {
  kind: ClaimKind;
  /** What decided it: a lexicon phrase, or the rule's name. */
  why: string;
  /**
   * It names something in particular: a figure, a quotation, or a name (a capitalised word
   * past the first). A general remark the source does not make ("Labor is expensive.") is the
   * writer's own; a particular one ("The Nano model runs on consumer hardware.") is a claim it
   * lacks. A name that opens the sentence is seen only in a name's form ("NVIDIA sources…",
   * "OpenAI says…"), not as a capital ("Nano runs on…"): every first word has its capital. A list's
   * point also names what the line before its list names.
   */
  specific: boolean;
}

/**
 * Sorts each page sentence into furniture, commentary, a report of the source, or a claim, in that
 * order of precedence (the rules of each are in ./kinds). Pure and cheap: phrase lists and a few
 * patterns, no model.
 */
export function claimKinds(page: Article): SentenceKind[] {
  const site = page.site && page.site.length >= 4 ? page.site.toLowerCase() : null;
  const lines = lineIndex(page.text);
  const points = listPoints(page, lines, site);
  return page.sentences.map((s) => {
    const line = lines.lineOf(s);
    const under = points.leadInOf(s, line);
    if (under?.furniture)
      return { kind: 'furniture', why: `under ${under.furniture}`, specific: false };
    if (under?.view) return { kind: 'commentary', why: 'under the writer’s view', specific: false };
    return {
      ...kindOf(s, line, site, under !== undefined),
      specific: isSpecific(s.text) || !!under?.names,
    };
  });
}

/** What a list's point takes from the line that leads into its list. */
interface LeadIn {
  /** Why the lead-in is furniture of a kind whose list is furniture too (a navigation label…). */
  furniture: string | null;
  /** The lead-in names what the points are about. */
  names: boolean;
  /** The lead-in introduces the writer's assessment: its points are commentary. */
  view: boolean;
}
/** A point shorter than this is a label ("Pricing", "Object permanence") as a heading is. */
const MIN_POINT_WORDS = 3;
/**
 * A line that opens with a bullet, as some pages write their lists in paragraphs. Not a dash:
 * "– Jensen Huang, CEO" credits a quotation.
 */
const BULLET = /^[•◦▪‣●○■]\s/u;

/**
 * The page's list points and their lead-ins: the line before each list (list-items.ts). A line is a
 * point when its element was a list item (`Article.listItems`) or it opens with a bullet, and it
 * has MIN_POINT_WORDS words or more.
 */
function listPoints(page: Article, lines: ReturnType<typeof lineIndex>, site: string | null) {
  const items = new Set(page.listItems ?? []);
  const isItem = (start: number) =>
    items.has(start) || BULLET.test(lines.lineOf({ start, end: start }));
  let names: Set<string> | undefined;
  const leadIns = new Map<number, LeadIn | null>();
  /** The lead-in of the list whose point starts its line at `start`, or null at the text's top. */
  const leadInAt = (start: number): LeadIn | null => {
    let at = start;
    while (at > 0 && isItem(at)) at = lines.startOf(at - 1);
    if (isItem(at)) return null;
    let leadIn = leadIns.get(at);
    if (leadIn === undefined) {
      const text = lines.lineOf({ start: at, end: at });
      const why = furnitureOf(text, text, text.split(/\s+/).length, site);
      names ??= pageNames(page.sentences.map((s) => s.text));
      leadIn = {
        furniture: pointsAreFurniture(why) ? why : null,
        names: leadInNames(text, names),
        view: leadsView(text),
      };
      leadIns.set(at, leadIn);
    }
    return leadIn;
  };
  return {
    /** The lead-in of the list a sentence is a point of, or undefined when it is none. */
    leadInOf(s: Sentence, line: string): LeadIn | null | undefined {
      const start = lines.startOf(s.start);
      if (!isItem(start) || line.split(/\s+/).length < MIN_POINT_WORDS) return undefined;
      return leadInAt(start);
    },
  };
}

/** What a sentence is, with the line that holds it (trimmed); `point`: the line is a list's point. */
function kindOf(
  s: Sentence,
  line: string,
  site: string | null,
  point: boolean,
): Omit<SentenceKind, 'specific'> {
  const text = s.text.trim();
  const words = text.split(/\s+/).length;
  const furnitureWhy = furnitureOf(text, line, words, site, point);
  if (furnitureWhy) return { kind: 'furniture', why: furnitureWhy };
  const reported = reportingVerb(text);
  const commentaryWhy = commentaryOf(text, words, !!reported);
  if (commentaryWhy) return { kind: 'commentary', why: commentaryWhy };
  if (reported) return { kind: 'reported', why: reported.phrase };
  return { kind: 'claim', why: 'claim' };
}
