import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { startFixtureInternet, loadCases } from '../../../scripts/lib/fixture-internet.mjs';
import { inSidebar, launch, type BrowserName, type Driver } from './driver';

export const SCREENSHOTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../screenshots',
);
mkdirSync(SCREENSHOTS, { recursive: true });

type FixtureWeb = Awaited<ReturnType<typeof startFixtureInternet>>;

/** Playwright fixtures: the fixture web (per worker) and a driver for the project's browser. */
// One browser per worker (starting Firefox costs seconds); each test opens its pages in new tabs.
export const test = base.extend<
  Record<never, never>,
  { web: FixtureWeb; browserName: BrowserName; driver: Driver }
>({
  web: [
    async ({}, use: (web: FixtureWeb) => Promise<void>) => {
      const web = await startFixtureInternet();
      await use(web);
      await web.close();
    },
    { scope: 'worker' },
  ],
  browserName: [
    async ({}, use: (name: BrowserName) => Promise<void>, workerInfo) => {
      await use(workerInfo.project.metadata.browser as BrowserName);
    },
    { scope: 'worker' },
  ],
  driver: [
    async ({ web, browserName }, use: (driver: Driver) => Promise<void>) => {
      const driver = await launch(browserName, { proxy: web.proxy });
      await use(driver);
      await driver.close();
    },
    { scope: 'worker' },
  ],
});

export { expect, inSidebar, loadCases };

/**
 * Waits until the sidebar has finished reading the page (report or a plain message), and the
 * parts below the score, which follow its first paint, are there (the body is no longer busy).
 */
export async function waitForSidebar(driver: Driver): Promise<void> {
  await expect
    .poll(() =>
      driver.evaluate(() => {
        const root = document.querySelector('unspun-sidebar')?.shadowRoot;
        const read = root?.querySelector('[data-testid="spin-score"], [data-testid="no-article"]');
        return !!read && !root?.querySelector('[data-testid="sidebar-body"][aria-busy="true"]');
      }, undefined),
    )
    .toBe(true);
}

/** Opens a page and its sidebar and waits for the sidebar to settle. */
export async function openWithSidebar(driver: Driver, url: string): Promise<void> {
  await driver.goto(url);
  await driver.toggleSidebar();
  await waitForSidebar(driver);
}

/**
 * Firefox's e2e build does not hold the sources' permission: the first time, the reader grants it
 * through the grant page, as in use; later tests in the same browser find it granted.
 */
export async function grantIfAsked(driver: Driver): Promise<void> {
  if (driver.name !== 'firefox') return;
  const state = () =>
    driver.evaluate(() => {
      const root = document.querySelector('unspun-sidebar')?.shadowRoot;
      if (root?.querySelector('[data-testid="source-permission"]')) return 'asks';
      return root?.querySelector('[data-testid="source-link"], [data-testid="source-error"]')
        ? 'done'
        : 'waiting';
    }, undefined);
  await expect.poll(state, { timeout: 15_000 }).not.toBe('waiting');
  if ((await state()) === 'asks') await driver.grantSourceInWindow();
}

export function shot(driver: Driver, name: string): string {
  return path.join(SCREENSHOTS, `${driver.name}-${name}.png`);
}

/**
 * A page as a site would serve it: a title, an article with it as its headline, and its body,
 * given as paragraphs or as markup; `head` adds to the head (a site name, an author).
 */
export function articlePage(title: string, body: string[] | string, head = ''): string {
  const html = typeof body === 'string' ? body : body.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${html}</article></body></html>`;
}

/**
 * Waits until the comparison with the source is in: at least `atLeast` claims show how they turn
 * or change their source's words.
 */
export async function waitForCompared(driver: Driver, atLeast: number): Promise<void> {
  const compared = () =>
    document
      .querySelector('unspun-sidebar')
      ?.shadowRoot?.querySelectorAll('[data-testid="claim-compared"]').length ?? 0;
  await expect
    .poll(() => driver.evaluate(compared, undefined), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(atLeast);
}
