import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../lib/analysis/checks';

// The structure checks itself (as refined-github does): every check file is registered, has its
// own test file and a section in docs/checks.md, and its id is its file name.
const root = path.resolve(__dirname, '../..');
const files = readdirSync(path.join(root, 'lib/analysis/checks'))
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'check.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
const docs = readFileSync(path.join(root, 'docs/checks.md'), 'utf8');

describe('the check registry', () => {
  it('registers every check file, once, with ids equal to file names', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s has a test and documentation', (id) => {
    expect(existsSync(path.join(root, `tests/unit/checks/${id}.test.ts`))).toBe(true);
    expect(docs).toContain(`## ${id}\n`);
  });
});
