// npm test: everything a change must pass, in order: typecheck, lint, unit tests, the shipped
// builds and their store lint, then e2e in real Chromium and Firefox ESR with the e2e build.
// Finds (or on Debian as root, installs) the browsers first. Ends with one line of totals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { browserVersion, ensureBrowser } from './lib/browsers.mjs';

// Not test-results/: Playwright empties that folder when it starts.
const reports = path.resolve('.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

for (const kind of ['chromium', 'firefox']) {
  const exe = ensureBrowser(kind);
  console.log(`${kind}: ${exe} (${browserVersion(exe)})`);
}

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  [
    'unit',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`],
  ],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['store lint', 'npm', ['run', '--silent', 'lint:ext']],
  ['no test surface in the store build', 'node', ['scripts/check-shipped.mjs']],
  ['e2e build', 'npm', ['run', '--silent', 'build:e2e']],
  ['every build is production code', 'node', ['scripts/check-production.mjs']],
  [
    'e2e',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
  ],
];

const only = process.argv.slice(2);
const failed = [];
for (const [name, cmd, args, env] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `── ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) failed.push(name);
}

function count(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}
const unit = count(`${reports}/unit.json`, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
}));
const e2e = count(`${reports}/e2e.json`, (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky,
  skipped: r.stats.skipped,
}));
const passed = unit.passed + e2e.passed;
const failedTests = unit.failed + e2e.failed;
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
if (failed.length) console.log(`failed steps: ${failed.join(', ')}`);
// A failed step that ran no test (typecheck, lint, a build) still counts as a failure.
console.log(
  `${passed} passed, ${failedTests + (failed.length && !failedTests ? failed.length : 0)} failed`,
);
process.exit(failed.length ? 1 : 0);
