// npx tsx scripts/report-hashes.ts [--time [rounds]]: one hash per Report (JSON.stringify, FNV-1a
// 64) for every page Unspun can read here, alone and against its sources, so that a change meant
// to be behaviour-free (speed work) can be checked byte for byte: save the output before, diff it
// after. Pages: the seed cases, the e2e pages, ../shared/realpages and the real-pairs corpus
// (texts read in place when present). With --time it also prints the median ms of analyze() per
// page alone and with a source, each call on a fresh copy of the Articles (as the background gets).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../lib/analysis/analyze';
import type { Article } from '../lib/extract/article';
import { loadCases } from './lib/fixture-internet.mjs';
import { savedPageArticle } from './lib/saved-page';
import {
  articleFromText,
  loadPages,
  loadSources,
  readBody,
  SHARED_PAIRS,
  textPath,
  twentyThousandWordSource,
} from './lib/realpairs';

const root = path.resolve(import.meta.dirname, '..');
const realpages = path.resolve(root, '../shared/realpages');

function fnv64(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

const keep = (name: string, a: Article | undefined) => {
  if (a) pages.set(name, a);
  else console.error(`no article: ${name}`);
};

/** Pages read alone, by name. */
const pages = new Map<string, Article>();
/** Comparisons: a page and its sources. */
const pairs: { name: string; page: Article; sources: Article[] }[] = [];

const cases = loadCases();
for (const c of cases)
  keep(`seed ${c.id}`, savedPageArticle(path.join(root, 'seeds', c.fixture), c.url));
for (const c of cases) {
  const source = cases.find(
    (s: { kind: string; url: string }) => s.kind === 'source' && s.url === c.source,
  );
  if (c.kind === 'restatement' && source)
    pairs.push({
      name: `seed ${c.id} vs ${source.id}`,
      page: pages.get(`seed ${c.id}`)!,
      sources: [pages.get(`seed ${source.id}`)!],
    });
}
const e2e = path.join(root, 'tests/e2e/pages');
for (const f of readdirSync(e2e)
  .filter((f) => f.endsWith('.html'))
  .sort())
  keep(`e2e ${f}`, savedPageArticle(path.join(e2e, f), `http://127.0.0.1:8080/pages/${f}`));

const REAL: string[] = [];
if (existsSync(realpages))
  for (const f of readdirSync(realpages)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const name = f.replace(/\.html$/, '');
    keep(
      `real ${name}`,
      savedPageArticle(path.join(realpages, f), `https://${name}.example/article`),
    );
    if (pages.has(`real ${name}`)) REAL.push(name);
  }

// The real-pairs corpus: pages against their sources (manifests committed, texts beside).
const sourceArticles = new Map<string, Article>();
for (const s of loadSources())
  if (existsSync(textPath(s.text)))
    sourceArticles.set(
      s.id,
      articleFromText(readBody(textPath(s.text)).body, {
        url: s.url,
        title: s.title,
        byline: s.byline,
        date: s.date,
      }),
    );
for (const [id, a] of sourceArticles) pages.set(`pairs source ${id}`, a);
for (const p of loadPages()) {
  if (!existsSync(textPath(p.text)) || !p.sources.every((s) => sourceArticles.has(s))) continue;
  const page = articleFromText(readBody(textPath(p.text)).body, {
    url: p.url,
    title: p.title,
    date: p.date,
  });
  pages.set(`pairs page ${p.id}`, page);
  const sources = p.sources.map((s) => sourceArticles.get(s)!);
  pairs.push({ name: `pairs ${p.id}`, page, sources });
  if (sources.length > 1)
    pairs.push({ name: `pairs ${p.id} (first source)`, page, sources: [sources[0]!] });
}
// The seeds against the real text of the post they restate, when it is beside the project.
for (const c of cases.filter((c: { kind: string }) => c.kind === 'restatement')) {
  const slug = String(c.source).split('/').pop();
  const file = path.join(SHARED_PAIRS, `primary-hf-${slug}.txt`);
  if (existsSync(file))
    pairs.push({
      name: `seed ${c.id} vs real ${slug}`,
      page: pages.get(`seed ${c.id}`)!,
      sources: [articleFromText(readBody(file).body, { url: String(c.source), title: slug! })],
    });
}
// Real news pages against about 20,000 words of real primary sources (as `npm run bench` does).
const bigSource = twentyThousandWordSource();
if (bigSource) {
  for (const name of REAL)
    pairs.push({
      name: `real ${name} vs 20k real source`,
      page: pages.get(`real ${name}`)!,
      sources: [bigSource],
    });
}

const timing = process.argv.includes('--time');
if (!timing) {
  for (const [name, page] of pages) console.log(`${fnv64(JSON.stringify(analyze(page)))}  ${name}`);
  for (const { name, page, sources } of pairs)
    console.log(
      `${fnv64(JSON.stringify(analyze(page, sources.length === 1 ? { source: sources[0] } : { sources })))}  ${name}`,
    );
  console.error(`${pages.size} pages alone, ${pairs.length} comparisons`);
} else {
  const rounds = Number(process.argv[process.argv.indexOf('--time') + 1]) || 5;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  // Each call gets fresh copies, as the background does (the Articles arrive by structured clone).
  const time = (page: Article, sources: Article[]): number => {
    const p = structuredClone(page);
    const s = structuredClone(sources);
    const t = performance.now();
    analyze(p, s.length ? { sources: s } : {});
    return performance.now() - t;
  };
  const alone = [...pages].filter(([n]) => n.startsWith('real ') || n.startsWith('seed '));
  const compared = pairs.filter(
    (p) =>
      !p.name.startsWith('real ') ||
      ['aclu', 'engadget', 'salon-1', 'seattletimes-1'].some(
        (n) => p.name === `real ${n} vs 20k real source`,
      ),
  );
  for (const [, p] of alone) time(p, []);
  for (const c of compared) time(c.page, c.sources);
  const aloneMs = alone.map(() => [] as number[]);
  const comparedMs = compared.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    alone.forEach(([, p], i) => aloneMs[i]!.push(time(p, [])));
    compared.forEach((c, i) => comparedMs[i]!.push(time(c.page, c.sources)));
  }
  const perAlone = aloneMs.map(median);
  const perCompared = comparedMs.map(median);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(
    `analyze() alone, ${alone.length} pages (seeds and real news pages), ${rounds} rounds:`,
  );
  console.log(
    `  median per page ${median(perAlone).toFixed(2)} ms, mean ${(sum(perAlone) / perAlone.length).toFixed(2)} ms, total ${sum(perAlone).toFixed(0)} ms`,
  );
  console.log(
    `analyze() with sources, ${compared.length} comparisons (seeds, real pairs, 4 real pages vs a 20k-word source):`,
  );
  console.log(
    `  median per comparison ${median(perCompared).toFixed(2)} ms, mean ${(sum(perCompared) / perCompared.length).toFixed(2)} ms, total ${sum(perCompared).toFixed(0)} ms`,
  );
  for (const n of ['aclu', 'engadget', 'salon-1', 'seattletimes-1']) {
    const i = alone.findIndex(([m]) => m === `real ${n}`);
    const j = compared.findIndex((c) => c.name === `real ${n} vs 20k real source`);
    if (i >= 0)
      console.log(
        `  ${n}: alone ${perAlone[i]!.toFixed(2)} ms${j >= 0 ? `, vs the 20k source ${perCompared[j]!.toFixed(2)} ms` : ''}`,
      );
  }
}
