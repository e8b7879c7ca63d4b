import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The barest sidebar `npm run bench:browser` measures Unspun against: WXT + Preact + Readability,
 * injected on demand (activeTab + scripting) and showing one number. Built from the project's
 * node_modules into bench/baseline/.output (git-ignored); never shipped.
 */
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Unspun bench baseline',
    version: '0.0.0',
    permissions: ['activeTab', 'scripting'],
    // The bench's pages are served on loopback; the harness opens the sidebar without a click.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: 'Baseline' },
  },
});
