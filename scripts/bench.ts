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

const root = path.resolve(import.meta.dirname, '..');

/** Median of several runs of `fn`, in ms (after one warm-up run). */
function time(fn: () => unknown, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** Readability's parse of a page, on a fresh clone each time (parse mutates its document). */
function readabilityMs(html: string, url: string): number {
  const doc = parseHtmlDocument(html, url);
  return time(() => new Readability(doc.cloneNode(true) as Document).parse(), 3);
}

const SENTENCES = [
  'The lab said its new model may cut the cost of reading invoices by about 40% in some settings.',
  'Specialized models consistently outperform general ones, according to the company.',
  'Critics noted that the benchmark was designed and run by the vendor itself.',
  'Analysts expect procurement teams to ask how specialized a model needs to be.',
  'However, each specialized model needs training data, evaluation and maintenance.',
  'The results come from one domain and one benchmark, and they should be read that way.',
  'General models remain better for open-ended tasks that span many domains.',
  'Inference costs fell sharply last year as chips improved and competition grew.',
];

/** A synthetic article of about `words` words, varied enough to exercise every rule. */
function syntheticHtml(words: number, seed = 1): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = seed;
  while (count < words) {
    const p: string[] = [];
    for (let k = 0; k < 4; k++, i++) {
      const s = SENTENCES[i % SENTENCES.length]!.replace('40%', `${(i * 7) % 90}%`) + ` (item ${i})`;
      p.push(s);
      count += s.split(' ').length;
    }
    // Markup as news sites wrap it: nested blocks, inline links, an ad slot every few paragraphs.
    const ad = paragraphs.length % 5 === 4 ? '<div class="ad-slot"><span>Advertisement</span><iframe title="ad"></iframe></div>' : '';
    paragraphs.push(`<div class="row"><div class="col body-text"><p>${p.join(' ')} <a href="/topic/${i}">More on this</a>.</p></div></div>${ad}`);
  }
  const links = (n: number, prefix: string) => Array.from({ length: n }, (_, k) => `<li><a href="/${prefix}/${k}">${prefix} item ${k}</a></li>`).join('');
  const furniture = {
    nav: `<header><nav><ul>${links(60, 'section')}</ul></nav><form><input name="q"><button>Search</button></form></header>`,
    aside: `<aside><h2>Related</h2><ul>${links(40, 'related')}</ul><div class="newsletter"><p>Subscribe to our newsletter.</p><input type="email"></div></aside>`,
    comments: `<section class="comments">${Array.from({ length: Math.ceil(paragraphs.length / 10) }, (_, k) => `<div class="comment"><b>Reader ${k}</b><p>Interesting piece, thanks.</p></div>`).join('')}</section>`,
    footer: `<footer><ul>${links(40, 'footer')}</ul><p>Copyright notice.</p></footer>`,
  };
  return `<html><head><title>Synthetic article</title><meta property="og:site_name" content="Bench News"></head><body>${furniture.nav}<main><article><h1>Synthetic article</h1><p class="byline">By A. Writer</p>${paragraphs.join('\n')}</article>${furniture.aside}${furniture.comments}</main>${furniture.footer}</body></html>`;
}

const rows: string[][] = [];
const row = (...cells: (string | number)[]) => {
  rows.push(cells.map(String));
  if (process.env.BENCH_VERBOSE) console.error(cells.join(" | "));
};
const ms = (x: number) => x.toFixed(1);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

row('page', 'words', 'Readability ms', 'analysis ms', 'analysis / Readability');
const pages: { name: string; html: string; url: string }[] = loadCases()
  .filter((c) => c.kind === 'restatement')
  .map((c) => ({ name: `seed ${c.id}`, html: readFileSync(path.join(root, 'seeds', c.fixture), 'utf8'), url: c.url }));
for (const words of [1_000, 2_000, 10_000, 100_000]) pages.push({ name: `synthetic ${words / 1000}k`, html: syntheticHtml(words), url: 'https://bench.example/a' });
for (const p of pages) {
  const article = extractArticle(parseHtmlDocument(p.html, p.url), { url: p.url });
  const parse = readabilityMs(p.html, p.url);
  const analysis = time(() => analyze(article), article.wordCount > 50_000 ? 3 : 5);
  row(p.name, article.wordCount, ms(parse), ms(analysis), ratio(analysis, parse));
}

row('', '', '', '', '');
row('matching a 2k-word page against', 'source words', 'Readability ms (page)', 'matching ms', 'matching / Readability');
const pageHtml = syntheticHtml(2_000, 3);
const page: Article = extractArticle(parseHtmlDocument(pageHtml, 'https://bench.example/page'), { url: 'https://bench.example/page' });
const pageParse = readabilityMs(pageHtml, 'https://bench.example/page');
const pageStrengths = page.sentences.map((s) => assessSentence(s.text));
for (const words of [2_000, 20_000, 200_000]) {
  const source = extractArticle(parseHtmlDocument(syntheticHtml(words, 5), 'https://bench.example/source'), { url: 'https://bench.example/source' });
  // The page's own strengths come from the page analysis (measured above), as in analyze().
  const matching = time(() => alignClaims(page, source, pageStrengths), words > 50_000 ? 3 : 5);
  row(`a ${words / 1000}k-word source`, source.wordCount, ms(pageParse), ms(matching), ratio(matching, pageParse));
}

// Real news pages of about 2,000 words (Readability's own test corpus, read in place when it is
// beside the project): their markup is what Readability meets in the wild, unlike the synthetic page.
const realpages = path.resolve(root, '../shared/realpages');
const REAL = ['aclu', 'engadget', 'salon-1', 'seattletimes-1'];
if (existsSync(realpages)) {
  row('', '', '', '', '');
  row('matching a real page against', 'page words', 'Readability ms (page)', 'matching ms', 'matching / Readability');
  const source = extractArticle(parseHtmlDocument(syntheticHtml(20_000, 5), 'https://bench.example/source'), { url: 'https://bench.example/source' });
  for (const name of REAL) {
    const html = readFileSync(path.join(realpages, `${name}.html`), 'utf8');
    const url = `https://${name}.example/article`;
    const real = extractArticle(parseHtmlDocument(html, url), { url });
    const strengths = real.sentences.map((s) => assessSentence(s.text));
    const parse = readabilityMs(html, url);
    const matching = time(() => alignClaims(real, source, strengths));
    row(`${name} vs a 20k-word source`, real.wordCount, ms(parse), ms(matching), ratio(matching, parse));
  }
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log('\nOne run on this machine; ratios below 1 are within budget.');
