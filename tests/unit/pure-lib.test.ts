import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ is framework-free: no wxt, preact or extension API anywhere in it, and lib/analysis also
// touches no DOM or network. lib/extract/parse-html.ts is the one module with linkedom, for where
// there is no DOMParser: the command line, the tests and the background (Chrome's service worker);
// what runs in a page or an extension page never imports it (its own DOMParser is there).
const root = path.resolve(__dirname, '../..');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}
function walkAll(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walkAll(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}
const rel = (p: string) => path.relative(root, p);
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('pure lib/', () => {
  it.each(walk(path.join(root, 'lib')).map(rel))(
    '%s imports no framework or extension API',
    (file) => {
      for (const spec of importsOf(path.join(root, file))) {
        expect(spec).not.toMatch(
          /^(?:wxt|preact|@wxt-dev|webextension-polyfill|@webext-core)(?:\/|$)/,
        );
        if (file !== 'lib/extract/parse-html.ts') expect(spec).not.toMatch(/^(?:node:|linkedom)/);
      }
    },
  );

  it.each(walk(path.join(root, 'lib/analysis')).map(rel))(
    '%s touches no DOM, network or browser global',
    (file) => {
      // Code only: comments may name these words.
      const source = readFileSync(path.join(root, file), 'utf8').replace(
        /\/\*[\s\S]*?\*\/|\/\/.*$/gm,
        '',
      );
      expect(source).not.toMatch(
        /\b(?:document|window|fetch|XMLHttpRequest|browser|chrome|localStorage|navigator)\s*[.(]/,
      );
    },
  );

  it('only the background imports linkedom: no content script, page, component or util', () => {
    const background = path.join(root, 'entrypoints/background');
    for (const dir of ['entrypoints', 'components', 'utils']) {
      for (const file of walkAll(path.join(root, dir))) {
        if (file.startsWith(background + path.sep)) continue;
        expect(importsOf(file).some((s) => s.includes('parse-html'))).toBe(false);
      }
    }
  });
});

/**
 * Files a module loads at run time, following relative imports (type-only imports load nothing)
 * and `import()` (the background's bundle inlines those, loaded on first use).
 */
function runtimeGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /^\s*(?:import|export)\s+(type\s)?[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/gm,
    )) {
      if (m[1]) continue;
      const spec = path.resolve(path.dirname(file), m[2] ?? m[3] ?? m[4]!);
      const target = [spec, `${spec}.ts`, `${spec}.tsx`, path.join(spec, 'index.ts')].find(
        (p) => existsSync(p) && statSync(p).isFile(),
      );
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

describe('what each page loads', () => {
  it('the sidebar content script does not carry the analysis: the background runs it', () => {
    const loaded = [...runtimeGraph(path.join(root, 'entrypoints/sidebar.content/index.tsx'))].map(
      rel,
    );
    // The walk does reach the sidebar's own code, so an empty graph cannot pass.
    expect(loaded).toContain('entrypoints/sidebar.content/sidebar-app.tsx');
    expect(loaded).not.toContain('lib/analysis/analyze.ts');
    expect(loaded).not.toContain('lib/knowledge/claim-strength-model.json');
    // Nor linkedom: the background reads the sources.
    expect(loaded).not.toContain('lib/extract/parse-html.ts');
    // Nor the registry (its org, publisher and topic data and tldts' suffix list, about 250 kB
    // minified): the Report names the feeds to search (creditedFeeds).
    expect(loaded).not.toContain('lib/knowledge/registry.ts');
    const background = [...runtimeGraph(path.join(root, 'entrypoints/background/index.ts'))].map(
      rel,
    );
    expect(background).toContain('lib/analysis/analyze.ts');
    expect(background).toContain('lib/knowledge/claim-strength-model.json');
  });
});
