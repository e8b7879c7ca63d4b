// One small driver over both browsers, so every e2e spec runs the same steps in real Chromium
// (Playwright, --load-extension) and real Firefox ESR (puppeteer-core over WebDriver BiDi).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, {
  type Browser as PpBrowser,
  type Frame as PpFrame,
  type Page as PpPage,
} from 'puppeteer-core';
import { chromiumArgs, ensureBrowser } from '../../../scripts/lib/browsers.mjs';

export type BrowserName = 'chromium' | 'firefox';

/** The extension API inside Chromium's service worker (evaluated there, not here). */
declare const chrome: any;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: path.join(root, '.output-e2e/chrome-mv3-e2e'),
  firefox: path.join(root, '.output-e2e/firefox-mv2-e2e'),
};

/** What a spec needs from a browser with Unspun loaded. */
export interface Driver {
  name: BrowserName;
  /** Opens the address in a fresh tab (closing the previous one) and waits for it to load. */
  goto(url: string): Promise<void>;
  /**
   * Loads the address in the current tab and waits for it to load: quicker than a fresh tab, for a
   * sweep over many pages (the sidebar, if open, goes with the page it was on). Firefox: goto.
   */
  navigate(url: string): Promise<void>;
  /** Opens the address in another tab and waits for it to load; the current tab stays the one driven. */
  openOtherTab(url: string): Promise<void>;
  /** The addresses of the web pages open in the browser's tabs. */
  tabUrls(): Promise<string[]>;
  /** Opens (or, when open, closes) the sidebar on the current tab, as the toolbar button does. */
  toggleSidebar(): Promise<void>;
  /** Runs a function in the page's main world. */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Runs a script's source in the page, as the automation protocol does (page CSP does not apply). */
  runScript(source: string): Promise<void>;
  /** Clicks an element of the page (real mouse events, so it counts as the reader's gesture). */
  click(selector: string): Promise<void>;
  /** Types into a field of the page. */
  type(selector: string, text: string): Promise<void>;
  /** Presses a key in the page (focus wherever it is). */
  press(key: string): Promise<void>;
  /** Clicks the element in the sidebar with this selector (real mouse events). */
  clickInSidebar(selector: string): Promise<void>;
  /**
   * Grants the source's site as a reader would: the sidebar's "open this in a window" link opens
   * the grant page, whose "Allow reading" button asks the browser. Firefox only: there a pref
   * answers the browser's prompt; headless Chromium cannot answer it, so its e2e build holds the
   * permission already.
   */
  grantSourceInWindow(): Promise<void>;
  /**
   * The same from the grant page framed in the sidebar: its "Allow reading" button. Firefox gives
   * a framed extension page no permissions API, so there the button opens the grant window, where
   * the reader allows again. Firefox only, as above.
   */
  grantSourceInFrame(): Promise<void>;
  /**
   * Clicks a control in the sidebar that makes the extension open one of its pages in a new tab
   * (Firefox forbids automation to navigate there itself), and goes on in that tab.
   */
  openExtensionPageFromSidebar(selector: string, path: string): Promise<void>;
  /** Clicks a link in the sidebar that opens a new tab; returns the new tab's address and text. */
  followToNewTab(selector: string): Promise<{ url: string; text: string }>;
  screenshot(file: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

/** Sidebar helpers that run in the page: open shadow root, text only. */
export const inSidebar = {
  exists: () =>
    !!document
      .querySelector('unspun-sidebar')
      ?.shadowRoot?.querySelector('[data-testid="sidebar"]'),
  text: (selector: string) =>
    document
      .querySelector('unspun-sidebar')
      ?.shadowRoot?.querySelector(selector)
      ?.textContent?.trim() ?? null,
  all: (selector: string) =>
    Array.from(
      document.querySelector('unspun-sidebar')?.shadowRoot?.querySelectorAll(selector) ?? [],
    ).map((el) => ({
      text: el.textContent?.trim() ?? '',
      attrs: Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value])),
    })),
  /** Scrolls the first element matching a selector (and holding some words) to mid-view. */
  scrollTo: (target: string | { selector: string; containing: string }) => {
    const { selector, containing } =
      typeof target === 'string' ? { selector: target, containing: '' } : target;
    Array.from(
      document.querySelector('unspun-sidebar')?.shadowRoot?.querySelectorAll(selector) ?? [],
    )
      .find((el) => el.textContent?.includes(containing))
      ?.scrollIntoView({ block: 'center' });
  },
};

/** `profile`: a profile folder to keep (a browser restart reopens it); else a fresh one, removed on close. */
interface LaunchOptions {
  proxy?: string;
  colorScheme?: 'light' | 'dark';
  profile?: string;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium({
  proxy,
  colorScheme = 'light',
  profile,
}: LaunchOptions): Promise<Driver> {
  const userDataDir = profile ?? mkdtempSync(path.join(tmpdir(), 'unspun-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureBrowser('chromium'),
    headless: true,
    colorScheme,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs({ extensionPath: EXTENSION_DIRS.chromium, proxy }),
  });
  const worker: Worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  let page: PwPage = context.pages()[0] ?? (await context.newPage());
  return {
    name: 'chromium',
    async goto(url) {
      const old = page;
      page = await context.newPage();
      await old.close();
      await page.goto(url, { waitUntil: 'load' });
    },
    async navigate(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async openOtherTab(url) {
      const other = await context.newPage();
      await other.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
    },
    tabUrls: async () => context.pages().map((p) => p.url()),
    async toggleSidebar() {
      const url = page.url();
      await worker.evaluate(async (pageUrl) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t: any) => t.url === pageUrl) ?? tabs.find((t: any) => t.active);
        await (globalThis as any).unspun.openSidebar(tab!.id!);
      }, url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as any,
    async runScript(source) {
      await page.evaluate(source);
    },
    click: (selector) => page.locator(selector).first().click(),
    type: (selector, text) => page.locator(selector).first().fill(text),
    press: (key) => page.keyboard.press(key),
    clickInSidebar: (selector) => page.locator(`unspun-sidebar ${selector}`).first().click(),
    async grantSourceInWindow() {
      throw new Error(
        'Chromium cannot answer the permission prompt headless; its e2e build holds the permission.',
      );
    },
    async grantSourceInFrame() {
      throw new Error(
        'Chromium cannot answer the permission prompt headless; its e2e build holds the permission.',
      );
    },
    async openExtensionPageFromSidebar(selector, path) {
      const [opened] = await Promise.all([
        context.waitForEvent('page'),
        page.locator(`unspun-sidebar ${selector}`).first().click(),
      ]);
      await opened.waitForLoadState('load');
      if (!opened.url().includes(path)) throw new Error(`Expected ${path}, got ${opened.url()}`);
      const old = page;
      page = opened;
      await old.close();
    },
    async followToNewTab(selector) {
      const [opened] = await Promise.all([
        context.waitForEvent('page'),
        page.locator(`unspun-sidebar ${selector}`).first().click(),
      ]);
      await opened.waitForLoadState('load');
      const result = {
        url: opened.url(),
        text: await opened.evaluate(() => document.body.innerText),
      };
      await opened.close();
      return result;
    },
    async screenshot(file) {
      await page.screenshot({ path: file });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async close() {
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({
  proxy,
  colorScheme = 'light',
  profile,
}: LaunchOptions): Promise<Driver> {
  const [proxyHost, proxyPort] = (proxy ?? ':').split(':');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureBrowser('firefox'),
    headless: true,
    ...(profile ? { userDataDir: profile } : {}),
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // Optional permission requests are granted without the prompt, so tests go through the grant page.
      'extensions.webextOptionalPermissionPrompts': false,
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      ...(proxy
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': proxyHost,
            'network.proxy.http_port': Number(proxyPort),
            'network.proxy.ssl': proxyHost,
            'network.proxy.ssl_port': Number(proxyPort),
            'network.proxy.no_proxies_on': '',
            'network.proxy.allow_hijacking_localhost': true,
          }
        : {}),
    },
  });
  await browser.installExtension(EXTENSION_DIRS.firefox);
  let page: PpPage = (await browser.pages())[0] ?? (await browser.newPage());
  // Puppeteer has no shadow-piercing locator over BiDi: reach into the open shadow root by hand.
  // Waits for the element as Playwright's locators do (a control may render a moment after the report).
  /** Allows reading the source in the grant page's own window, once it has opened. */
  const allowInGrantWindow = async () => {
    // Over BiDi the extension window reports about:blank as its address: ask the page itself.
    const deadline = Date.now() + 15_000;
    let grant: PpPage | undefined;
    while (!grant) {
      for (const p of await browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.includes('/grant.html')) grant = p;
      }
      if (!grant && Date.now() > deadline) throw new Error('The grant page did not open');
      if (!grant) await new Promise((r) => setTimeout(r, 200));
    }
    await grant.waitForSelector('[data-testid="grant-site"]');
    await grant.click('[data-testid="grant-site"]');
    await grant.waitForFunction(
      () => document.querySelector('[role="status"]')?.textContent?.includes('Allowed'),
      { timeout: 15_000 },
    );
    await grant.close().catch(() => {});
  };
  const sidebarElement = async (selector: string) => {
    await page
      .waitForFunction(
        (s) => !!document.querySelector('unspun-sidebar')?.shadowRoot?.querySelector(s),
        { timeout: 10_000 },
        selector,
      )
      .catch(() => undefined);
    const handle = await page.evaluateHandle(
      (s) => document.querySelector('unspun-sidebar')?.shadowRoot?.querySelector(s),
      selector,
    );
    const el = handle.asElement();
    if (!el) throw new Error(`No ${selector} in the sidebar`);
    return el as unknown as { click(): Promise<void> };
  };
  const goto = async (url: string) => {
    const old = page;
    page = await browser.newPage();
    await old.close();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
  };
  return {
    name: 'firefox',
    goto,
    // Firefox over BiDi now and then aborts a navigation in the same tab (NS_BINDING_ABORTED, seen
    // once in CI on the real-page sweep); a fresh tab, as goto opens one, never did.
    navigate: goto,
    async openOtherTab(url) {
      const other = await browser.newPage();
      await other.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
    },
    tabUrls: async () => (await browser.pages()).map((p) => p.url()),
    async toggleSidebar() {
      // The e2e build's bridge asks the background to run the same openSidebar as the toolbar;
      // it marks the page when it listens (it loads at document_idle, after 'load' on some pages).
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-unspun-base'), {
        timeout: 10_000,
      });
      await page.evaluate(() => document.dispatchEvent(new Event('unspun-e2e-toggle')));
    },
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as any,
    async runScript(source) {
      await page.evaluate(source);
    },
    async click(selector) {
      await page.click(selector);
    },
    async type(selector, text) {
      await page.type(selector, text);
    },
    press: (key) => page.keyboard.press(key as any),
    async clickInSidebar(selector) {
      await (await sidebarElement(selector)).click();
    },
    async grantSourceInWindow() {
      await (await sidebarElement('[data-testid="grant-window-button"]')).click();
      await allowInGrantWindow();
    },
    async grantSourceInFrame() {
      await sidebarElement('[data-testid="grant-frame"]');
      // Over BiDi the framed extension page reports about:blank as its address: ask the frame itself.
      const deadline = Date.now() + 15_000;
      let frame: PpFrame | undefined;
      while (!frame) {
        for (const f of page.frames())
          if ((await f.evaluate(() => location.href).catch(() => '')).includes('/grant.html'))
            frame = f;
        if (!frame && Date.now() > deadline) throw new Error('The grant frame did not load');
        if (!frame) await new Promise((r) => setTimeout(r, 200));
      }
      await frame.waitForSelector('[data-testid="grant-site"]');
      // A real click, so the page's request for the permission comes with a user gesture.
      await frame.click('[data-testid="grant-site"]');
      // Firefox gives the framed page no permissions API: it opens the grant window, which asks.
      await allowInGrantWindow();
    },
    async openExtensionPageFromSidebar(selector, path) {
      // A DOM click: the sidebar keeps growing as the comparison lands, moving the control under a
      // coordinate click (Puppeteer, unlike Playwright, does not wait for the element to hold still).
      // Opening an extension page needs no user gesture.
      await page.evaluate(
        (s) =>
          document
            .querySelector('unspun-sidebar')
            ?.shadowRoot?.querySelector<HTMLElement>(s)
            ?.click(),
        selector,
      );
      // Over BiDi an extension page reports about:blank as its address: ask the page itself.
      const deadline = Date.now() + 15_000;
      for (;;) {
        for (const p of await browser.pages()) {
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.includes(path)) {
            const old = page;
            page = p;
            await old.close();
            await page.waitForFunction(() => document.readyState === 'complete');
            return;
          }
        }
        if (Date.now() > deadline) throw new Error(`${path} did not open`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async followToNewTab(selector) {
      const opened = new Promise<PpPage | null>((resolve) =>
        browser.once('targetcreated', (t) => resolve(t.page())),
      );
      await (await sidebarElement(selector)).click();
      const tab = await opened;
      if (!tab) throw new Error('The link opened no tab');
      await tab.waitForFunction(
        () => document.readyState === 'complete' && document.body?.innerText.length > 0,
        { timeout: 15_000 },
      );
      const result = { url: tab.url(), text: await tab.evaluate(() => document.body.innerText) };
      await tab.close();
      return result;
    },
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    async close() {
      await browser.close();
    },
  };
}
