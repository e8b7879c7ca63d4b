import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noRawHtml } from './scripts/lib/no-raw-html';

/** An e2e build (not the shipped one) adds host permissions for test origins. */
const e2e = process.env.UNSPUN_E2E === '1';
/**
 * The build `npm run bench:browser` times: the e2e build without the e2e bridge. The bridge is a
 * content script on every page, so it set up the extension's world in the page, and its runtime
 * API, before each timed open, which a shipped open pays for itself (docs/speed.md).
 */
const bench = e2e && process.env.UNSPUN_BENCH === '1';

/**
 * Host permissions of the e2e build. Chromium gets every site, so sources are read without the
 * permission prompt, which a headless Chromium cannot answer. Firefox gets only the seed pages'
 * own hosts (so the toolbar stand-in can inject there), and its tests grant each source through
 * the real grant page. Shipped builds have none: they ask (optional permissions).
 */
function e2eHostPermissions(browser: string): string[] {
  if (!e2e) return [];
  if (browser !== 'firefox') return ['http://*/*', 'https://*/*'];
  const cases: { url: string; kind: string }[] = JSON.parse(
    readFileSync('seeds/cases.json', 'utf8'),
  );
  const pages = cases
    .filter((c) => c.kind === 'restatement')
    .map((c) => `${new URL(c.url).origin}/*`);
  return ['http://127.0.0.1/*', 'http://localhost/*', ...new Set(pages)];
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // i18n: locales/en.json becomes _locales/en/messages.json, for the manifest's and the store
  // listing's words; the extension's own words come from the bundled catalogue (utils/i18n.ts).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  outDir: bench ? '.output-bench' : e2e ? '.output-e2e' : '.output',
  imports: false,
  vite: () => ({
    plugins: [noRawHtml(), preact()],
    // Two files are large on purpose and load only where needed: the background carries the word
    // vectors (about 1.5 MB of its 2.8 MB; docs/speed.md) and the PDF reader PDF.js's worker
    // (1 MB). Warn only past those, so a new warning means something grew.
    build: { chunkSizeWarningLimit: 3_000 },
  }),
  hooks: {
    // The e2e bridge exists only in e2e builds; shipped builds never relay anything from pages.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (!e2e || bench)
        entrypoints.splice(
          0,
          entrypoints.length,
          ...entrypoints.filter((e) => e.name !== 'e2e-bridge'),
        );
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Chrome: 'offscreen' for the page that reads PDF sources (its service worker cannot load PDF.js).
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Chrome MV3 names them optional_host_permissions; Firefox's MV2 build, optional_permissions.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    optional_permissions:
      browser === 'firefox' ? (['https://*/*', 'http://*/*'] as any) : undefined,
    host_permissions: e2eHostPermissions(browser),
    action: { default_title: '__MSG_actionTitle__' },
    // The grant page shows as a frame in the sidebar: only extension pages may ask for permissions.
    web_accessible_resources:
      browser === 'firefox'
        ? (['grant.html'] as any)
        : [{ resources: ['grant.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      // The toolbar button's own command: the shortcut fires action.onClicked, like a click.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandToggle__',
      },
    },
    // CSS light-dark() (the colour schemes) needs Chrome 123; Firefox 140 is set below.
    minimum_chrome_version: browser === 'firefox' ? undefined : '123',
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'unspun@unspun.example',
              // data_collection_permissions needs Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              // Unspun collects nothing: https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
