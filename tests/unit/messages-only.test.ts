import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ returns Messages; English is rendered at the edges that print it (the command line, the
// demo, the eval scripts) through lib/report/in-english.ts. These are the only modules of lib/
// that render English themselves, each for a reason docs/architecture.md gives ("Words for the
// reader"); a new one has to be argued for here.
const RENDERS_ENGLISH = [
  'lib/report/in-english.ts', // the edges' renderer of a Report
  'lib/extract/extract.ts', // an untitled page's Article.title (with messages.title)
  'lib/analysis/incentives.ts', // the unnamed page publisher's incentives[].org (with messages.org)
  'lib/flags/annotation.ts', // a flag file's problems (with messages.error)
  'lib/flags/reasons.ts', // reason labels in the flags' CSV export
];

const root = path.resolve(__dirname, '../..');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

describe('lib/ returns Messages only', () => {
  it('renders English only where it has to', () => {
    const rendering = walk(path.join(root, 'lib'))
      .filter((f) =>
        /from '[./]*\/?words\/english'|from '\.\/english'/.test(readFileSync(f, 'utf8')),
      )
      .map((f) => path.relative(root, f))
      .filter((f) => f !== 'lib/words/english.ts');
    expect(rendering.sort()).toEqual([...RENDERS_ENGLISH].sort());
  });
});
