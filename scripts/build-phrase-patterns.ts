// npx tsx scripts/build-phrase-patterns.ts: writes lib/text/phrase-patterns.json, the prefix-tree
// alternatives of every lexicon phrase list the analysis matches with (lists of at least
// PREBUILT_MIN_PHRASES phrases), so a service worker just started compiles their patterns without
// first building them (docs/speed.md). The lists are found by running the analysis over the
// project's own pages: the seeds (alone and against their sources) and the e2e pages. Run it after
// changing a lexicon; tests/unit/phrase-patterns.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { phraseAlternation, phraseListKey, PREBUILT_MIN_PHRASES } from '../lib/text/phrase-matcher';
import { longPhraseListsSeen } from './lib/phrase-lists';

const root = path.resolve(import.meta.dirname, '..');
const lists = longPhraseListsSeen();
const patterns = Object.fromEntries(
  [...lists.values()]
    .map((list) => [phraseListKey(list), phraseAlternation(list)] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeFileSync(
  path.join(root, 'lib/text/phrase-patterns.json'),
  `${JSON.stringify(
    {
      about: `Made by scripts/build-phrase-patterns.ts from the lexicons: for each phrase list of ${PREBUILT_MIN_PHRASES} or more, its key (FNV-1a of the phrases joined by newlines, base 36, and their count) and the alternatives of its pattern. Do not edit.`,
      patterns,
    },
    null,
    1,
  )}\n`,
);
console.log(
  `${Object.keys(patterns).length} phrase lists written to lib/text/phrase-patterns.json`,
);
