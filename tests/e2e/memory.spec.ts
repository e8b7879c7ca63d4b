import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, type Driver } from './support/driver';
import {
  expect,
  grantIfAsked,
  inSidebar,
  loadCases,
  openWithSidebar,
  shot,
  test,
} from './support/fixtures';

// Memory of pages read (fingerprints, local only): "also retold by" on a restatement, a remembered
// source found for a page that names it without a link (before any feed), and "forget" in settings.
const cases = loadCases();
const seed = (id: string) => cases.find((c: { id: string }) => c.id === id)!;
const SOURCE = 'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale';

const sourceLink = () =>
  document
    .querySelector('unspun-sidebar')
    ?.shadowRoot?.querySelector('[data-testid="source-link"]')
    ?.getAttribute('href') ?? null;

async function openCompared(driver: Driver, url: string): Promise<void> {
  await openWithSidebar(driver, url);
  await grantIfAsked(driver);
  await expect.poll(() => driver.evaluate(sourceLink, undefined), { timeout: 30_000 }).toBe(SOURCE);
}

test.describe.configure({ mode: 'serial' });

test('also retold by: a restatement lists the others of the same source the reader has seen', async ({
  driver,
}) => {
  await openCompared(driver, seed('000').url);
  await openCompared(driver, seed('002').url);
  await expect
    .poll(
      () =>
        driver
          .evaluate(inSidebar.all, '[data-testid="retold"]')
          .then((l) => l.map((r) => r.attrs['data-url'])),
      { timeout: 15_000 },
    )
    .toContain(seed('000').url);
  const [first] = await driver.evaluate(inSidebar.all, '[data-testid="retold"]');
  expect(first!.text).toMatch(/spin \d+\/100/);
  expect(first!.text).toMatch(/adds|leaves out/);
  await driver.evaluate(
    () =>
      document
        .querySelector('unspun-sidebar')!
        .shadowRoot!.querySelector('[data-testid="also-retold"]')!
        .scrollIntoView(),
    undefined,
  );
  await driver.screenshot(shot(driver, 'also-retold'));
});

test('a page that names its source without a link: the remembered source is offered first', async ({
  driver,
}) => {
  await openWithSidebar(driver, seed('001').url);
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="feed-results"] h3'), {
      timeout: 15_000,
    })
    .toBe('You read it before');
  const candidates = await driver.evaluate(inSidebar.all, '[data-testid="feed-candidate"]');
  expect(candidates[0]!.attrs['data-url']).toBe(SOURCE);
});

test('forget: the settings clear the memory, and the page falls back to the publisher’s feed', async ({
  driver,
}) => {
  await openWithSidebar(driver, seed('001').url);
  await driver.openExtensionPageFromSidebar('[data-testid="open-settings"]', '/options.html');
  await expect
    .poll(() =>
      driver.evaluate(
        () => document.querySelector('[data-testid="forget-pages"]')?.textContent ?? '',
        undefined,
      ),
    )
    .toMatch(/\([1-9]\d*\)/);
  await driver.click('[data-testid="forget-pages"]');
  await expect
    .poll(() =>
      driver.evaluate(
        () => document.querySelector('[data-testid="settings-status"]')?.textContent ?? '',
        undefined,
      ),
    )
    .toContain('forgotten');
  await expect
    .poll(() =>
      driver.evaluate(
        () => document.querySelector('[data-testid="forget-pages"]')?.textContent ?? '',
        undefined,
      ),
    )
    .toMatch(/\(0\)/);
  await openWithSidebar(driver, seed('001').url);
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="feed-results"] h3'), {
      timeout: 20_000,
    })
    .toBe('Found in the Hugging Face blog feed');
});

test('the memory survives a browser restart', async ({ browserName, web }) => {
  const profile = mkdtempSync(path.join(tmpdir(), `unspun-restart-${browserName}-`));
  try {
    const first = await launch(browserName, { proxy: web.proxy, profile });
    try {
      await openCompared(first, seed('000').url);
      // The memory is written after the comparison: wait until the settings count it.
      await first.openExtensionPageFromSidebar('[data-testid="open-settings"]', '/options.html');
      await expect
        .poll(() =>
          first.evaluate(
            () => document.querySelector('[data-testid="forget-pages"]')?.textContent ?? '',
            undefined,
          ),
        )
        .toMatch(/\([1-9]\d*\)/);
    } finally {
      await first.close();
    }
    const again = await launch(browserName, { proxy: web.proxy, profile });
    try {
      await openWithSidebar(again, seed('001').url);
      await expect
        .poll(() => again.evaluate(inSidebar.text, '[data-testid="feed-results"] h3'), {
          timeout: 15_000,
        })
        .toBe('You read it before');
    } finally {
      await again.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
