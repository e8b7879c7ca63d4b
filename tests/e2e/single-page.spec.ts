import { expect, inSidebar, openWithSidebar, shot, test, waitForSidebar } from './support/fixtures';
import { ODD_PAGES } from './support/odd-pages';

// Single-page sites change the article without a page load; a closed sidebar leaves nothing behind.
const highlights = () => document.querySelectorAll('unspun-highlight').length;
/** Clicks the claim whose sentence has this word (the sidebar's own button, as a reader would). */
const clickClaim = (word: string) =>
  Array.from(
    document
      .querySelector('unspun-sidebar')!
      .shadowRoot!.querySelectorAll<HTMLButtonElement>(
        '[data-testid="claim"] [data-testid="span"]',
      ),
  )
    .find((b) => b.textContent?.includes(word))!
    .click();

test('after pushState to another story, the sidebar offers the new article instead of the old one', async ({
  driver,
  web,
}) => {
  await openWithSidebar(driver, `${web.origin}/pages/spa.html`);
  expect(await driver.evaluate(inSidebar.text, '[data-testid="article-title"]')).toContain(
    'Small models beat giants on invoices',
  );
  await driver.evaluate(clickClaim, 'benchmark');
  await expect.poll(() => driver.evaluate(highlights, undefined)).toBeGreaterThan(0);
  await driver.click('#next');
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="page-changed"]'))
    .toMatch(/another article/);
  // The old article's highlight went with it.
  expect(await driver.evaluate(highlights, undefined)).toBe(0);
  await driver.screenshot(shot(driver, 'spa-changed'));
  await driver.clickInSidebar('[data-testid="reread-button"]');
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="article-title"]'))
    .toContain('Chip makers promise cheaper inference next year');
  expect(await driver.evaluate(inSidebar.exists, undefined)).toBe(true);
});

test('closing and reopening is clean: no highlight, no page change, no listener left behind', async ({
  driver,
  web,
}) => {
  await driver.goto(`${web.origin}/pages/spa.html`);
  const style = await driver.evaluate(
    () => document.documentElement.getAttribute('style'),
    undefined,
  );
  await driver.toggleSidebar();
  await waitForSidebar(driver);
  await driver.evaluate(clickClaim, 'benchmark');
  await expect.poll(() => driver.evaluate(highlights, undefined)).toBeGreaterThan(0);
  await driver.press('Escape');
  await expect.poll(() => driver.evaluate(inSidebar.exists, undefined)).toBe(false);
  expect(await driver.evaluate(highlights, undefined)).toBe(0);
  expect(
    await driver.evaluate(() => document.documentElement.getAttribute('style'), undefined),
  ).toBe(style);
  // A route change while closed brings nothing back (no listener of the closed sidebar reacts).
  await driver.click('#next');
  await new Promise((r) => setTimeout(r, 500));
  expect(
    await driver.evaluate(() => document.querySelector('unspun-sidebar'), undefined),
  ).toBeNull();
  // Reopened, it reads the article the page shows now.
  await driver.toggleSidebar();
  await waitForSidebar(driver);
  expect(await driver.evaluate(inSidebar.text, '[data-testid="article-title"]')).toContain(
    'Chip makers promise cheaper inference next year',
  );
  expect(
    await driver.evaluate(() => document.querySelectorAll('unspun-sidebar').length, undefined),
  ).toBe(1);
});

test('closing while a long page is still being read cancels the work: nothing comes back', async ({
  driver,
  web,
}) => {
  web.setPage('/odd/cancel.html', ODD_PAGES['one-paragraph-1mb']!.html());
  await driver.goto(`${web.origin}/odd/cancel.html`);
  await driver.toggleSidebar();
  await driver.toggleSidebar();
  await new Promise((r) => setTimeout(r, 4000));
  expect(
    await driver.evaluate(
      () => ({
        sidebar: document.querySelector('unspun-sidebar') !== null,
        highlights: document.querySelectorAll('unspun-highlight').length,
        style: document.documentElement.getAttribute('style'),
      }),
      undefined,
    ),
  ).toEqual({
    sidebar: false,
    highlights: 0,
    style: null,
  });
});
