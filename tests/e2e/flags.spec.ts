import { launch, type Driver } from './support/driver';
import { expect, inSidebar, loadCases, openWithSidebar, shot, test } from './support/fixtures';

// A reader flags a seed page as misleading, with a reason, a note and a passage selected in the
// page; the flag survives a reload, comes back highlighted, shows on the toolbar badge, is listed
// on the flags page, and an export imported into a fresh profile gives the same flags.
const seed = loadCases().find((c: { id: string }) => c.id === '002')!;
const PASSAGE = 'outperform';

/** Selects, in the page, the first sentence of the article that contains `word`. */
const selectSentenceWith = (word: string) => {
  const walker = document.createTreeWalker(
    document.querySelector('article') ?? document.body,
    NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    const start = Math.max(0, node.data.lastIndexOf('.', at) + 1);
    const dot = node.data.indexOf('.', at);
    const range = document.createRange();
    range.setStart(node, start + (node.data[start] === ' ' ? 1 : 0));
    range.setEnd(node, dot < 0 ? node.data.length : dot + 1);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return range.toString();
  }
  return null;
};

const flaggedHighlights = () =>
  Array.from(document.querySelectorAll('unspun-highlight[data-kind="flagged"]'))
    .map((el) => el.textContent)
    .join('');

/** The toolbar badge of the current tab, through the e2e bridge. */
async function badge(driver: Driver): Promise<string> {
  await driver.evaluate(() => {
    document.documentElement.removeAttribute('data-unspun-badge');
    document.dispatchEvent(new Event('unspun-e2e-badge'));
  }, undefined);
  await expect
    .poll(() =>
      driver.evaluate(() => document.documentElement.getAttribute('data-unspun-badge'), undefined),
    )
    .not.toBeNull();
  return (await driver.evaluate(
    () => document.documentElement.getAttribute('data-unspun-badge'),
    undefined,
  ))!;
}

/** Opens the flags page (the extension's options page) from the sidebar's "All your flags". */
async function openFlagsPage(driver: Driver, url: string): Promise<void> {
  await openWithSidebar(driver, url);
  await expect.poll(() => driver.evaluate(inSidebar.exists, undefined)).toBe(true);
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="all-flags"]'))
    .toBe('All your flags');
  await driver.openExtensionPageFromSidebar('[data-testid="all-flags"]', '/options.html');
  await expect
    .poll(() =>
      driver.evaluate(() => document.querySelector('#list-heading')?.textContent ?? '', undefined),
    )
    .toMatch(/flag/);
}

const rows = () =>
  Array.from(document.querySelectorAll('[data-testid="flag-row"]')).map((r) => r.textContent ?? '');

test.describe.configure({ mode: 'serial' });

test('flag a page with a reason, a note and a passage; it persists, is highlighted and badged', async ({
  driver,
}) => {
  await openWithSidebar(driver, seed.url);
  expect(await badge(driver)).toBe('');
  await driver.clickInSidebar('[data-testid="flag-button"]');
  await expect.poll(() => driver.evaluate(inSidebar.exists, undefined)).toBe(true);
  const selected = await driver.evaluate(selectSentenceWith, PASSAGE);
  expect(selected).toContain(PASSAGE);
  await expect.poll(() => driver.evaluate(inSidebar.text, '.selection-preview')).toContain(PASSAGE);
  await driver.clickInSidebar('input[data-reason="exaggerates-source"]');
  await driver.clickInSidebar('input[data-reason="hides-vendor-interest"]');
  await driver.evaluate(() => {
    const note = document
      .querySelector('unspun-sidebar')!
      .shadowRoot!.querySelector<HTMLTextAreaElement>('[data-testid="flag-note"]')!;
    note.value = 'Credits Hugging Face; the post is by Dharma AI, which sells these models.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
  }, undefined);
  await driver.clickInSidebar('[data-testid="attach-selection"]');
  await driver.screenshot(shot(driver, 'flag-form'));
  await driver.clickInSidebar('[data-testid="save-flag"]');
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="flag-status"]'))
    .toMatch(/Flagged as misleading/);
  await expect.poll(() => badge(driver)).toBe('1');

  // Reload: the sidebar says so, and the passage is highlighted again.
  await openWithSidebar(driver, seed.url);
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="saved-flag"]'))
    .toMatch(/You flagged this page as misleading/);
  const saved = (await driver.evaluate(inSidebar.text, '[data-testid="saved-flag"]'))!;
  expect(saved).toContain('Exaggerates the source');
  expect(saved).toContain('Hides a vendor’s interest');
  expect(saved).toContain('Dharma AI, which sells these models');
  await expect.poll(() => driver.evaluate(flaggedHighlights, undefined)).toContain(PASSAGE);
  expect(await badge(driver)).toBe('1');
  await driver.screenshot(shot(driver, 'flagged'));

  // Unflag, then undo.
  await driver.clickInSidebar('[data-testid="unflag-button"]');
  await expect.poll(() => driver.evaluate(flaggedHighlights, undefined)).toBe('');
  await expect.poll(() => badge(driver)).toBe('');
  await driver.clickInSidebar('[data-testid="undo-unflag"]');
  await expect.poll(() => driver.evaluate(flaggedHighlights, undefined)).toContain(PASSAGE);
});

test('a flagged passage the page no longer has is listed, not dropped', async ({ driver }) => {
  await openWithSidebar(driver, seed.url);
  await expect.poll(() => driver.evaluate(inSidebar.exists, undefined)).toBe(true);
  await expect
    .poll(() => driver.evaluate(inSidebar.all, '[data-testid="saved-flag"]').then((l) => l.length))
    .toBe(1);
  // The page changes under the flag: its sentence is rewritten, then the sidebar reads it again.
  await driver.toggleSidebar();
  await driver.evaluate((word) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      if (node.data.includes(word))
        node.data =
          'This paragraph was rewritten entirely by the editors after publication, with other words.';
    }
  }, PASSAGE);
  await driver.toggleSidebar();
  await expect
    .poll(() => driver.evaluate(inSidebar.text, '[data-testid="lost-passage"]'))
    .toMatch(/no longer found on this page/);
});

test('the flags page lists, filters, edits and deletes with undo; an export imports into a fresh profile', async ({
  driver,
  web,
  browserName,
}) => {
  await openFlagsPage(driver, seed.url);
  await expect.poll(() => driver.evaluate(rows, undefined)).toHaveLength(1);
  expect((await driver.evaluate(rows, undefined))[0]).toContain('Exaggerates the source');
  await driver.screenshot(shot(driver, 'flags-page'));

  // Filter by a reason the flag does not have: nothing; back to all: the flag.
  const choose = (arg: [string, string]) => {
    const el = document.querySelector<HTMLSelectElement | HTMLInputElement>(
      `[data-testid="${arg[0]}"]`,
    )!;
    el.value = arg[1];
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  };
  await driver.evaluate(choose, ['filter-reason', 'undisclosed-ai']);
  await expect.poll(() => driver.evaluate(rows, undefined)).toHaveLength(0);
  await driver.evaluate(choose, ['filter-reason', '']);
  await driver.evaluate(choose, ['flags-search', 'dharma']);
  await expect.poll(() => driver.evaluate(rows, undefined)).toHaveLength(1);
  await driver.evaluate(choose, ['flags-search', '']);

  // Delete with undo.
  await driver.evaluate(
    () => document.querySelector<HTMLButtonElement>('[data-testid="delete-row"]')!.click(),
    undefined,
  );
  await expect.poll(() => driver.evaluate(rows, undefined)).toHaveLength(0);
  await driver.evaluate(
    () => document.querySelector<HTMLButtonElement>('[data-testid="undo-delete"]')!.click(),
    undefined,
  );
  await expect.poll(() => driver.evaluate(rows, undefined)).toHaveLength(1);

  // Export, then import into a fresh profile.
  await driver.evaluate(
    () => document.querySelector<HTMLButtonElement>('[data-testid="export-jsonld"]')!.click(),
    undefined,
  );
  await expect
    .poll(() =>
      driver.evaluate(
        () => document.querySelector('[data-testid="export-link"]')?.getAttribute('href') ?? null,
        undefined,
      ),
    )
    .not.toBeNull();
  const exported = await driver.evaluate(
    () =>
      fetch(document.querySelector('[data-testid="export-link"]')!.getAttribute('href')!).then(
        (r) => r.text(),
      ),
    undefined,
  );
  const original = JSON.parse(exported).first.items;
  expect(original).toHaveLength(1);

  const fresh = await launch(browserName, { proxy: web.proxy });
  try {
    await openFlagsPage(fresh, seed.url);
    await expect.poll(() => fresh.evaluate(rows, undefined)).toHaveLength(0);
    const importText = (text: string) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'flags.jsonld', { type: 'application/ld+json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await fresh.evaluate(importText, exported);
    await expect
      .poll(() =>
        fresh.evaluate(
          () => document.querySelector('[data-testid="flags-status"]')?.textContent ?? '',
          undefined,
        ),
      )
      .toContain('1 flag imported');
    // The same file again: nothing new, the duplicate is reported.
    await fresh.evaluate(importText, exported);
    await expect
      .poll(() =>
        fresh.evaluate(
          () => document.querySelector('[data-testid="flags-status"]')?.textContent ?? '',
          undefined,
        ),
      )
      .toContain('1 already here');
    await fresh.evaluate(
      () => document.querySelector<HTMLButtonElement>('[data-testid="export-jsonld"]')!.click(),
      undefined,
    );
    await expect
      .poll(() =>
        fresh.evaluate(
          () => document.querySelector('[data-testid="export-link"]')?.getAttribute('href') ?? null,
          undefined,
        ),
      )
      .not.toBeNull();
    const again = await fresh.evaluate(
      () =>
        fetch(document.querySelector('[data-testid="export-link"]')!.getAttribute('href')!).then(
          (r) => r.text(),
        ),
      undefined,
    );
    expect(JSON.parse(again).first.items).toEqual(original);
    // And the imported flag is on its page in the fresh profile.
    await openWithSidebar(fresh, seed.url);
    await expect
      .poll(() => fresh.evaluate(inSidebar.text, '[data-testid="saved-flag"]'))
      .toMatch(/You flagged this page/);
    await expect.poll(() => fresh.evaluate(flaggedHighlights, undefined)).toContain(PASSAGE);
  } finally {
    await fresh.close();
  }
});
