import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';

// The whole pipeline on every page of Readability's real-page corpus (read in place beside the
// project, in ../shared/realpages; skipped where it is absent): the sidebar answers each one with
// a report or a plain message, and Unspun's code logs no error. Prints a timing table.
const dir =
  process.env.UNSPUN_REALPAGES ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/realpages');
let names: string[] = [];
try {
  names = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
} catch {
  names = [];
}

test('every real page: a report or a plain message, and no error from Unspun', async ({
  driver,
  web,
}) => {
  test.skip(!names.length, `no real-page corpus at ${dir}`);
  test.setTimeout(names.length * 30_000);
  const rows: { name: string; ms: number; outcome: string }[] = [];
  const failures: string[] = [];
  for (const name of names) {
    // Saved pages point at scripts, fonts and images that are gone: load none of them.
    web.setPage(`/real/${name}`, readFileSync(path.join(dir, name), 'utf8'), {
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    // One tab for the whole sweep where the browser allows it (driver.ts): a fresh tab per page
    // added about half a page load.
    await driver.navigate(`${web.origin}/real/${name}`);
    const started = Date.now();
    await driver.toggleSidebar();
    let outcome = 'no answer';
    try {
      await expect
        .poll(
          () =>
            driver.evaluate(() => {
              const root = document.querySelector('unspun-sidebar')?.shadowRoot;
              if (root?.querySelector('[data-testid="spin-score"]'))
                return `report, ${root.querySelector('[data-testid="article-meta"]')?.textContent?.match(/[\d,]+ words?/)?.[0] ?? ''}`;
              return root?.querySelector('[data-testid="no-article"]') ? 'no article' : null;
            }, undefined),
          // Asked often: the answer usually comes within a few hundred milliseconds.
          { timeout: 25_000, intervals: [50] },
        )
        .not.toBeNull();
      outcome = (await driver.evaluate(() => {
        const root = document.querySelector('unspun-sidebar')!.shadowRoot!;
        return root.querySelector('[data-testid="spin-score"]')
          ? `report, ${root.querySelector('[data-testid="article-meta"]')?.textContent?.match(/[\d,]+ words?/)?.[0] ?? ''}`
          : 'no article';
      }, undefined))!;
    } catch {
      failures.push(`${name}: the sidebar did not answer`);
    }
    const ms = Date.now() - started;
    const errors = await driver.evaluate(
      () => document.documentElement.getAttribute('data-unspun-errors-last'),
      undefined,
    );
    if (errors) failures.push(`${name}: ${errors}`);
    rows.push({ name, ms, outcome });
  }
  const slowest = [...rows].sort((a, b) => b.ms - a.ms)[0]!;
  const table = rows
    .map((r) => `${r.name.padEnd(36)} ${String(r.ms).padStart(6)} ms  ${r.outcome}`)
    .join('\n');
  const reports = rows.filter((r) => r.outcome.startsWith('report')).length;
  console.log(
    `\nReal pages in ${driver.name}: ${rows.length} pages, ${reports} reports, ${rows.length - reports} plain messages; slowest ${slowest.name} (${slowest.ms} ms)\n${table}\n`,
  );
  expect(failures).toEqual([]);
});
