// The built files of some extension builds that contain any of some strings: what the checks of
// `npm test` on the builds (check-shipped.mjs, check-production.mjs) look for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function* files(dir, names) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* files(file, names);
    else if (names.test(name)) yield file;
  }
}

/** "file: marker" for each marker found in each file of `builds` whose name matches `names`. */
export function markersIn(builds, markers, names) {
  const found = [];
  for (const build of builds)
    for (const file of files(build, names)) {
      const text = readFileSync(file, 'utf8');
      for (const marker of markers) if (text.includes(marker)) found.push(`${file}: ${marker}`);
    }
  return found;
}
