import {
  articlePage,
  expect,
  grantIfAsked,
  inSidebar,
  openWithSidebar,
  shot,
  test,
} from './support/fixtures';

// Sources the extension's cookie-less fetch cannot read, as the fixture web serves them
// (scripts/lib/fixture-walls.mjs): a bot check (403), a page built by script, a sign-in wall and a
// 429. The sidebar says so in plain words and offers "Read it in a tab"; the source is then read in
// its tab, the comparison lands in the restatement's sidebar, and the source's tab stays open.

/** A restatement of the walled source (fixture-walls.mjs), linking it at `source`. */
const restatement = (source: string) =>
  articlePage('Receipts are now read on the phone', [
    'A compact vision model now reads printed receipts from grocery stores and pharmacies.',
    'It read the total amount correctly in 88% of cases on twelve thousand receipts.',
    'The model runs on a phone without a network connection, so receipts never leave the device.',
    `<a href="${source}">Read the original post</a>`,
  ]);

const sourceLink = () =>
  document
    .querySelector('unspun-sidebar')
    ?.shadowRoot?.querySelector('[data-testid="source-link"]')
    ?.getAttribute('href') ?? null;

for (const { name, source, says } of [
  {
    name: 'behind a bot check (403)',
    source: 'https://challenge.example/blog/receipts',
    says: /turned Unspun’s request away \(403/,
  },
  {
    name: 'built by script after load',
    source: 'https://script-built.example/blog/receipts',
    says: /no article Unspun can read/,
  },
]) {
  test(`a source ${name}: "Read it in a tab" reads it in a tab and the comparison appears`, async ({
    driver,
    web,
  }) => {
    const slug = new URL(source).hostname.split('.')[0];
    web.setPage(`/generated/tab-${slug}.html`, restatement(source));
    await openWithSidebar(driver, `${web.origin}/generated/tab-${slug}.html`);
    await grantIfAsked(driver);
    await expect
      .poll(() => driver.evaluate(inSidebar.text, '[data-testid="source-error"]'), {
        timeout: 20_000,
      })
      .toMatch(says);
    expect(await driver.evaluate(inSidebar.text, '[data-testid="source-tab-offer"]')).toContain(
      'Read it in a tab',
    );
    await driver.evaluate(inSidebar.scrollTo, '[data-testid="source-tab-offer"]');
    await driver.screenshot(shot(driver, `source-tab-${slug}-offer`));
    await driver.clickInSidebar('[data-testid="open-source-tab"]');
    await expect
      .poll(() => driver.evaluate(sourceLink, undefined), { timeout: 40_000 })
      .toBe(source);
    expect(await driver.evaluate(inSidebar.text, '[data-testid="spin-basis"]')).toMatch(
      /primary source/,
    );
    const claims = await driver.evaluate(inSidebar.all, '[data-testid="claim"]');
    expect(claims.some((c) => c.attrs['data-status'] === 'supported')).toBe(true);
    // The source's tab was opened in the background and is left open.
    expect((await driver.tabUrls()).some((u) => u.startsWith(source))).toBe(true);
    await driver.evaluate(inSidebar.scrollTo, '[data-testid="source-link"]');
    await driver.screenshot(shot(driver, `source-tab-${slug}-compared`));
  });
}

test('a source behind a bot check that the reader already has open: read from that tab on the reader’s click, no second tab', async ({
  driver,
  web,
}) => {
  const source = 'https://challenge.example/blog/receipts-open';
  web.setPage('/generated/tab-open.html', restatement(source));
  await driver.openOtherTab(source);
  await openWithSidebar(driver, `${web.origin}/generated/tab-open.html`);
  await grantIfAsked(driver);
  // Nothing is read from the reader's tab before they ask: it shows their view of the site.
  await expect
    .poll(
      () =>
        driver.evaluate(
          () =>
            !!document
              .querySelector('unspun-sidebar')
              ?.shadowRoot?.querySelector('[data-testid="open-source-tab"]'),
          undefined,
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(await driver.evaluate(sourceLink, undefined)).toBeNull();
  await driver.clickInSidebar('[data-testid="open-source-tab"]');
  await expect.poll(() => driver.evaluate(sourceLink, undefined), { timeout: 30_000 }).toBe(source);
  expect(await driver.evaluate(inSidebar.text, '[data-testid="spin-basis"]')).toMatch(
    /primary source/,
  );
  // The reader's tab was read where it was: no other tab of the source was opened.
  expect((await driver.tabUrls()).filter((u) => u.startsWith(source))).toEqual([source]);
});

test('a source behind a sign-in wall: says so, and after "Read it in a tab" says what the tab shows', async ({
  driver,
  web,
}) => {
  const source = 'https://members.example/blog/receipts';
  web.setPage('/generated/tab-login.html', restatement(source));
  await openWithSidebar(driver, `${web.origin}/generated/tab-login.html`);
  await grantIfAsked(driver);
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="source-error"]'), {
      timeout: 20_000,
    })
    .toMatch(/shows a sign-in page instead of the article/);
  // A script of the page cannot click it for the reader (it would open the reader's signed-in view).
  await driver.evaluate(
    () =>
      document
        .querySelector('unspun-sidebar')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="open-source-tab"]')
        ?.click(),
    undefined,
  );
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect((await driver.tabUrls()).some((u) => u.startsWith(source))).toBe(false);
  await driver.clickInSidebar('[data-testid="open-source-tab"]');
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="source-error"]'), {
      timeout: 40_000,
    })
    .toMatch(/tab shows a sign-in page\. Sign in there/);
  expect((await driver.tabUrls()).some((u) => u.startsWith(source))).toBe(true);
  expect(await driver.evaluate(inSidebar.text, '[data-testid="open-source-tab"]')).toBe(
    'Read the tab again',
  );
  expect(await driver.evaluate(inSidebar.text, '[data-testid="spin-basis"]')).toMatch(/page alone/);
  await driver.evaluate(inSidebar.scrollTo, '[data-testid="source-tab-offer"]');
  await driver.screenshot(shot(driver, 'source-tab-login'));
});

test('a source that asks to wait (429, Retry-After): says when to try again', async ({
  driver,
  web,
}) => {
  const source = 'https://busy.example/blog/receipts';
  web.setPage('/generated/tab-busy.html', restatement(source));
  await openWithSidebar(driver, `${web.origin}/generated/tab-busy.html`);
  await grantIfAsked(driver);
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="source-error"]'), {
      timeout: 20_000,
    })
    .toMatch(/too many requests \(429\) and asks to wait: try again in 2 minutes/);
  expect(await driver.evaluate(inSidebar.text, '[data-testid="spin-basis"]')).toMatch(/page alone/);
  await driver.evaluate(inSidebar.scrollTo, '[data-testid="source-error"]');
  await driver.screenshot(shot(driver, 'source-tab-busy'));
});
