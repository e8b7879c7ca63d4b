import type { Article } from '../../extract/article';
import type { ClaimMatch } from '../../report/report';
import { comparable, derivedFigure, figuresOf, sameFigure, type Figure } from './figures';
import { tableFiguresDiffer, type GivenCell } from './tables';

/** Each source's figures, read once (a weekday is dated from the dates before it in the whole text). */
const figuresBySource = new WeakMap<Article, Figure[]>();

function sourceFigures(source: Article): Figure[] {
  let figures = figuresBySource.get(source);
  if (!figures) figuresBySource.set(source, (figures = figuresOf(source.text)));
  return figures;
}

/** The figures of one source sentence, in order. */
function figuresOfSentence(source: Article, index: number): Figure[] {
  const all = sourceFigures(source);
  const { start, end } = source.sentences[index]!;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let i = lo; i < all.length && all[i]!.start < end; i++) out.push(all[i]!);
  return out;
}

/**
 * The page's and the source's figures that differ; `cells`, the tables' cells, when only a table's
 * figures do.
 */
export type ChangedFigures = NonNullable<ClaimMatch['figures']> & { cells?: GivenCell[] };

/**
 * The figures a claim states that the source gives nowhere, when the passage it restates (source
 * sentence `passage`) gives figures of the same kind: "cut latency by 50%" against "by 20%", "a
 * 30-billion-parameter model" against "3-billion-parameter", "29 April" against "Monday, April
 * 28". A figure found elsewhere in the source is taken to come from there, one worked out from the
 * passage's ("from 10% to 5%": "a 50% drop") is the passage's, and a figure where the passage has
 * none is left alone. Figures the claim gives for a row of one of the source's tables are checked
 * against that row's cells, and a wrong cell is named.
 */
export function changedFigures(
  claim: string,
  stated: readonly Figure[],
  source: Article,
  passage: number,
): ChangedFigures | null {
  // A claim without a digit gives no figure to check against a table's cells.
  const table =
    source.tables?.length && /\d/.test(claim) ? tableFiguresDiffer(claim, source.tables) : null;
  if (!stated.length) return table;
  const given = figuresOfSentence(source, passage);
  const changed = stated.filter(
    (f) => !sourceFigures(source).some((s) => sameFigure(f, s)) && !derivedFigure(f, given),
  );
  // A multiple is compared with a change the passage gives as two figures ("from 71% to 74%").
  const paired = (s: Figure) =>
    s.unit !== 'date' && given.some((o) => o !== s && o.unit === s.unit);
  const theirs = given.filter((s) =>
    changed.some((f) => comparable(f, s) || (f.unit === 'x' && paired(s))),
  );
  const prose =
    changed.length && theirs.length
      ? { page: changed.map((f) => f.text), source: theirs.map((f) => f.text) }
      : null;
  if (!table || !prose) return table ?? prose;
  // Both: the passage, which gives figures of its own, stays what the reader is shown.
  return {
    page: [...new Set([...table.page, ...prose.page])],
    source: [...new Set([...table.source, ...prose.source])],
  };
}

/**
 * The sizes a claim states (`stated`, its figures) that the source gives nowhere: counts and sums
 * of a thousand or more ("8 billion parameters", "$40 million", "13B") that no figure of the
 * source states. Such a figure comes from somewhere else, however alike the rest of the sentence
 * reads; a digit alone proves nothing ("8" is in most long texts). Shares, scores, ratios, dates
 * and counts in digits alone ("1,200 GPUs", which a source may write "1200") are left to the
 * number check (unmentioned.ts), which finds them however the source writes them. Where the
 * passage gives a figure of the same kind, `changedFigures` names the pair instead.
 */
export function unbackedSizes(stated: readonly Figure[], source: Article): string[] {
  const all = sourceFigures(source);
  return stated
    .filter(
      (f) =>
        SIZED.has(f.unit) && f.value >= 1000 && !f.digitsOnly && !all.some((s) => sameFigure(f, s)),
    )
    .map((f) => f.text);
}

/**
 * The figures a claim states that some figure of the source states too, however each is written:
 * "roughly 50 times" for "fifty-two times", "30%" for "29.6%", "3B" for "3 billion".
 */
export function figuresGiven(stated: readonly Figure[], source: Article): Figure[] {
  const all = sourceFigures(source);
  return stated.filter((f) => all.some((s) => sameFigure(f, s)));
}

const SIZED = new Set<Figure['unit']>(['count', '$', '€', '£']);
