import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// lib/ is a one-way stack: a folder imports only from its own tier or the tiers below it, so the
// shared text tools and the Report's types never reach up into the analysis that uses them.
// A new folder of lib/ must be given its tier here before anything can import it.
const LIB_TIERS: readonly (readonly string[])[] = [
  ['words'], // Messages and their English
  ['report'], // the Report's types and the words that name its parts
  ['text'], // tokens, stems, terms, phrase matching, number words
  ['knowledge'], // the registry of organisations, publishers and platforms (its JSON is data)
  ['extract'], // an Article from a page
  ['source'], // the primary source: attribution, discovery, fetching, which source to follow
  ['memory', 'flags', 'page', 'settings'], // what the extension keeps and shows on the page
  ['analysis'], // the Report, on top
];

const root = path.resolve(__dirname, '../..');
const lib = path.join(root, 'lib');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

/** Every module a file names: imports, re-exports and dynamic imports, as TypeScript reads them. */
function specifiersOf(file: string): string[] {
  return ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName);
}

function tierOf(folder: string): number {
  return LIB_TIERS.findIndex((tier) => tier.includes(folder));
}

/** The upward or unplaced imports of lib/, as "from → to" lines. */
function upwardImports(files: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const file of files) {
    const from = path.relative(lib, file).split(path.sep)[0]!;
    for (const spec of specifiersOf(file)) {
      if (!spec.startsWith('.')) continue; // packages: pure-lib.test says which are allowed
      const target = path.resolve(path.dirname(file), spec);
      if (spec.endsWith('.json')) continue; // data (lexicons, registry files, locales) is no layer
      const to = path.relative(lib, target).split(path.sep)[0]!;
      const line = `${path.relative(root, file)} → ${spec}`;
      if (to.startsWith('..')) wrong.push(`${line} (outside lib/)`);
      else if (tierOf(from) < 0 || tierOf(to) < 0) wrong.push(`${line} (a folder with no tier)`);
      else if (tierOf(to) > tierOf(from)) wrong.push(`${line} (upward: ${from} is below ${to})`);
    }
  }
  return wrong;
}

describe('lib/ as a one-way stack', () => {
  const files = walk(lib);

  it('every folder of lib/ has a tier', () => {
    const folders = readdirSync(lib).filter((f) => statSync(path.join(lib, f)).isDirectory());
    expect(folders.filter((f) => tierOf(f) < 0)).toEqual([]);
  });

  it('no module of lib/ imports from a tier above its own', () => {
    expect(upwardImports(files)).toEqual([]);
  });

  it('source, memory and knowledge never import from analysis', () => {
    const low = files.filter((f) => /lib[/\\](?:source|memory|knowledge)[/\\]/.test(f));
    const fromAnalysis = low.filter((f) =>
      specifiersOf(f).some((s) => /(?:^|\/)analysis\//.test(s)),
    );
    expect(fromAnalysis.map((f) => path.relative(root, f))).toEqual([]);
  });
});
