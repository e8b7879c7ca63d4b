import { expect, inSidebar, loadCases, openWithSidebar, shot, test } from './support/fixtures';

// The seed pages that link their source fetch the primary-source fixture at its real https
// address (served locally through the fixture web), compare claim by claim, and link each
// matched claim to the exact passage with a text fragment.
const linked = loadCases().filter((c) => c.kind === 'restatement' && c.linksSource);

const sourceLink = () =>
  document.querySelector('unspun-sidebar')?.shadowRoot?.querySelector('[data-testid="source-link"]')?.getAttribute('href') ?? null;

for (const seed of linked) {
  test(`seed ${seed.id}: compares with its primary source`, async ({ driver }) => {
    await openWithSidebar(driver, seed.url);
    if (driver.name === 'firefox') {
      // Firefox's e2e build starts without the source's permission: the reader grants it here.
      await expect.poll(() => driver.evaluate(inSidebar.exists, undefined)).toBe(true);
      await driver.clickInGrantFrame('[data-testid="grant-site"]');
    }
    await expect.poll(() => driver.evaluate(sourceLink, undefined), { timeout: 30_000 }).toBe(seed.source);
    const basis = await driver.evaluate(inSidebar.text, '[data-testid="spin-basis"]');
    expect(basis).toMatch(/primary source/);
    const flags = (await driver.evaluate(inSidebar.all, '[data-testid="flag"]')).map((f) => f.attrs['data-flag-id']);
    expect(flags).toContain('attribution-mismatch');
    const links = await driver.evaluate(inSidebar.all, '[data-testid="claim-source-link"]');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.attrs.href).toMatch(new RegExp(`^${seed.source!.replace(/[.?]/g, '\\$&')}#:~:text=`));
      expect(link.attrs.target).toBe('_blank');
    }
    await driver.screenshot(shot(driver, `source-${seed.id}`));
  });
}
