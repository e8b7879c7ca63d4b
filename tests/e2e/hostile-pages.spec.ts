import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  expect,
  grantIfAsked,
  inSidebar,
  openWithSidebar,
  shot,
  test,
  waitForSidebar,
} from './support/fixtures';

// Pages that try to break or hijack an injected sidebar (Hypothesis keeps such pages in its dev
// server too): the sidebar shows their text as text, runs none of their code, and recovers.
test('markup and script in titles, bylines, JSON-LD and text stay text; page patches do not reach Unspun', async ({
  driver,
  web,
}) => {
  await openWithSidebar(driver, `${web.origin}/pages/hostile-scripts.html`);
  const title = await driver.evaluate(inSidebar.text, '[data-testid="article-title"]');
  expect(title).toContain('<img src=x onerror=');
  const inShadow = await driver.evaluate(() => {
    const root = document.querySelector('unspun-sidebar')!.shadowRoot!;
    return {
      foreign: root.querySelectorAll('img, script, svg, b, iframe:not([data-testid="grant-frame"])')
        .length,
      pwned: (window as unknown as { pwned: unknown }).pwned,
      candidates: Array.from(root.querySelectorAll('[data-testid="source-candidate"] a')).map((a) =>
        a.getAttribute('href'),
      ),
    };
  }, undefined);
  expect(inShadow).toEqual({ foreign: 0, pwned: null, candidates: [] });
  expect(
    Number(await driver.evaluate(inSidebar.text, '[data-testid="spin-score"]')),
  ).toBeGreaterThan(0);
  await driver.screenshot(shot(driver, 'hostile-scripts'));
});

test('a page that removes the sidebar: the toolbar brings it back', async ({ driver, web }) => {
  await driver.goto(`${web.origin}/pages/removes-sidebar.html`);
  await driver.toggleSidebar();
  // Wait until the page has removed it (a second click while it is still opening would close it).
  await expect
    .poll(() =>
      driver.evaluate(() => document.documentElement.getAttribute('data-removed'), undefined),
    )
    .toBe('yes');
  expect(
    await driver.evaluate(() => document.querySelector('unspun-sidebar'), undefined),
  ).toBeNull();
  await driver.toggleSidebar();
  await waitForSidebar(driver);
  expect(await driver.evaluate(inSidebar.exists, undefined)).toBe(true);
});

// A primary source written to attack the reader: markup in its title and byline, scripts, CSS that
// hides everything, JSON-LD with HTML, a javascript: "original" link. It is parsed inert and read as text.
const HOSTILE_SOURCE = `<!doctype html><html><head>
<title>&lt;img src=x onerror="window.pwned=1"&gt; The lab's report</title>
<meta property="og:site_name" content="<script>window.pwned=2</script>Lab">
<style>* { display: none !important } body::after { content: "pwned" }</style>
<script>window.pwned = 3; document.title = 'changed';</script>
<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"<b onmouseover=alert(1)>Evil Lab</b>"},"isBasedOn":"javascript:alert(1)"}</script>
</head><body onload="window.pwned=4"><article><h1>&lt;svg onload=alert(1)&gt; Our model reads invoices</h1>
<p class="byline">By <a href="javascript:alert(1)">&lt;iframe src=javascript:alert(1)&gt;</a></p>
<p>Our new document model reads invoices better than general models in our tests on one benchmark.</p>
<p>The results come from one domain and should be read that way; the model may not hold elsewhere.</p>
<p><a href="javascript:alert(1)">Original source</a> <img src=x onerror="window.pwned=5"></p>
</article></body></html>`;

test('a hostile primary source is read as text: no script runs, no markup reaches the sidebar', async ({
  driver,
  web,
}) => {
  web.setRoute('https://hostile-source.example/post', { status: 200, body: HOSTILE_SOURCE });
  // The restatement of the error-page test, linking the hostile source instead.
  const page = readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'pages/source-404.html'),
    'utf8',
  );
  web.setPage(
    '/generated/source-hostile.html',
    page.replace('https://gone.example/post', 'https://hostile-source.example/post'),
  );
  await openWithSidebar(driver, `${web.origin}/generated/source-hostile.html`);
  await grantIfAsked(driver);
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="spin-basis"]'), { timeout: 30_000 })
    .toMatch(/primary source/);
  const seen = await driver.evaluate(() => {
    const root = document.querySelector('unspun-sidebar')!.shadowRoot!;
    return {
      source: root.querySelector('[data-testid="source-link"]')?.textContent ?? '',
      foreign: root.querySelectorAll('img, script, svg, b, iframe:not([data-testid="grant-frame"])')
        .length,
      javascriptLinks: Array.from(root.querySelectorAll('a')).filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ).length,
      pwned: (window as unknown as { pwned?: unknown }).pwned ?? null,
      title: document.title,
    };
  }, undefined);
  expect(seen.source).toContain('<img src=x onerror=');
  expect(seen).toMatchObject({ foreign: 0, javascriptLinks: 0, pwned: null });
  expect(seen.title).toBe('A lab says its model reads every invoice');
  await driver.screenshot(shot(driver, 'hostile-source'));
});
