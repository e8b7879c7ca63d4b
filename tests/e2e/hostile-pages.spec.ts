import { expect, inSidebar, openWithSidebar, shot, test, waitForSidebar } from './support/fixtures';

// Pages that try to break or hijack an injected sidebar (Hypothesis keeps such pages in its dev
// server too): the sidebar shows their text as text, runs none of their code, and recovers.
test('markup and script in titles, bylines, JSON-LD and text stay text; page patches do not reach Unspun', async ({ driver, web }) => {
  await openWithSidebar(driver, `${web.origin}/pages/hostile-scripts.html`);
  const title = await driver.evaluate(inSidebar.text, '[data-testid="article-title"]');
  expect(title).toContain('<img src=x onerror=');
  const inShadow = await driver.evaluate(() => {
    const root = document.querySelector('unspun-sidebar')!.shadowRoot!;
    return {
      foreign: root.querySelectorAll('img, script, svg, b, iframe:not([data-testid="grant-frame"])').length,
      pwned: (window as unknown as { pwned: unknown }).pwned,
      candidates: Array.from(root.querySelectorAll('[data-testid="source-candidate"] a')).map((a) => a.getAttribute('href')),
    };
  }, undefined);
  expect(inShadow).toEqual({ foreign: 0, pwned: null, candidates: [] });
  expect(Number(await driver.evaluate(inSidebar.text, '[data-testid="spin-score"]'))).toBeGreaterThan(0);
  await driver.screenshot(shot(driver, 'hostile-scripts'));
});

test('a page that removes the sidebar: the toolbar brings it back', async ({ driver, web }) => {
  await driver.goto(`${web.origin}/pages/removes-sidebar.html`);
  await driver.toggleSidebar();
  // Wait until the page has removed it (a second click while it is still opening would close it).
  await expect.poll(() => driver.evaluate(() => document.documentElement.getAttribute('data-removed'), undefined)).toBe('yes');
  expect(await driver.evaluate(() => document.querySelector('unspun-sidebar'), undefined)).toBeNull();
  await driver.toggleSidebar();
  await waitForSidebar(driver);
  expect(await driver.evaluate(inSidebar.exists, undefined)).toBe(true);
});
