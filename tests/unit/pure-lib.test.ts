import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ is framework-free: no wxt, preact or extension API anywhere in it, and lib/analysis also
// touches no DOM or network. lib/extract/parse-html.ts is the one Node-only module (linkedom, for
// the command line and tests); the extension never imports it.
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
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('pure lib/', () => {
  it.each(walk(path.join(root, 'lib')).map(rel))('%s imports no framework or extension API', (file) => {
    for (const spec of importsOf(path.join(root, file))) {
      expect(spec).not.toMatch(/^(?:wxt|preact|@wxt-dev|webextension-polyfill|@webext-core)(?:\/|$)/);
      if (file !== 'lib/extract/parse-html.ts') expect(spec).not.toMatch(/^(?:node:|linkedom)/);
    }
  });

  it.each(walk(path.join(root, 'lib/analysis')).map(rel))('%s touches no DOM, network or browser global', (file) => {
    // Code only: comments may name these words.
    const source = readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(source).not.toMatch(/\b(?:document|window|fetch|XMLHttpRequest|browser|chrome|localStorage|navigator)\s*[.(]/);
  });

  it('no entrypoint, component or util imports the Node-only parser', () => {
    for (const dir of ['entrypoints', 'components', 'utils']) {
      for (const file of walkAll(path.join(root, dir))) {
        expect(importsOf(file).some((s) => s.includes('parse-html'))).toBe(false);
      }
    }
  });
});
