import {
  articlePage,
  expect,
  grantIfAsked,
  inSidebar,
  openWithSidebar,
  shot,
  test,
  waitForCompared,
} from './support/fixtures';

// A list's points are claims though they have no stop (lib/analysis/kinds/list-items.ts): the
// browser's own extraction marks the <li> lines, a point takes its subject from the heading over
// its list, and a list of links under "More from the blog" is the page's, not a claim.
const SOURCE_URL = 'https://blog.orion-labs.example/orion-2';

test('a list’s points are judged against the source, and a list of links is not', async ({
  driver,
  web,
}) => {
  web.setRoute(SOURCE_URL, {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: articlePage(
      'Introducing Orion 2',
      [
        'Orion 2 is an open vision language model that reads charts and scanned forms.',
        'The open-weight model is available under the Apache 2.0 license and can be downloaded from Hugging Face.',
        'We evaluated it on three document benchmarks, where it matched models twice its size.',
      ],
      '<meta property="og:site_name" content="Orion Labs"><meta name="author" content="Orion Labs">',
    ),
  });
  web.setPage(
    '/generated/list-points.html',
    articlePage(
      'Orion 2 reads your charts',
      `<p>Orion Labs released Orion 2 this week, according to <a href="${SOURCE_URL}">its announcement</a>.</p>` +
        '<p>The model is available only through a paid API.</p>' +
        '<h2>Orion 2 features</h2>' +
        '<ul><li>Reads charts and scanned forms</li><li>Human-level dexterity control for humanoid robots</li></ul>' +
        '<h2>More from the blog</h2>' +
        '<ul><li><a href="/posts/search">How we built a search engine for robots</a></li></ul>',
    ),
  );
  await openWithSidebar(driver, `${web.origin}/generated/list-points.html`);
  await grantIfAsked(driver);
  // The comparison is in when the claim that turns its source shows how.
  await waitForCompared(driver, 1);
  const claims = await driver.evaluate(inSidebar.all, '[data-testid="claim"]');
  const status = (words: string) =>
    claims.find((c) => c.text.includes(words))?.attrs['data-status'];
  expect(status('Reads charts and scanned forms')).toBe('supported');
  expect(status('Human-level dexterity control')).toBe('unsupported');
  expect(status('How we built a search engine')).toBeUndefined();
  const paid = claims.find((c) => c.text.includes('only through a paid API'));
  expect(paid?.attrs['data-status']).toBe('unsupported');
  expect(paid?.text).toContain('The source says the opposite (“open-weight”)');
  await driver.evaluate(inSidebar.scrollTo, {
    selector: '[data-testid="claim"]',
    containing: 'Human-level dexterity',
  });
  await driver.screenshot(shot(driver, 'list-points'));
});
