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

// A retelling whose wording turns its source's: the negation dropped, a plan told as done, someone
// else named for what one party did. The sidebar says which, quoting the words of both
// (lib/analysis/align/turned-wording.ts).
const SOURCE_URL = 'https://blog.acme-labs.example/assistant-update';

test('a claim that says the opposite of its source, one that tells a plan as done, one that names someone else', async ({
  driver,
  web,
}) => {
  web.setRoute(SOURCE_URL, {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: articlePage(
      'An update to our assistant',
      [
        'Today we are updating the Acme assistant for teams that handle customer email.',
        'The assistant does not store conversations after the session ends.',
        'We plan to release the weights of the small model later this year.',
        'Replies now arrive about twice as fast as before on long threads.',
        'Its inference chip was designed by Arm and manufactured by TSMC.',
      ],
      '<meta property="og:site_name" content="Acme"><meta name="author" content="Acme">',
    ),
  });
  web.setPage(
    '/generated/turned-wording.html',
    articlePage('Acme’s assistant keeps your chats and goes open', [
      'Acme has updated its assistant for teams that handle customer email.',
      'The assistant stores conversations after the session ends.',
      'Acme has released the weights of the small model.',
      `Replies now arrive about twice as fast on long threads, according to <a href="${SOURCE_URL}">Acme’s announcement</a>.`,
      'Its inference chip was designed and manufactured by TSMC.',
    ]),
  );
  await openWithSidebar(driver, `${web.origin}/generated/turned-wording.html`);
  await grantIfAsked(driver);
  await waitForCompared(driver, 2);
  const claims = await driver.evaluate(inSidebar.all, '[data-testid="claim"]');
  const stores = claims.find((c) => c.text.includes('stores conversations'));
  expect(stores?.attrs['data-status']).toBe('unsupported');
  expect(stores?.text).toContain('The source says the opposite (“not store conversations”)');
  const released = claims.find((c) => c.text.includes('has released the weights'));
  expect(released?.attrs['data-status']).toBe('strengthened');
  expect(released?.text).toContain('The source gives it as a plan (“plan to release”)');
  const chip = claims.find((c) => c.text.includes('designed and manufactured'));
  expect(chip?.attrs['data-status']).toBe('unsupported');
  expect(chip?.text).toContain('The source says it was someone else (“designed by Arm”)');
  await driver.evaluate(inSidebar.scrollTo, {
    selector: '[data-testid="claim"]',
    containing: 'stores conversations',
  });
  await driver.screenshot(shot(driver, 'turned-wording'));
});
