import {
  expect,
  inSidebar,
  loadCases,
  openWithSidebar,
  shot,
  test,
  waitForSidebar,
} from './support/fixtures';

// Pages that make injected widgets fail: no article, strict CSP, CSS aimed at everything.
test('no article: the sidebar says so plainly', async ({ driver, web }) => {
  await openWithSidebar(driver, `${web.origin}/pages/no-article.html`);
  const message = await driver.evaluate(inSidebar.text, '[data-testid="no-article"]');
  expect(message).toMatch(/no article/i);
  await driver.screenshot(shot(driver, 'no-article'));
});

test('the background does not answer the analysis: the sidebar says so plainly and changes nothing', async ({
  driver,
}) => {
  await driver.goto(loadCases().find((c) => c.id === '004')!.url);
  const before = await driver.evaluate(() => document.body.innerHTML, undefined);
  await driver.evaluate(
    () => document.dispatchEvent(new Event('unspun-e2e-fail-analysis')),
    undefined,
  );
  await expect
    .poll(() =>
      driver.evaluate(
        () => document.documentElement.getAttribute('data-unspun-fail-analysis'),
        undefined,
      ),
    )
    .toBe('armed');
  await driver.toggleSidebar();
  await waitForSidebar(driver);
  expect(await driver.evaluate(inSidebar.text, '[data-testid="no-article"]')).toMatch(
    /did not answer\. Reload the page and open Unspun again\. Nothing on the page was changed\./,
  );
  expect(await driver.evaluate(() => document.body.innerHTML, undefined)).toBe(before);
  await driver.screenshot(shot(driver, 'background-silent'));
});

test('strict CSP page: the sidebar still shows, styled', async ({ driver, web }) => {
  await openWithSidebar(driver, `${web.origin}/csp/fixtures/000.html`);
  const style = await driver.evaluate(() => {
    const host = document.querySelector('unspun-sidebar')!;
    const panel = host.shadowRoot!.querySelector('.panel')!;
    const rect = host.getBoundingClientRect();
    return {
      position: getComputedStyle(host).position,
      display: getComputedStyle(panel).display,
      width: rect.width,
      right: rect.right,
    };
  }, undefined);
  expect(style.position).toBe('fixed');
  expect(style.display).toBe('flex');
  expect(style.width).toBeGreaterThan(300);
  await driver.screenshot(shot(driver, 'csp'));
});

test('hostile CSS: the sidebar stays visible and styled on top', async ({ driver, web }) => {
  await openWithSidebar(driver, `${web.origin}/pages/hostile-css.html`);
  const check = await driver.evaluate(() => {
    const host = document.querySelector('unspun-sidebar')!;
    const rect = host.getBoundingClientRect();
    const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + 200);
    const panel = host.shadowRoot!.querySelector('.panel')!;
    return {
      onTop: top === host,
      visible: getComputedStyle(host).visibility,
      width: rect.width,
      panelDisplay: getComputedStyle(panel).display,
      font: getComputedStyle(panel).fontSize,
    };
  }, undefined);
  expect(check).toEqual({
    onTop: true,
    visible: 'visible',
    width: 400,
    panelDisplay: 'flex',
    font: '14px',
  });
  await driver.screenshot(shot(driver, 'hostile-css'));
});
