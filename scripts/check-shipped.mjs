// npm test, after the store build: the shipped bundles carry no test surface. `globalThis.unspun`
// and the e2e bridge's channel exist only in e2e builds (.output-e2e/); a shipped build that had
// them would let anything that can run in the background open sidebars or fail analyses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const MARKERS = ['unspunE2E', 'fail-analysis', '.unspun=', 'unspun-e2e'];
const builds = ['.output/chrome-mv3', '.output/firefox-mv2'];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else if (/\.(js|html|json)$/.test(name)) yield file;
  }
}

const found = [];
for (const build of builds) {
  for (const file of files(build)) {
    const text = readFileSync(file, 'utf8');
    for (const marker of MARKERS) if (text.includes(marker)) found.push(`${file}: ${marker}`);
  }
}
if (found.length) {
  console.error(`The shipped build carries the e2e test surface:\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`No e2e test surface in ${builds.join(', ')}.`);
