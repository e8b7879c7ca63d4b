import { launch, type Driver } from './support/driver';
import { expect, inSidebar, loadCases, openWithSidebar, shot, test } from './support/fixtures';

// Seed 001 credits Hugging Face but links nothing. Unspun searches the Hugging Face blog's feed
// (a fixture served at its real address; like the real feed, its items carry a title and a link
// only), reads the posts whose titles agree, offers the Dharma AI article whose text agrees, and
// not the impostor that only shares its title; the reader confirms; the comparison runs.
const seed = loadCases().find((c: { id: string }) => c.id === '001')!;
const SOURCE = 'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale';
const IMPOSTOR = 'https://huggingface.co/blog/some-kitchen/specialization-beats-scale';
const FEED = 'https://huggingface.co/blog/feed.xml';

const sidebarState = () =>
  document
    .querySelector('unspun-sidebar')
    ?.shadowRoot?.querySelector(
      '[data-testid="feed-results"], [data-testid="feed-none"], [data-testid="feed-error"]',
    )
    ? 'feed'
    : document
          .querySelector('unspun-sidebar')
          ?.shadowRoot?.querySelector('[data-testid="source-permission"]')
      ? 'asks'
      : 'waiting';

async function findThroughFeed(driver: Driver): Promise<void> {
  await openWithSidebar(driver, seed.url);
  await expect
    .poll(() => driver.evaluate(sidebarState, undefined), { timeout: 20_000 })
    .not.toBe('waiting');
  if ((await driver.evaluate(sidebarState, undefined)) === 'asks')
    await driver.grantSourceInWindow();
  await expect
    .poll(
      () =>
        driver
          .evaluate(inSidebar.all, '[data-testid="feed-candidate"]')
          .then((l) => l.map((c) => c.attrs['data-url'])),
      { timeout: 20_000 },
    )
    .toContain(SOURCE);
}

test('a page that names its source without a link: found in the publisher’s feed, impostor rejected, confirmed by the reader', async ({
  driver,
  web,
}) => {
  await findThroughFeed(driver);
  const candidates = await driver.evaluate(inSidebar.all, '[data-testid="feed-candidate"]');
  expect(candidates.map((c) => c.attrs['data-url'])).not.toContain(IMPOSTOR);
  expect(candidates[0]!.attrs['data-url']).toBe(SOURCE);
  expect(candidates[0]!.text).toMatch(/listed in the Hugging Face blog feed/);
  expect(candidates[0]!.text).toMatch(/its post read: \d+% of its words agree with this page/);
  expect(web.requests.some((r) => r.url === FEED && r.cookie === null)).toBe(true);
  // Both same-titled posts were read, without cookies; only the one whose text agrees is offered.
  for (const post of [SOURCE, IMPOSTOR])
    expect(web.requests.some((r) => r.url === post && r.cookie === null)).toBe(true);
  await driver.screenshot(shot(driver, 'feed-found'));
  await driver.clickInSidebar('[data-testid="feed-compare"]');
  await expect
    .poll(
      () =>
        driver.evaluate(
          () =>
            document
              .querySelector('unspun-sidebar')
              ?.shadowRoot?.querySelector('[data-testid="source-link"]')
              ?.getAttribute('href') ?? null,
          undefined,
        ),
      { timeout: 30_000 },
    )
    .toBe(SOURCE);
  expect(await driver.evaluate(inSidebar.text, '[data-testid="spin-basis"]')).toMatch(
    /primary source/,
  );
  const flags = (await driver.evaluate(inSidebar.all, '[data-testid="flag"]')).map(
    (f) => f.attrs['data-flag-id'],
  );
  expect(flags).toContain('attribution-mismatch');
});

test('a thin feed item whose post cannot be read is not offered, and the reader is told why', async ({
  driver,
  web,
}) => {
  const UNREAD = 'https://huggingface.co/blog/ledger-lab/handwritten-invoices';
  await openWithSidebar(driver, `${web.origin}/pages/thin-feed-unreadable.html`);
  await expect
    .poll(() => driver.evaluate(sidebarState, undefined), { timeout: 20_000 })
    .not.toBe('waiting');
  if ((await driver.evaluate(sidebarState, undefined)) === 'asks')
    await driver.grantSourceInWindow();
  await expect
    .poll(
      () =>
        driver
          .evaluate(inSidebar.all, '[data-testid="feed-note"]')
          .then((l) => l.map((n) => n.text)),
      { timeout: 20_000 },
    )
    .toEqual([
      expect.stringMatching(
        /^“Teaching a Small Model to Read Handwritten Invoices” has this page’s title, but its post could not be read \(.+\), so it is not offered\.$/,
      ),
    ]);
  expect(await driver.evaluate(inSidebar.all, '[data-testid="feed-candidate"]')).toEqual([]);
  expect(await driver.evaluate(inSidebar.text, '[data-testid="feed-none"]')).toMatch(
    /Not found in the Hugging Face blog feed/,
  );
  expect(web.requests.some((r) => r.url === UNREAD && r.cookie === null)).toBe(true);
  await driver.screenshot(shot(driver, 'feed-post-unreadable'));
});

test('no feed is fetched before the reader grants its site (a fresh profile without the permission)', async ({
  browserName,
  web,
}) => {
  test.skip(
    browserName === 'chromium',
    'the Chromium e2e build holds every host permission: headless Chromium cannot answer the prompt',
  );
  const fresh = await launch(browserName, { proxy: web.proxy });
  try {
    const before = web.requests.length;
    await openWithSidebar(fresh, seed.url);
    await expect
      .poll(() => fresh.evaluate(sidebarState, undefined), { timeout: 20_000 })
      .toBe('asks');
    await new Promise((r) => setTimeout(r, 1000));
    expect(web.requests.slice(before).filter((r) => r.url === FEED)).toEqual([]);
    await fresh.grantSourceInWindow();
    await expect
      .poll(
        () => fresh.evaluate(inSidebar.all, '[data-testid="feed-candidate"]').then((l) => l.length),
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    expect(web.requests.slice(before).filter((r) => r.url === FEED).length).toBe(1);
    // The grant asked for is gone once given.
    await expect
      .poll(() =>
        fresh.evaluate(
          () =>
            document
              .querySelector('unspun-sidebar')!
              .shadowRoot!.querySelector('[data-testid="source-permission"]') !== null,
          undefined,
        ),
      )
      .toBe(false);
  } finally {
    await fresh.close();
  }
});
