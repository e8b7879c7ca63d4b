import type { Plugin } from 'vite';

/**
 * Preact can write raw HTML through `dangerouslySetInnerHTML`. Unspun never does, and must never
 * put page-derived HTML into its pages: this plugin makes that path write text instead, so it
 * cannot be used by mistake, and the store linter has nothing to flag in Preact.
 */
export function noRawHtml(): Plugin {
  return {
    name: 'unspun:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/.test(id)) return null;
      const patched = code.replace(/(\b\w+)\.innerHTML=(\w+)\.__html/g, '$1.textContent=$2.__html');
      if (patched === code)
        this.error('Preact changed: its dangerouslySetInnerHTML assignment was not found');
      return { code: patched, map: null };
    },
  };
}
