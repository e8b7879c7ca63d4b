import type { ArticleTable } from '../../extract/article';
import { parseNumber, roundsTo } from './figures';
import { allMatches } from '../../text/all-matches';
import { isStopword } from '../../text/terms';

/**
 * Claims about a table's figures, checked cell by cell: the rows and columns a claim names (by
 * their labels, loosely: case, punctuation, a parenthesised note and a trailing version or size
 * such as "4.6" or "3B" aside), and each number the claim gives for them against their cells.
 * "Model A scores 71.2 on B" where row A, column B says 74.9 differs; so does "A beats C (0.921
 * vs 0.833)" where 0.921 is another row's.
 */

/** Lower case, letters and digits only ("4.6" keeps its point), one space between words. */
const normalized = (s: string) =>
  ` ${s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim()} `;

/** A label's full words, and its words without a trailing version or size ("claude opus" for "Claude Opus 4.6"). */
function labelKeys(label: string): { full: string; core: string } {
  const full = normalized(label);
  const words = full.trim().split(' ');
  while (words.length > 1 && /\d/.test(words[words.length - 1]!)) words.pop();
  return { full, core: ` ${words.join(' ')} ` };
}

/** Whether a core is distinctive enough to name a row alone: a word of three letters or more. */
const distinctive = (core: string) => /\p{L}{3,}/u.test(core);

/** A table's row or column labels, read for naming: each label's keys, and which cores are shared. */
interface Labels {
  keys: { full: string; core: string }[];
  /** Per label: whether its core alone names it (distinctive, and no other label's core). */
  coreNames: boolean[];
}

function labelsOf(labels: readonly string[]): Labels {
  const keys = labels.map(labelKeys);
  const count = new Map<string, number>();
  for (const { core } of keys) count.set(core, (count.get(core) ?? 0) + 1);
  return { keys, coreNames: keys.map(({ core }) => distinctive(core) && count.get(core) === 1) };
}

/**
 * A table's labels, read once per table: a claim is checked against every table of its source,
 * and the background keeps a source's tables for every page compared with it.
 */
const tableLabels = new WeakMap<ArticleTable, { rows: Labels; columns: Labels }>();
function labelsOfTable(t: ArticleTable): { rows: Labels; columns: Labels } {
  let labels = tableLabels.get(t);
  if (!labels) {
    labels = { rows: labelsOf(t.rows.map((r) => r[0] ?? '')), columns: labelsOf(t.columns) };
    tableLabels.set(t, labels);
  }
  return labels;
}

/**
 * The indexes of the labels a claim names: by their full words, else by their core when no other
 * label shares it ("Claude Opus" names "Claude Opus 4.6", "GPT" names neither "GPT-4o" nor "GPT-5.4").
 */
function named(claim: string, { keys, coreNames }: Labels): number[] {
  const full = keys.flatMap((k, i) => (k.full.trim() && claim.includes(k.full) ? [i] : []));
  const byCore = keys.flatMap((k, i) =>
    !full.includes(i) && coreNames[i] && claim.includes(k.core) ? [i] : [],
  );
  return [...full, ...byCore];
}

/** A caption's title: before a colon or a spaced dash ("AIME 2024 (tools)"). */
const captionTitle = (caption: string) => caption.split(/:|\s[—–-]\s/)[0]!.trim();

/**
 * Whether a claim names a table's caption: its title before a colon or dash ("AIME 2024" of
 * "AIME 2024 (tools): Competition math"), by its words, when one is distinctive.
 */
function namesCaption(claim: string, caption: string): boolean {
  const title = normalized(captionTitle(caption));
  return distinctive(title) && claim.includes(title);
}

interface Written {
  text: string;
  value: number;
  step: number;
  decimals: number;
}

// A number standing alone: not inside a name ("OCR2", "GPT-4", "Qwen2.5-VL").
const NUMBER = /(?<![\p{L}\p{N}.,]|\p{L}-)\d[\d,]*(?:\.\d+)?(?![\p{L}\p{N}]|-\p{L}|\.\d)/gu;

function numbersIn(text: string): Written[] {
  return allMatches(NUMBER, text).map((m) => ({
    text: m[0],
    ...parseNumber(m[0]),
    decimals: m[0].includes('.') ? m[0].length - m[0].indexOf('.') - 1 : 0,
  }));
}

/** A cell's number, when it holds one. */
const cellNumber = (cell: string): Written | undefined => numbersIn(cell)[0];

/** The cell named for the reader: its figure with its row and column. */
const cellName = (t: ArticleTable, row: number, col: number) =>
  `${t.rows[row]![col]} (${[t.rows[row]![0], t.columns[col], t.caption && captionTitle(t.caption)].filter(Boolean).join(', ')})`;

/** A label that names one thing: with a digit, a hyphen, a capital inside a word, or two words. */
const PROPER_LABEL = /\d|\p{L}-\p{L}|\p{Ll}\p{Lu}|\S\s+\S/u;

interface Reading {
  t: ArticleTable;
  /** Which of the source's tables. */
  table: number;
  rows: number[];
  namedColumns: number[];
  columns: number[];
}

/**
 * The tables a claim speaks of, with the rows it names and the columns its numbers may be in: the
 * named columns, else every column but the label's. A claim that names what a table measures ("on
 * AIME 2024") is held to that table alone.
 */
function readingsOf(words: string, tables: readonly ArticleTable[]): Reading[] {
  const all = tables.flatMap((t, table) => {
    const labels = labelsOfTable(t);
    const namedColumns = named(words, labels.columns).filter((c) => c > 0);
    // A row named by a plain word ("English", "Average") is the claim's only when it also names
    // one of the table's columns or its caption: "spoken by 96.1% of the population" is not about
    // a benchmark table's "English" row.
    const inContext = namedColumns.length > 0 || (!!t.caption && namesCaption(words, t.caption));
    const rows = named(words, labels.rows).filter(
      (r) => inContext || PROPER_LABEL.test(t.rows[r]![0] ?? ''),
    );
    if (!rows.length) return [];
    const columns = namedColumns.length
      ? namedColumns
      : t.columns.length
        ? t.columns.map((_, c) => c).slice(1)
        : [...Array(Math.max(...t.rows.map((r) => r.length))).keys()].slice(1);
    return [{ t, table, rows, namedColumns, columns }];
  });
  const titled = all.filter(({ t }) => t.caption && namesCaption(words, t.caption));
  return titled.length ? titled : all;
}

/** Whether a cell holds the number as written (to its precision; `exactly`: as many decimals). */
function holds(t: ArticleTable, n: Written, row: number, col: number, exactly = false): boolean {
  const cell = cellNumber(t.rows[row]![col] ?? '');
  return (
    cell !== undefined && roundsTo(n, cell.value) && (!exactly || cell.decimals === n.decimals)
  );
}

/** The claim's numbers, less those of the labels it names ("Claude Opus 4.6") and years. */
function claimedNumbers(claim: string, { t, rows, namedColumns }: Reading): Written[] {
  const labelNumbers = new Set(
    [...rows.map((r) => t.rows[r]![0] ?? ''), ...namedColumns.map((c) => t.columns[c]!)].flatMap(
      (l) => numbersIn(l).map((n) => n.text),
    ),
  );
  return numbersIn(claim).filter(
    (n) => !labelNumbers.has(n.text) && !/^(?:19|20)\d\d$/.test(n.text),
  );
}

/** Table `table`'s cell at `row`, `column`, as a claim's evidence. */
const cellOf = (t: ArticleTable, table: number, row: number, column: number): GivenCell => ({
  table,
  row,
  column,
  text: t.rows[row]![column] ?? '',
  name: cellName(t, row, column),
});

/** A cell that gives a claim's figure: which table, row and column, and its name for the reader. */
export interface GivenCell {
  table: number;
  row: number;
  column: number;
  /** The cell's own text ("71.2"). */
  text: string;
  /** The cell for the reader: its text, row and column ("71.2 (Orca-7B, MMLU, Evaluation)"). */
  name: string;
}

/**
 * Words a claim about a table's figures says besides its labels and numbers: how a score is given
 * ("scores", "reaches", "achieves") and how two compare ("ahead of", "beats", "trails"), which the
 * numbers themselves bear out or not.
 */
const FIGURE_WORDS = new Set(
  (
    'score scores scored scoring reach reaches reached achieve achieves achieved hit hits get gets ' +
    'got post posts posted record records recorded rate rated rating ratings accuracy benchmark ' +
    'benchmarks point points percent percentage elo model models result results ahead behind beat ' +
    'beats outperform outperforms outperformed trail trails trailed lead leads led higher lower ' +
    'above below than versus compared against while whereas respectively'
  ).split(' '),
);
/** At most this many other content words: more, and the claim says something the cells do not. */
const MAX_OTHER_WORDS = 1;

/**
 * The cells that give every number a claim states for the rows it names ("Orca-7B scores 71.2 on
 * MMLU" against row Orca-7B, column MMLU), one per number; null unless each is given so. The
 * table, not a sentence, is then the claim's evidence.
 */
export function tableFiguresGiven(
  claim: string,
  tables: readonly ArticleTable[],
): GivenCell[] | null {
  const readings = readingsOf(normalized(claim), tables);
  // Each number's cell, once any reading finds one (undefined while none has).
  const found = new Map<string, GivenCell | undefined>();
  for (const reading of readings) {
    const { t, table, rows, columns } = reading;
    for (const n of claimedNumbers(claim, reading)) {
      if (found.get(n.text)) continue;
      let cell: GivenCell | undefined;
      for (const r of rows)
        for (const c of columns)
          if (!cell && holds(t, n, r, c, true)) cell = cellOf(t, table, r, c);
      found.set(n.text, cell);
    }
  }
  const cells = [...found.values()].filter((c): c is GivenCell => c !== undefined);
  if (!cells.length || cells.length < found.size) return null;
  // The claim says no more than the cells: its words are the tables' labels, its numbers and how
  // figures are given or compared.
  const labels = new Set(
    readings.flatMap(({ t, rows, columns }) =>
      [
        ...rows.map((r) => t.rows[r]![0] ?? ''),
        ...columns.map((c) => t.columns[c] ?? ''),
        t.caption ?? '',
      ].flatMap((l) => normalized(l).trim().split(' ')),
    ),
  );
  const others = normalized(claim)
    .trim()
    .split(' ')
    .filter(
      (w) => /\p{L}{3,}/u.test(w) && !isStopword(w) && !labels.has(w) && !FIGURE_WORDS.has(w),
    );
  return others.length <= MAX_OTHER_WORDS ? cells : null;
}

/** What a claim got wrong of a table: its numbers, and the cells it should have given. */
export interface DifferingCells {
  page: string[];
  /** The cells' names for the reader, as `cells` in order, each once. */
  source: string[];
  cells: GivenCell[];
}

/**
 * The numbers a claim gives for a table's rows that the cells do not hold, with the cells it
 * should have given; null when the claim names no row, or each of its numbers is a named row's.
 */
export function tableFiguresDiffer(
  claim: string,
  tables: readonly ArticleTable[],
): DifferingCells | null {
  const page: string[] = [];
  const cellsByName = new Map<string, GivenCell>();
  const readings = readingsOf(normalized(claim), tables);
  // A figure any of the source's tables gives for a named row is the source's, whatever the
  // others say: a post with a table per benchmark has the same rows in each.
  const given = (n: Written) =>
    readings.some(({ t, rows, columns }) =>
      rows.some((r) => columns.some((c) => holds(t, n, r, c))),
    );
  for (const reading of readings) {
    const { t, table, rows, namedColumns, columns } = reading;
    // Numbers of the names themselves ("Claude Opus 4.6", "Cost per 1,000 pages") are not claims.
    const claimed = claimedNumbers(claim, reading);
    for (const n of claimed) {
      if (given(n)) continue;
      // Another row's cell, as written: the claim gave the named row another row's figure.
      const elsewhere = columns.find((c) =>
        t.rows.some((_, r) => !rows.includes(r) && holds(t, n, r, c, true)),
      );
      // Else a score written like the named rows' cells (as many decimals, at least one), or any,
      // when a column is named. A whole number ("117 billion", "80 GB") names no column by its form.
      const alike = n.decimals
        ? columns.filter((c) =>
            rows.some((r) => cellNumber(t.rows[r]![c] ?? '')?.decimals === n.decimals),
          )
        : [];
      const against =
        elsewhere !== undefined ? [elsewhere] : namedColumns.length ? namedColumns : alike;
      if (!against.length) continue;
      page.push(n.text);
      // The named rows' cells there, less those the claim gave right.
      const cells = rows.flatMap((r) =>
        against.filter((c) => cellNumber(t.rows[r]![c] ?? '')).map((c) => [r, c] as const),
      );
      const missed = cells.filter(
        ([r, c]) =>
          !claimed.some((m) => (m === n ? false : roundsTo(m, cellNumber(t.rows[r]![c]!)!.value))),
      );
      for (const [r, c] of missed.length ? missed : cells) {
        const cell = cellOf(t, table, r, c);
        if (!cellsByName.has(cell.name)) cellsByName.set(cell.name, cell);
      }
    }
  }
  return page.length && cellsByName.size
    ? {
        page: [...new Set(page)],
        source: [...cellsByName.keys()],
        cells: [...cellsByName.values()],
      }
    : null;
}
