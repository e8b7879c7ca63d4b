/* global chrome */
// npm run demo: builds Unspun, serves the seed pages on a local stand-in for the web, launches
// Chromium with Unspun loaded and opens each seed page with its sidebar. With a display it stays
// open for you to click around; without one it runs headless, saves a screenshot and the report
// of each page in demo-output/, and prints one line per page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { reportInEnglish } from '../lib/report/in-english.ts';
import { chromiumArgs, ensureBrowser } from './lib/browsers.mjs';
import { loadCases, startFixtureInternet } from './lib/fixture-internet.mjs';

const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');
const out = path.resolve('demo-output');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`\`${cmd} ${args.join(' ')}\` failed.`);
    process.exit(1);
  }
}

console.log('Building Unspun (the store build and the demo build)...');
run('npm', ['run', '--silent', 'build']);
run('npm', ['run', '--silent', 'build:e2e']);
const executablePath = ensureBrowser('chromium');

const web = await startFixtureInternet();
const profile = mkdtempSync(path.join(tmpdir(), 'unspun-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !headed,
  viewport: { width: 1400, height: 900 },
  args: chromiumArgs({
    extensionPath: path.resolve('.output-e2e/chrome-mv3-e2e'),
    proxy: web.proxy,
  }),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const seeds = loadCases().filter((c) => c.kind === 'restatement');
console.log(
  `Opening ${seeds.length} seed pages in ${headed ? 'a Chromium window' : 'headless Chromium'}:\n`,
);

for (const seed of seeds) {
  const page = await context.newPage();
  await page.goto(seed.url, { waitUntil: 'load' });
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await globalThis.unspun.openSidebar(tab.id);
  }, seed.url);
  const host = page.locator('unspun-sidebar');
  // Settled: a report is shown and no source is still being read; a page that links its source
  // has been compared with it (or says why not).
  await page.waitForFunction(
    (linksSource) => {
      const root = document.querySelector('unspun-sidebar')?.shadowRoot;
      if (
        !root?.querySelector('[data-testid="spin-score"], [data-testid="no-article"]') ||
        root.querySelector('[role="status"]')
      )
        return false;
      return (
        !linksSource ||
        !!root.querySelector(
          '[data-testid="source-link"], [data-testid="source-error"], [data-testid="no-article"]',
        )
      );
    },
    Boolean(seed.linksSource),
    { timeout: 30_000 },
  );
  // The sidebar's Report carries Messages; the saved report is in English, as the CLI prints it.
  // The e2e build writes the Report it shows when asked (entrypoints/sidebar.content/e2e-report.ts).
  await host.dispatchEvent('unspun-e2e-report');
  const shown = JSON.parse((await host.getAttribute('data-report')) ?? 'null');
  const report = shown && reportInEnglish(shown);
  if (!headed) {
    await page.screenshot({ path: path.join(out, `${seed.id}.png`) });
    writeFileSync(path.join(out, `${seed.id}.report.json`), JSON.stringify(report, null, 2) + '\n');
  }
  const flags = report?.flags?.map((f) => f.id) ?? [];
  const source = report?.source ? `compared with ${report.source.url}` : 'no source compared';
  console.log(
    `${seed.id}  spin ${String(report?.spin?.score ?? '?').padStart(3)}/100 (${report?.spin?.basis ?? '-'})  ` +
      `${flags.length} flags  ${source}  “${report?.page?.title ?? seed.title}”`,
  );
  if (!headed) await page.close();
}

if (headed) {
  console.log('\nThe browser stays open: click around the sidebars. Close the window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  console.log(`\nScreenshots and reports are in ${path.relative(process.cwd(), out)}/.`);
  await context.close();
}
await web.close();
rmSync(profile, { recursive: true, force: true });
