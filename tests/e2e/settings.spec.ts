import { seriousViolations } from './support/axe';
import type { Driver } from './support/driver';
import { expect, inSidebar, loadCases, openWithSidebar, shot, test } from './support/fixtures';

// The options page (flags and settings) and the welcome page: reachable from the sidebar, free of
// serious accessibility violations, and their settings act: theme override, auto-open, clear all.
const seeds = loadCases().filter((c: { kind: string }) => c.kind === 'restatement');
const seed = seeds[0]!;
const other = seeds[3]!;

async function openSettings(driver: Driver, url: string): Promise<void> {
  await openWithSidebar(driver, url);
  await driver.openExtensionPageFromSidebar('[data-testid="open-settings"]', '/options.html');
  await expect
    .poll(() =>
      driver.evaluate(() => document.querySelector('[data-testid="settings"]') !== null, undefined),
    )
    .toBe(true);
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
const pageBackground = () => getComputedStyle(document.body).backgroundColor;
const sidebarBackground = () =>
  getComputedStyle(document.querySelector('unspun-sidebar')!.shadowRoot!.querySelector('.panel')!)
    .backgroundColor;
const DARK = 'rgb(23, 25, 29)';

test.describe.configure({ mode: 'serial' });

test('the options page and the welcome page have no serious accessibility violation', async ({
  driver,
}) => {
  await openSettings(driver, seed.url);
  expect(await seriousViolations(driver)).toEqual([]);
  await driver.screenshot(shot(driver, 'options'));
  await driver.click('a[href="./welcome.html"]');
  await expect.poll(() => driver.evaluate(text, 'h1')).toBe('Unspun is ready');
  expect(await driver.evaluate(text, 'main')).toContain('What never leaves your browser');
  expect(await seriousViolations(driver)).toEqual([]);
  await driver.screenshot(shot(driver, 'welcome'));
});

test('appearance: the reader’s dark choice applies to the settings and the sidebar, and back', async ({
  driver,
}) => {
  await openSettings(driver, seed.url);
  await driver.click('[data-testid="theme-dark"]');
  await expect.poll(() => driver.evaluate(pageBackground, undefined)).toBe(DARK);
  expect(await seriousViolations(driver)).toEqual([]);
  await driver.screenshot(shot(driver, 'options-dark'));
  // The grant page, which the sidebar frames: painted in the same scheme, or the frame shows a
  // white box in the dark sidebar.
  await driver.evaluate(
    () => location.assign('./grant.html?url=https%3A%2F%2Flab.example%2Fpost'),
    undefined,
  );
  // Asked again while the page navigates: a context gone mid-navigation is not yet an answer.
  const grantScheme = () =>
    driver
      .evaluate(
        () =>
          location.pathname.endsWith('/grant.html')
            ? getComputedStyle(document.documentElement).colorScheme
            : '',
        undefined,
      )
      .catch(() => '');
  await expect.poll(grantScheme).toBe('dark');
  await openWithSidebar(driver, seed.url);
  await expect.poll(() => driver.evaluate(sidebarBackground, undefined)).toBe(DARK);
  expect(await seriousViolations(driver, [['unspun-sidebar']])).toEqual([]);
  await driver.screenshot(shot(driver, 'sidebar-dark-setting'));
  await openSettings(driver, seed.url);
  await driver.click('[data-testid="theme-system"]');
  await openWithSidebar(driver, seed.url);
  await expect.poll(() => driver.evaluate(sidebarBackground, undefined)).not.toBe(DARK);
});

test('open by itself on a site the reader added, and no longer once removed', async ({
  driver,
}) => {
  const site = new URL(other.url).hostname;
  await openSettings(driver, seed.url);
  await driver.type('[data-testid="auto-open-input"]', `https://${site}/anything`);
  await driver.click('[data-testid="auto-open-input"] + button');
  await expect.poll(() => driver.evaluate(text, '[data-testid="auto-open-sites"]')).toContain(site);
  await driver.goto(other.url);
  await expect
    .poll(() => driver.evaluate(inSidebar.exists, undefined), { timeout: 20_000 })
    .toBe(true);
  await openSettings(driver, seed.url);
  await driver.click(`[aria-label="Remove ${site} (stop opening by itself there)"]`);
  await expect
    .poll(() => driver.evaluate(text, '[data-testid="settings-status"]'))
    .toContain('no longer open by itself');
  await driver.goto(other.url);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await driver.evaluate(inSidebar.exists, undefined)).toBe(false);
});

test('clear all local data: flags and settings go, after a confirmation', async ({ driver }) => {
  await openWithSidebar(driver, seed.url);
  await driver.clickInSidebar('[data-testid="flag-button"]');
  await driver.clickInSidebar('input[data-reason="other"]');
  await driver.clickInSidebar('[data-testid="save-flag"]');
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="flag-status"]'))
    .toMatch(/Flagged/);
  await openSettings(driver, seed.url);
  await driver.click('[data-testid="theme-light"]');
  await driver.click('[data-testid="clear-all"]');
  await expect
    .poll(() => driver.evaluate(text, '[data-testid="confirm-clear"]'))
    .toMatch(/Delete \d+ flags? and all settings/);
  await driver.click('[data-testid="confirm-clear"]');
  await expect
    .poll(() => driver.evaluate(text, '[data-testid="settings-status"]'))
    .toContain('All local data cleared');
  await expect
    .poll(() =>
      driver.evaluate(
        () => document.querySelectorAll('[data-testid="flag-row"]').length,
        undefined,
      ),
    )
    .toBe(0);
  expect(
    await driver.evaluate(
      () => document.querySelector<HTMLInputElement>('[data-testid="theme-system"]')!.checked,
      undefined,
    ),
  ).toBe(true);
});
