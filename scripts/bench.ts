// npm run bench: what Unspun's own work costs next to Readability's parse of the same page,
// as ratios measured in one run (machines here are shared and noisy: ratios, not seconds, and
// never an assertion in a test). Budgets: analysing a 2,000-word page costs less than Readability's
// parse of it; matching a 2,000-word page against a 20,000-word source costs less too; both grow
// about linearly with length.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { alignClaims } from '../lib/analysis/align/align';
import { analyze } from '../lib/analysis/analyze';
import { assessSentence } from '../lib/analysis/claim-strength';
import type { Article } from '../lib/extract/article';
import { extractArticle } from '../lib/extract/extract';
import { parseHtmlDocument } from '../lib/extract/parse-html';
import { loadCases } from './lib/fixture-internet.mjs';
import { syntheticHtml } from './lib/synthetic-article';
import { twentyThousandWordSource } from './lib/realpairs';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Medians, in ms, of Readability's parse of a page and of each of `works`, timed in alternation
 * after one warm-up of each: when the shared machine slows down, both sides of the ratio feel it
 * alike. Readability parses a fresh clone each time (it mutates its document).
 */
function versusReadability<W extends (() => unknown)[]>(
  html: string,
  url: string,
  works: [...W],
  runs = 9,
): { parse: number; works: { [K in keyof W]: number } } {
  const doc = parseHtmlDocument(html, url);
  const parse = () => new Readability(doc.cloneNode(true) as Document).parse();
  const parses: number[] = [];
  const samples = works.map(() => [] as number[]);
  const timed = (fn: () => unknown, into: number[]) => {
    const t = performance.now();
    fn();
    into.push(performance.now() - t);
  };
  parse();
  for (const work of works) work();
  for (let i = 0; i < runs; i++) {
    timed(parse, parses);
    works.forEach((work, w) => timed(work, samples[w]!));
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { parse: median(parses), works: samples.map(median) as { [K in keyof W]: number } };
}

const rows: string[][] = [];
const row = (...cells: (string | number)[]) => {
  rows.push(cells.map(String));
  if (process.env.BENCH_VERBOSE) console.error(cells.join(' | '));
};
const ms = (x: number) => x.toFixed(1);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

row('page', 'words', 'Readability ms', 'analysis ms', 'analysis / Readability');
const pages: { name: string; html: string; url: string }[] = loadCases()
  .filter((c) => c.kind === 'restatement')
  .map((c) => ({
    name: `seed ${c.id}`,
    html: readFileSync(path.join(root, 'seeds', c.fixture), 'utf8'),
    url: c.url,
  }));
for (const words of [1_000, 2_000, 10_000, 100_000])
  pages.push({
    name: `synthetic ${words / 1000}k`,
    html: syntheticHtml(words),
    url: 'https://bench.example/a',
  });
for (const p of pages) {
  const article = extractArticle(parseHtmlDocument(p.html, p.url), { url: p.url });
  const {
    parse,
    works: [analysis],
  } = versusReadability(
    p.html,
    p.url,
    // A new Article each run: analyze() keeps what it read of a page by Article, and the budget
    // is for a page read cold.
    [() => analyze({ ...article })],
    article.wordCount > 50_000 ? 3 : 9,
  );
  row(p.name, article.wordCount, ms(parse), ms(analysis), ratio(analysis, parse));
}

row('', '', '', '', '');
row(
  'matching a 2k-word page against',
  'source words',
  'Readability ms (page)',
  'matching ms',
  'matching / Readability',
);
const pageHtml = syntheticHtml(2_000, 3);
const page: Article = extractArticle(parseHtmlDocument(pageHtml, 'https://bench.example/page'), {
  url: 'https://bench.example/page',
});
const pageStrengths = page.sentences.map((s) => assessSentence(s.text));
for (const words of [2_000, 20_000, 200_000]) {
  const source = extractArticle(
    parseHtmlDocument(syntheticHtml(words, 5), 'https://bench.example/source'),
    { url: 'https://bench.example/source' },
  );
  // The page's own strengths come from the page analysis (measured above), as in analyze(). A new
  // source Article each run: matching keeps what it read of a source by Article (prepared-source.ts).
  const {
    parse,
    works: [matching],
  } = versusReadability(
    pageHtml,
    'https://bench.example/page',
    [() => alignClaims(page, { ...source }, pageStrengths)],
    words > 50_000 ? 5 : 9,
  );
  row(
    `a ${words / 1000}k-word source`,
    source.wordCount,
    ms(parse),
    ms(matching),
    ratio(matching, parse),
  );
}

// Real news pages of about 2,000 words (Readability's own test corpus, read in place when it is
// beside the project): their markup is what Readability meets in the wild, unlike the synthetic page.
const realpages = path.resolve(root, '../shared/realpages');
const REAL = ['aclu', 'engadget', 'salon-1', 'seattletimes-1'];
if (existsSync(realpages)) {
  row('', '', '', '', '');
  row(
    'matching a real page against',
    'page words',
    'Readability ms (page)',
    'matching ms',
    'matching / Readability',
  );
  const source = extractArticle(
    parseHtmlDocument(syntheticHtml(20_000, 5), 'https://bench.example/source'),
    { url: 'https://bench.example/source' },
  );
  for (const name of REAL) {
    const html = readFileSync(path.join(realpages, `${name}.html`), 'utf8');
    const url = `https://${name}.example/article`;
    const real = extractArticle(parseHtmlDocument(html, url), { url });
    const strengths = real.sentences.map((s) => assessSentence(s.text));
    const {
      parse,
      works: [matching],
    } = versusReadability(html, url, [() => alignClaims(real, { ...source }, strengths)]);
    row(
      `${name} vs a 20k-word source`,
      real.wordCount,
      ms(parse),
      ms(matching),
      ratio(matching, parse),
    );
  }
}

// Real primary sources joined to about 20,000 words (twentyThousandWordSource).
const source = existsSync(realpages) ? twentyThousandWordSource() : undefined;
if (source) {
  row('', '', '', '', '', '', '');
  row(
    `analysis + comparison, ${source.wordCount}-word real source`,
    'page words',
    'Readability ms (page)',
    'source new ms',
    '/ Readability',
    'source kept ms',
    '/ Readability',
  );
  for (const name of REAL) {
    const html = readFileSync(path.join(realpages, `${name}.html`), 'utf8');
    const url = `https://${name}.example/article`;
    const real = extractArticle(parseHtmlDocument(html, url), { url });
    // A new page Article each run, read cold. "Source new" reads the source cold as well (the
    // first comparison with a source just fetched); "source kept" is every later one: the
    // background keeps the source it read, for a comparison asked again or another page that
    // restates it (prepared-source.ts).
    const {
      parse,
      works: [cold, kept],
    } = versusReadability(html, url, [
      () => analyze({ ...real }, { source: { ...source } }),
      () => analyze({ ...real }, { source }),
    ]);
    row(
      `${name}`,
      real.wordCount,
      ms(parse),
      ms(cold),
      ratio(cold, parse),
      ms(kept),
      ratio(kept, parse),
    );
  }
}

const columns = Math.max(...rows.map((r) => r.length));
const widths = Array.from({ length: columns }, (_, c) =>
  Math.max(...rows.map((r) => (r[c] ?? '').length)),
);
for (const r of rows)
  console.log(
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
  );
console.log(
  '\nOne run on this machine, each ratio from medians of runs timed in alternation; ratios below 1 are within budget.',
);
console.log(
  'The synthetic page and source are written from the same eight sentences, so each page sentence shares most of its terms\n' +
    `with a third of the source's sentences and every claim is matched: the index's worst case${existsSync(realpages) ? '; the real pages show the usual case' : ''}.`,
);
