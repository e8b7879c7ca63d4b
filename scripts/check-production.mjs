// npm test, after the e2e build: every build is production code. WXT takes a build's mode for
// NODE_ENV when none is set, so `wxt build --mode e2e` alone gives development JSX (each element
// with its source file and line, the build machine's paths included) and Preact's devtools hook;
// the e2e suite and `npm run bench:browser` would then test and time code that does not ship.
import { existsSync } from 'node:fs';
import { markersIn } from './lib/build-markers.mjs';

const MARKERS = ['columnNumber:', '__PREACT_DEVTOOLS__'];
const builds = [
  '.output/chrome-mv3',
  '.output/firefox-mv2',
  '.output-e2e/chrome-mv3-e2e',
  '.output-e2e/firefox-mv2-e2e',
].filter((dir) => existsSync(dir));

if (!builds.length) {
  console.error('No build to check: run npm run build and npm run build:e2e first.');
  process.exit(1);
}
const found = markersIn(builds, MARKERS, /\.js$/);
if (found.length) {
  console.error(
    `Development code in a build (set NODE_ENV=production, as npm run build:e2e does):\n${found.join('\n')}`,
  );
  process.exit(1);
}
console.log(`Production code in ${builds.join(', ')}.`);
