import { launch } from './support/driver';
import { seriousViolations } from './support/axe';
import { expect, openWithSidebar, shot, test } from './support/fixtures';

// axe-core inside the page, scoped to the sidebar's open shadow root: no serious or critical
// violation, in the light and the dark scheme.
const SIDEBAR = [['unspun-sidebar']];

test('the sidebar has no serious or critical accessibility violation (axe-core)', async ({
  driver,
  web,
}) => {
  await openWithSidebar(driver, `${web.origin}/fixtures/003.html`);
  expect(await seriousViolations(driver, SIDEBAR)).toEqual([]);
  await driver.screenshot(shot(driver, 'a11y'));
});

test('dark scheme: the sidebar follows it, legible and without violations', async ({
  browserName,
  web,
}) => {
  const dark = await launch(browserName, { proxy: web.proxy, colorScheme: 'dark' });
  try {
    await openWithSidebar(dark, `${web.origin}/fixtures/004.html`);
    const background = await dark.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('unspun-sidebar')!.shadowRoot!.querySelector('.panel')!,
        ).backgroundColor,
      undefined,
    );
    expect(background).toBe('rgb(23, 25, 29)');
    expect(await seriousViolations(dark, SIDEBAR)).toEqual([]);
    await dark.screenshot(shot(dark, 'dark'));
  } finally {
    await dark.close();
  }
});
