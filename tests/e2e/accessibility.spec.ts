import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, type Driver } from './support/driver';
import { expect, openWithSidebar, shot, test } from './support/fixtures';

// axe-core inside the page, scoped to the sidebar's open shadow root: no serious or critical
// violation, in the light and the dark scheme.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(driver: Driver): Promise<string[]> {
  return driver.evaluate(async (source: string) => {
    // Evaluated as a function body so the page's CSP does not apply to it.
    new Function(source)();
    const axe = (window as unknown as { axe: any }).axe;
    const result = await axe.run({ include: [['unspun-sidebar']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; nodes: { target: unknown }[] }) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))}`);
  }, axeSource);
}

test('the sidebar has no serious or critical accessibility violation (axe-core)', async ({ driver, web }) => {
  await openWithSidebar(driver, `${web.origin}/fixtures/003.html`);
  expect(await seriousViolations(driver)).toEqual([]);
  await driver.screenshot(shot(driver, 'a11y'));
});

test('dark scheme: the sidebar follows it, legible and without violations', async ({ browserName, web }) => {
  const dark = await launch(browserName, { proxy: web.proxy, colorScheme: 'dark' });
  try {
    await openWithSidebar(dark, `${web.origin}/fixtures/004.html`);
    const background = await dark.evaluate(
      () => getComputedStyle(document.querySelector('unspun-sidebar')!.shadowRoot!.querySelector('.panel')!).backgroundColor,
      undefined,
    );
    expect(background).toBe('rgb(23, 25, 29)');
    expect(await seriousViolations(dark)).toEqual([]);
    await dark.screenshot(shot(dark, 'dark'));
  } finally {
    await dark.close();
  }
});
