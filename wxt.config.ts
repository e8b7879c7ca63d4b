import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** An e2e build (not the shipped one) adds host permissions for test origins. */
const e2e = process.env.UNSPUN_E2E === '1';

/**
 * Host permissions of the e2e build: every site, so tests read sources without the browser's
 * permission prompt, which a headless test cannot answer. Shipped builds ask (optional permissions).
 */
function e2eHostPermissions(): string[] {
  return e2e ? ['http://*/*', 'https://*/*'] : [];
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: e2e ? '.output-e2e' : '.output',
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The e2e bridge exists only in e2e builds; shipped builds never relay anything from pages.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (!e2e) entrypoints.splice(0, entrypoints.length, ...entrypoints.filter((e) => e.name !== 'e2e-bridge'));
    },
  },
  manifest: ({ browser }) => ({
    name: 'Unspun',
    description:
      'See where an AI news story came from, how faithfully it was retold, who profits, and what evidence is missing.',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Chrome MV3 names them optional_host_permissions; Firefox's MV2 build, optional_permissions.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    optional_permissions: browser === 'firefox' ? (['https://*/*', 'http://*/*'] as any) : undefined,
    host_permissions: e2eHostPermissions(),
    action: { default_title: 'Open Unspun on this page' },
    // The grant page shows as a frame in the sidebar: only extension pages may ask for permissions.
    web_accessible_resources:
      browser === 'firefox'
        ? (['grant.html'] as any)
        : [{ resources: ['grant.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      // The toolbar button's own command: the shortcut fires action.onClicked, like a click.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+U' },
        description: 'Open or close Unspun on this page',
      },
    },
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
