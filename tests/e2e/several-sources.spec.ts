import {
  articlePage,
  expect,
  grantIfAsked,
  inSidebar,
  openWithSidebar,
  shot,
  test,
} from './support/fixtures';

// A restatement of a press release and its companion blog post, both on the fixture web: the page
// is compared with both, each claim says which source backs it, and the source card lists both.
const RELEASE = 'https://robots.example/news/model-launch';
const POST = 'https://robots.example/blog/how-the-model-thinks';
const COMMON =
  'The company spent two years collecting video of warehouses, factories and roads to train its models for robots.';

test('a page that restates two sources is compared with both, each claim naming its source', async ({
  driver,
  web,
}) => {
  const html = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } };
  web.setRoute(RELEASE, {
    ...html,
    body: articlePage('Robots Inc launches a robotics model', [
      COMMON,
      'The new robotics model reasons about video in fractions of a second, the company said.',
      'An edge version is coming soon and is not yet available.',
    ]),
  });
  web.setRoute(POST, {
    ...html,
    body: articlePage('How the model thinks before it acts', [
      COMMON,
      'Developers can fine-tune the model for a particular robot, camera layout or warehouse task.',
      'It was trained on billions of samples of video, sound and robot actions.',
    ]),
  });
  web.setPage(
    '/generated/two-sources.html',
    articlePage('Robots Inc’s new model thinks before it acts', [
      COMMON,
      'The model reasons about video in fractions of a second.',
      'Developers can fine-tune it for a particular robot or warehouse task.',
      `<a href="${RELEASE}">Read the original press release</a>`,
      `<a href="${POST}">Read the original blog post</a>`,
    ]),
  );
  await openWithSidebar(driver, `${web.origin}/generated/two-sources.html`);
  await grantIfAsked(driver);
  const compared = () =>
    document
      .querySelector('unspun-sidebar')
      ?.shadowRoot?.querySelector('[data-testid="also-compared"]')?.textContent ?? null;
  await expect
    .poll(() => driver.evaluate(compared, undefined), { timeout: 30_000 })
    .toContain('How the model thinks before it acts');
  const claims = await driver.evaluate(inSidebar.all, '[data-testid="claim"]');
  const fineTune = claims.find((c) => c.text.includes('Developers can fine-tune it'));
  expect(fineTune?.attrs['data-status']).toBe('supported');
  expect(fineTune?.text).toContain('“How the model thinks before it acts” says:');
  const links = await driver.evaluate(inSidebar.all, '[data-testid="claim-source-link"]');
  expect(links.some((l) => l.attrs.href?.startsWith(`${POST}#:~:text=`))).toBe(true);
  expect(links.some((l) => l.attrs.href?.startsWith(`${RELEASE}#:~:text=`))).toBe(true);
  await driver.evaluate(inSidebar.scrollTo, '[data-testid="also-compared"]');
  await driver.screenshot(shot(driver, 'several-sources'));
});
