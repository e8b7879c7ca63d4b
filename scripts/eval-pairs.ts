// npm run eval:pairs: Unspun's comparison measured on real restatements of real primary sources,
// against a careful reader's label for every sentence (tests/realpairs). Reads the corpus in
// place; the third-party texts live outside git (tests/realpairs/README.md), and without them this
// says so and exits 0. Held-out pages (labelled before the analysis was changed for the corpus)
// are reported apart and only in total, so their sentences are never tuned on:
//   npm run eval:pairs                    dev pages one by one, then dev and held-out totals
//   npm run eval:pairs -- --page <id>     one dev page, sentence by sentence (--wide: whole sentences)
//   npm run eval:pairs -- --dev           dev pages only (while working on the analysis)
import { existsSync } from 'node:fs';
import { analyze } from '../lib/analysis/analyze';
import type { Claim, Report } from '../lib/report/report';
import type { Article } from '../lib/extract/article';
import {
  articleFromText,
  loadPages,
  loadSources,
  PROBLEMS,
  readBody,
  referenceSentences,
  textPath,
  type Label,
  type PageEntry,
  type SourceEntry,
} from './lib/realpairs';

const args = process.argv.slice(2);
const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined;
const devOnly = args.includes('--dev');
const wide = args.includes('--wide');

const sources = new Map(loadSources().map((s) => [s.id, s]));
const pages = loadPages();
const readable = (ref: string) => existsSync(textPath(ref));
const usable = pages.filter(
  (p) =>
    !(devOnly && p.split === 'heldout') &&
    readable(p.text) &&
    p.sources.every((id) => sources.has(id) && readable(sources.get(id)!.text)),
);
if (!usable.length) {
  console.log(
    `The real-pairs texts are not here (${pages.length} labelled pages in tests/realpairs/pages; texts expected in tests/realpairs/texts or UNSPUN_REALPAIRS_TEXTS, and ../shared/realpairs). Nothing to measure; tests/realpairs/README.md says how the texts were restored on a new machine.`,
  );
  process.exit(0);
}

/** What Unspun said of a sentence, on the labels' scale: a claim's status, or not judged at all. */
type Said = Label | 'unchecked' | 'uncertain';
const UNJUDGED: readonly string[] = ['not-a-claim', 'editorial', 'unchecked'];

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The claim a labelled sentence became, by the most shared text (extraction may split or join). */
function claimFor(sentence: string, claims: readonly (Claim & { n: string })[]): Claim | undefined {
  const n = norm(sentence);
  let best: Claim | undefined;
  let bestShare = 0;
  for (const c of claims) {
    const overlap = c.n.includes(n) ? n.length : n.includes(c.n) ? c.n.length : 0;
    // Shared text as a share of the longer of the two: a one-word heading is not the claim around it.
    const share = overlap / Math.max(n.length, c.n.length, 1);
    if (share > bestShare) [best, bestShare] = [c, share];
  }
  return bestShare >= 0.5 ? best : undefined;
}

/**
 * Each source read once, though many pages restate it, as the web would serve it (its text under
 * its own address and byline): its Article and its labelled caveats' texts.
 */
const readSources = new Map<string, { article: Article; caveats: Map<string, string> }>();
function readSource(e: SourceEntry): { article: Article; caveats: Map<string, string> } {
  let read = readSources.get(e.id);
  if (!read) {
    const { body } = readBody(textPath(e.text));
    const ref = new Map(referenceSentences(body).map((r) => [r.id, norm(r.text)]));
    const caveats = new Map(
      e.caveats.filter((c) => ref.has(c.id)).map((c) => [c.id, ref.get(c.id)!] as const),
    );
    read = {
      article: articleFromText(body, {
        url: e.url,
        title: e.title,
        byline: e.byline,
        date: e.date,
      }),
      caveats,
    };
    readSources.set(e.id, read);
  }
  return read;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  total: number;
  faithful: number;
  faithfulKept: number;
  furniture: number;
  furnitureUnjudged: number;
  misattributed: number;
  caught: number;
  rightlyCredited: number;
  wronglyFlagged: number;
  omissions: number;
  omissionsCaveats: number;
  caveatsLeftOut: number;
  caveatsFound: number;
  firstIsCaveat: number;
  dropping: number;
}
const tally = (): Tally => ({
  tp: 0,
  fp: 0,
  fn: 0,
  exact: 0,
  total: 0,
  faithful: 0,
  faithfulKept: 0,
  furniture: 0,
  furnitureUnjudged: 0,
  misattributed: 0,
  caught: 0,
  rightlyCredited: 0,
  wronglyFlagged: 0,
  omissions: 0,
  omissionsCaveats: 0,
  caveatsLeftOut: 0,
  caveatsFound: 0,
  firstIsCaveat: 0,
  dropping: 0,
});
function add(into: Tally, t: Tally) {
  for (const k of Object.keys(t) as (keyof Tally)[]) into[k] += t[k];
}

function measure(entry: PageEntry): {
  t: Tally;
  rows: [string, Label, Said, string][];
  report: Report;
  /** The labelled caveat an omission is, if any. */
  isCaveat: (text: string) => string | undefined;
} {
  const entries = entry.sources.map((id) => sources.get(id)!);
  const read = entries.map((e) => readSource(e).article);
  const { body } = readBody(textPath(entry.text));
  const page = articleFromText(body, { url: entry.url, title: entry.title, date: entry.date });
  const report = analyze(page, { sources: read });
  const claims = report.claims.map((c) => ({ ...c, n: norm(c.text) }));
  const texts = new Map(referenceSentences(body).map((r) => [r.id, r.text]));
  const t = tally();
  const rows: [string, Label, Said, string][] = [];
  for (const l of entry.sentences) {
    const text = texts.get(l.id);
    if (text === undefined) continue;
    const claim = claimFor(text, claims);
    const said: Said = claim ? (claim.status as Said) : 'not-a-claim';
    const problem = PROBLEMS.includes(l.label);
    const flagged = (PROBLEMS as readonly string[]).includes(said);
    if (problem && flagged) t.tp++;
    else if (flagged) t.fp++;
    else if (problem) t.fn++;
    t.total++;
    if (said === l.label || (UNJUDGED.includes(l.label) && UNJUDGED.includes(said))) t.exact++;
    if (l.label === 'supported') {
      t.faithful++;
      if (said === 'supported') t.faithfulKept++;
    }
    if (l.label === 'not-a-claim' || l.label === 'editorial') {
      t.furniture++;
      if (UNJUDGED.includes(said)) t.furnitureUnjudged++;
    }
    rows.push([
      text,
      l.label,
      said,
      claim?.match
        ? `${claim.match.score} ${claim.match.unmentioned ? `[never: ${claim.match.unmentioned.join(', ')}] ` : ''}${wide ? claim.match.text : claim.match.text.slice(0, 90)}`
        : '',
    ]);
  }
  const flaggedAttribution = report.flags.some((f) => f.id === 'attribution-mismatch');
  if (entry.misattributes) {
    t.misattributed++;
    if (flaggedAttribution) t.caught++;
  } else {
    t.rightlyCredited++;
    if (flaggedAttribution) t.wronglyFlagged++;
  }
  // Omissions against the labelled caveats of the page's sources.
  const caveats = new Map<string, string>();
  for (const e of entries) for (const [id, text] of readSource(e).caveats) caveats.set(id, text);
  const isCaveat = (text: string) => {
    const n = norm(text);
    return [...caveats].find(([, c]) => c.includes(n) || n.includes(c))?.[0];
  };
  const omitted = report.omissions ?? [];
  t.omissions += omitted.length;
  const found = new Set(omitted.map((o) => isCaveat(o.text)).filter((x): x is string => !!x));
  t.omissionsCaveats += omitted.filter((o) => isCaveat(o.text)).length;
  if (entry.dropsCaveats && caveats.size) {
    t.dropping++;
    t.caveatsLeftOut += caveats.size;
    t.caveatsFound += found.size;
    if (omitted[0] && isCaveat(omitted[0].text)) t.firstIsCaveat++;
  }
  return { t, rows, report, isCaveat };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');
const f1 = (t: Tally) => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fx = (x: number) => x.toFixed(2);

function line(name: string, t: Tally): string[] {
  const { p, r, f } = f1(t);
  return [
    name,
    String(t.total),
    `${fx(p)} / ${fx(r)} / ${fx(f)}`,
    pct(t.exact, t.total),
    pct(t.faithfulKept, t.faithful),
    pct(t.furnitureUnjudged, t.furniture),
    `${t.caught}/${t.misattributed} · ${t.wronglyFlagged}/${t.rightlyCredited}`,
    `${pct(t.omissionsCaveats, t.omissions)} · ${t.caveatsFound}/${t.caveatsLeftOut} · ${t.firstIsCaveat}/${t.dropping}`,
  ];
}

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

const HEAD = [
  'page',
  'sents',
  'problem P / R / F1',
  'exact',
  'faithful kept',
  'furniture unjudged',
  'attribution caught · false',
  'omissions: are caveats · caveats found · first is one',
];
if (only) {
  const entry = usable.find((p) => p.id === only);
  if (!entry) throw new Error(`No readable page "${only}".`);
  if (entry.split === 'heldout') {
    console.log(
      `${only} is held out: its sentences are not shown (see tests/realpairs/README.md).`,
    );
    process.exit(0);
  }
  const { rows, t, report, isCaveat } = measure(entry);
  for (const [text, label, said, match] of rows)
    console.log(
      `${label === said ? ' ' : '✗'} ${label.padEnd(14)} ${said.padEnd(14)} ${wide ? text : text.slice(0, 110)}${match ? `\n${' '.repeat(32)}↳ ${match}` : ''}`,
    );
  console.log(
    `omissions (✓ a labelled caveat):\n${(report.omissions ?? []).map((o) => `  ${isCaveat(o.text) ? '✓' : ' '} [${o.kind}] ${o.text.slice(0, 100)}`).join('\n')}`,
  );
  table([HEAD, line(only, t)]);
  process.exit(0);
}

const dev = tally();
const held = tally();
/** Dev sentences by label (rows) and what Unspun said (columns). */
const confusion = new Map<string, Map<string, number>>();
const rows: string[][] = [HEAD];
const started = performance.now();
for (const entry of usable) {
  const { t, rows: said } = measure(entry);
  if (entry.split === 'heldout') add(held, t);
  else {
    for (const [, label, status] of said) {
      const row = confusion.get(label) ?? new Map<string, number>();
      row.set(status, (row.get(status) ?? 0) + 1);
      confusion.set(label, row);
    }
    add(dev, t);
    rows.push(line(entry.id, t));
  }
}
const skipped = pages.length - usable.length;
console.log(
  `Real pairs: ${usable.length} pages read (${skipped ? `${skipped} without their texts` : 'all'}), ${sources.size} sources.\n`,
);
table(rows);
console.log('');
const columns = [
  'supported',
  'strengthened',
  'weakened',
  'figures-differ',
  'unsupported',
  'uncertain',
  'editorial',
  'unchecked',
  'not-a-claim',
];
console.log('dev sentences: labelled (rows) and said (columns)');
table([
  ['', ...columns],
  ...[...confusion].map(([label, row]) => [label, ...columns.map((c) => String(row.get(c) ?? 0))]),
]);
console.log('');
const devCount = usable.filter((p) => p.split === 'dev').length;
table([
  HEAD,
  line(`dev (${devCount} pages)`, dev),
  line(`held out (${usable.length - devCount} pages)`, held),
]);
console.log(
  `\nproblem: strengthened, figures-differ or unsupported, labelled and said. exact: the same status (not-a-claim, editorial and unchecked count as one: left unjudged). faithful kept: labelled supported and said supported. attribution: misattributing pages flagged / pages crediting the author flagged. omissions: share of listed omissions that are labelled caveats · labelled caveats listed on pages that drop them · pages that drop caveats whose first listed omission is one. ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
