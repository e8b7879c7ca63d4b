import {
  articlePage,
  expect,
  grantIfAsked,
  inSidebar,
  openWithSidebar,
  shot,
  test,
} from './support/fixtures';

// Sources that are Markdown as the web serves them: a GitHub repository page (read from its raw
// README, as github.com serves it, with the raw host's open CORS header) and a raw Markdown file
// served as text/plain. Both are compared like any source, their tables kept.
const README = [
  '# Ledger Reader',
  '',
  'Ledger Reader is an open document model for invoices, trained on forty thousand invoices from three accounting firms.',
  '',
  '## Results',
  '',
  '| Model | Invoice total accuracy |',
  '| --- | --- |',
  '| Ledger Reader | 91.0 |',
  '| General model | 84.0 |',
  '',
  'The held-out set comes from the same three firms, so we do not know how the model does on invoices from other countries.',
  '',
  '```sh',
  'pip install ledger-reader',
  '```',
].join('\n');
const COMMON =
  'Ledger Reader is an open document model for invoices, trained on forty thousand invoices from three accounting firms.';

for (const [name, sourceUrl, rawUrl, type] of [
  [
    'a GitHub repository page',
    'https://github.com/acme-labs/ledger-reader',
    'https://raw.githubusercontent.com/acme-labs/ledger-reader/HEAD/README.md',
    'text/plain; charset=utf-8',
  ],
  [
    'a raw Markdown file',
    'https://docs.acme-labs.example/ledger-reader/README.md',
    'https://docs.acme-labs.example/ledger-reader/README.md',
    'text/markdown; charset=utf-8',
  ],
] as const) {
  test(`${name} as the source: read from its Markdown, its table compared cell by cell`, async ({
    driver,
    web,
  }) => {
    web.setRoute(rawUrl, {
      status: 200,
      headers: { 'content-type': type, 'access-control-allow-origin': '*' },
      body: README,
    });
    const slug = name.replace(/\W+/g, '-');
    web.setPage(
      `/generated/${slug}.html`,
      articlePage('A small model reads every invoice', [
        COMMON,
        'Ledger Reader scored 95.0 on invoice total accuracy, ahead of the general model.',
        `<a href="${sourceUrl}">Read the original README</a>`,
      ]),
    );
    await openWithSidebar(driver, `${web.origin}/generated/${slug}.html`);
    await grantIfAsked(driver);
    const link = () =>
      document
        .querySelector('unspun-sidebar')
        ?.shadowRoot?.querySelector('[data-testid="source-link"]')
        ?.getAttribute('href') ?? null;
    await expect.poll(() => driver.evaluate(link, undefined), { timeout: 30_000 }).toBe(sourceUrl);
    const claims = await driver.evaluate(inSidebar.all, '[data-testid="claim"]');
    const score = claims.find((c) => c.text.includes('scored 95.0'));
    expect(score?.attrs['data-status']).toBe('figures-differ');
    expect(score?.text).toContain('91');
    expect(
      claims.find((c) => c.text.includes('“Ledger Reader is an open document model'))?.attrs[
        'data-status'
      ],
    ).toBe('supported');
    // The install command is not read as part of the source.
    expect(claims.map((c) => c.text).join(' ')).not.toContain('pip install');
    await driver.screenshot(shot(driver, `readme-${slug}`));
  });
}
