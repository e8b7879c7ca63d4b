// npm test, after the store build: the shipped bundles carry no test surface. `globalThis.unspun`
// and the e2e bridge's channel exist only in e2e builds (.output-e2e/); a shipped build that had
// them would let anything that can run in the background open sidebars or fail analyses.
import { markersIn } from './lib/build-markers.mjs';

const MARKERS = ['unspunE2E', 'fail-analysis', '.unspun=', 'unspun-e2e'];
const builds = ['.output/chrome-mv3', '.output/firefox-mv2'];

const found = markersIn(builds, MARKERS, /\.(js|html|json)$/);
if (found.length) {
  console.error(`The shipped build carries the e2e test surface:\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`No e2e test surface in ${builds.join(', ')}.`);
