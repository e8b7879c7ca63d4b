import type { Article, Sentence } from '../extract/article';
import { lineFinder } from '../text/line-finder';
import { commentaryOf } from './kinds/commentary';
import { furnitureOf } from './kinds/furniture';
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
   * lacks. A name that opens the sentence is not seen ("Nano runs on…"): every first word has
   * its capital.
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
  const lineOf = lineFinder(page.text);
  return page.sentences.map((s) => ({
    ...kindOf(s, lineOf(s), site),
    specific: isSpecific(s.text),
  }));
}

/** What a sentence is, with the line that holds it (trimmed). */
function kindOf(s: Sentence, line: string, site: string | null): Omit<SentenceKind, 'specific'> {
  const text = s.text.trim();
  const words = text.split(/\s+/).length;
  const furnitureWhy = furnitureOf(text, line, words, site);
  if (furnitureWhy) return { kind: 'furniture', why: furnitureWhy };
  const reported = reportingVerb(text);
  const commentaryWhy = commentaryOf(text, words, !!reported);
  if (commentaryWhy) return { kind: 'commentary', why: commentaryWhy };
  if (reported) return { kind: 'reported', why: reported.phrase };
  return { kind: 'claim', why: 'claim' };
}
