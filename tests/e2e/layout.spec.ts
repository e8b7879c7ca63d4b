import type { Driver } from './support/driver';
import { expect, inSidebar, loadCases, shot, test, waitForSidebar } from './support/fixtures';

// Side by side at common widths, an overlay where the page would be crushed, the page restored
// exactly on close, and a layout that holds at 200% zoom (a 1280 px window at 200% is 640 CSS px).
const seed = loadCases().filter((c: { kind: string }) => c.kind === 'restatement')[2]!;

/** Opens the seed page in a window this wide, then the sidebar (a new tab takes the default size). */
async function openAt(driver: Driver, width: number, height = 900): Promise<void> {
  await driver.goto(seed.url);
  await driver.setViewport(width, height);
  await driver.toggleSidebar();
  await waitForSidebar(driver);
}

const layout = () => {
  const host = document.querySelector('unspun-sidebar')!;
  const rect = host.getBoundingClientRect();
  const body = host.shadowRoot!.querySelector<HTMLElement>('.scroll');
  const article = document.querySelector('article, main, h1')!.getBoundingClientRect();
  return {
    sidebarLeft: Math.round(rect.left),
    sidebarWidth: Math.round(rect.width),
    marginRight: getComputedStyle(document.documentElement).marginRight,
    articleRight: Math.round(article.right),
    // Nothing in the sidebar wider than the sidebar: no sideways scrolling, nothing clipped.
    overflowing: body ? body.scrollWidth - body.clientWidth : 0,
    viewport: window.innerWidth,
  };
};

for (const width of [1920, 1280]) {
  test(`${width} px: the sidebar sits beside the article and narrows the page`, async ({
    driver,
  }) => {
    await openAt(driver, width);
    const l = await driver.evaluate(layout, undefined);
    expect(l.sidebarWidth).toBe(400);
    expect(l.marginRight).toBe('400px');
    expect(l.articleRight).toBeLessThanOrEqual(l.sidebarLeft);
    expect(l.overflowing).toBeLessThanOrEqual(0);
    await driver.screenshot(shot(driver, `layout-${width}`));
  });
}

test('800 px: too narrow to share, the sidebar overlays; the page is put back exactly on close', async ({
  driver,
}) => {
  await driver.goto(seed.url);
  await driver.setViewport(800, 900);
  const before = await driver.evaluate(
    () => document.documentElement.getAttribute('style'),
    undefined,
  );
  await driver.toggleSidebar();
  await expect.poll(() => driver.evaluate(inSidebar.exists, undefined)).toBe(true);
  const l = await driver.evaluate(layout, undefined);
  expect(l.marginRight).toBe('0px');
  expect(l.sidebarWidth).toBe(400);
  expect(l.overflowing).toBeLessThanOrEqual(0);
  await driver.screenshot(shot(driver, 'layout-800'));
  await driver.press('Escape');
  await expect.poll(() => driver.evaluate(inSidebar.exists, undefined)).toBe(false);
  expect(
    await driver.evaluate(() => document.documentElement.getAttribute('style'), undefined),
  ).toBe(before);
});

test('200% zoom (640 CSS px): text wraps, nothing is clipped, every control still reachable', async ({
  driver,
}) => {
  await openAt(driver, 640, 450);
  const l = await driver.evaluate(layout, undefined);
  expect(l.sidebarWidth).toBeLessThanOrEqual(l.viewport);
  expect(l.overflowing).toBeLessThanOrEqual(0);
  const controls = await driver.evaluate(() => {
    const root = document.querySelector('unspun-sidebar')!.shadowRoot!;
    const panel = root.querySelector('.panel')!.getBoundingClientRect();
    // Every button lies within the sidebar's width (reachable by scrolling down, never sideways).
    return Array.from(root.querySelectorAll('button')).filter((b) => {
      const r = b.getBoundingClientRect();
      return r.width > 0 && (r.left < panel.left - 1 || r.right > panel.right + 1);
    }).length;
  }, undefined);
  expect(controls).toBe(0);
  await driver.screenshot(shot(driver, 'zoom-200'));
});

test('resize with the keyboard and collapse: the page follows the sidebar’s width', async ({
  driver,
}) => {
  await openAt(driver, 1280);
  await driver.evaluate(
    () =>
      document
        .querySelector('unspun-sidebar')!
        .shadowRoot!.querySelector<HTMLElement>('[data-testid="resize-handle"]')!
        .focus(),
    undefined,
  );
  await driver.press('ArrowLeft');
  await expect.poll(() => driver.evaluate(layout, undefined).then((l) => l.sidebarWidth)).toBe(432);
  expect((await driver.evaluate(layout, undefined)).marginRight).toBe('432px');
  await driver.clickInSidebar('[data-testid="collapse-button"]');
  await expect.poll(() => driver.evaluate(layout, undefined).then((l) => l.sidebarWidth)).toBe(44);
  expect((await driver.evaluate(layout, undefined)).marginRight).toBe('44px');
  await driver.clickInSidebar('[data-testid="expand-button"]');
  await expect.poll(() => driver.evaluate(layout, undefined).then((l) => l.sidebarWidth)).toBe(432);
});
