// The background reads sources with linkedom (Chrome's service worker has no DOMParser): this
// measures that choice against the browser's own DOMParser, both followed by the same extraction,
// on the same real pages in the same headless Chromium page, alternating which goes first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');

/** What one read took, and how many words the extraction found (to check both read the same). */
interface ParserTiming {
  parse: number;
  extract: number;
  words: number;
}

/** The two readers as one script for the page: `unspunParsers.read(html, url, parser)`. */
async function readersScript(): Promise<string> {
  const entry = `
    import { parseHtmlDocument } from ${JSON.stringify(path.join(root, 'lib/extract/parse-html.ts'))};
    import { sourceArticle } from ${JSON.stringify(path.join(root, 'lib/source/source-article.ts'))};
    globalThis.unspunParsers = {
      read(html, url, parser) {
        const t0 = performance.now();
        const doc = parser === 'linkedom'
          ? parseHtmlDocument(html, url)
          : new DOMParser().parseFromString(html, 'text/html');
        const t1 = performance.now();
        let words = 0;
        try { words = sourceArticle(doc, url).wordCount; } catch { words = -1; }
        return { parse: t1 - t0, extract: performance.now() - t1, words };
      },
    };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Prints the median per page of each reader (parse, then extraction) and their ratio. */
export async function compareParsers(
  page: Page,
  pages: readonly { name: string; file: string; url: string }[],
  rounds: number,
): Promise<void> {
  await page.goto('about:blank');
  await page.addScriptTag({ content: await readersScript() });
  const perPage = {
    linkedom: [] as number[],
    dom: [] as number[],
    parse: { linkedom: [] as number[], dom: [] as number[] },
  };
  let sameWords = 0;
  for (const [i, p] of pages.entries()) {
    const html = readFileSync(p.file, 'utf8');
    const runs: Record<'linkedom' | 'dom', ParserTiming[]> = { linkedom: [], dom: [] };
    for (let round = 0; round < rounds; round++) {
      const order =
        (round + i) % 2 ? (['dom', 'linkedom'] as const) : (['linkedom', 'dom'] as const);
      for (const parser of order)
        runs[parser].push(
          await page.evaluate(
            ([h, u, which]) => (globalThis as any).unspunParsers.read(h, u, which) as ParserTiming,
            [html, p.url, parser] as const,
          ),
        );
    }
    for (const parser of ['linkedom', 'dom'] as const) {
      perPage[parser].push(median(runs[parser].map((r) => r.parse + r.extract)));
      perPage.parse[parser].push(median(runs[parser].map((r) => r.parse)));
    }
    if (runs.linkedom[0]!.words === runs.dom[0]!.words) sameWords++;
  }
  const l = median(perPage.linkedom);
  const d = median(perPage.dom);
  console.log(
    `\nReading a source (parse + extraction), ${pages.length} real pages × ${rounds}, in a Chromium page:`,
  );
  console.log(
    `  linkedom (the background's)  ${l.toFixed(1)} ms   parse alone ${median(perPage.parse.linkedom).toFixed(1)} ms`,
  );
  console.log(
    `  DOMParser (a page's)         ${d.toFixed(1)} ms   parse alone ${median(perPage.parse.dom).toFixed(1)} ms`,
  );
  console.log(
    `  ratio ${(l / d).toFixed(2)}×; same word count from both on ${sameWords} of ${pages.length} pages`,
  );
}
