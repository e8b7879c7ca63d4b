// npx tsx scripts/bench-figures.ts: what reading a source's figures and tables costs on a long
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// text (the synthetic article of scripts/bench.ts, 200,000 words), median of runs, in ms.
import { figuresOf } from '../lib/analysis/align/figures';
import { extractArticle } from '../lib/extract/extract';
import { parseHtmlDocument } from '../lib/extract/parse-html';
import { syntheticHtml } from './lib/synthetic-article';

const words = Number(process.argv[2] ?? 200_000);
// Extraction keeps a page's first 400,000 characters (about 60,000 words): repeat its text to `words`.
const extracted = extractArticle(
  parseHtmlDocument(syntheticHtml(Math.min(words, 50_000), 5), 'https://bench.example/source'),
  { url: 'https://bench.example/source' },
);
const source = {
  text: Array.from({ length: Math.ceil(words / extracted.wordCount) }, () => extracted.text).join(
    '\n',
  ),
};
// The synthetic sentences carry one share each; real sources carry dates, counts and scores too.
const mixed = source.text.replace(/\(item (\d+)\)/g, (_, n: string) =>
  Number(n) % 4 === 0
    ? `(on April ${(Number(n) % 28) + 1}, a 7B model trained on ${n} billion tokens scored 0.${n.slice(-3).padStart(3, '0')})`
    : `(item ${n})`,
);
function median(text: string): { ms: number; count: number } {
  const samples: number[] = [];
  let count = 0;
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    count = figuresOf(text).length;
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, count };
}
for (const [name, text] of [
  ['synthetic', source.text],
  ['with dates, counts and scores', mixed],
] as const) {
  const { ms, count } = median(text);
  console.log(
    `${name}: ${text.split(/\s+/).length} words, ${text.length} chars, ${count} figures, figuresOf ${ms.toFixed(2)} ms`,
  );
}

// Real primary texts (read in place when they are beside the project), repeated to `words`.
const pairs = path.resolve(import.meta.dirname, '../../shared/realpairs');
if (existsSync(pairs)) {
  const real = readdirSync(pairs)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(pairs, f), 'utf8'))
    .join('\n');
  const realWords = real.split(/\s+/).length;
  const { ms, count } = median(
    Array.from({ length: Math.ceil(words / realWords) }, () => real).join('\n'),
  );
  console.log(
    `real primary texts: ${Math.ceil(words / realWords) * realWords} words, ${count} figures, figuresOf ${ms.toFixed(2)} ms`,
  );
}
