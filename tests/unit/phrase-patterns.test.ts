import { describe, expect, it } from 'vitest';
import {
  longListsBuiltHere,
  phraseAlternation,
  phraseListKey,
} from '../../lib/text/phrase-matcher';
import file from '../../lib/text/phrase-patterns.json';
import { longPhraseListsSeen } from '../../scripts/lib/phrase-lists';

describe('phrase-patterns.json', () => {
  // The analysis of the project's pages, once: it makes every lexicon's pattern.
  const lists = longPhraseListsSeen();

  it('holds the alternatives of every long phrase list the analysis uses, as built from it, and no others', () => {
    expect(lists.size).toBeGreaterThan(20);
    const expected = Object.fromEntries(
      [...lists].map(([key, list]) => [key, phraseAlternation(list)]),
    );
    // Fails after a lexicon changed: run `npx tsx scripts/build-phrase-patterns.ts`.
    expect(file.patterns).toEqual(expected);
  });

  it('is where the matchers take those alternatives from: none was built while analysing', () => {
    expect(longListsBuiltHere()).toBe(0);
  });

  it('keys a list by its phrases as given, in order', () => {
    expect(phraseListKey(['a', 'b'])).not.toBe(phraseListKey(['b', 'a']));
    expect(phraseListKey(['a b'])).not.toBe(phraseListKey(['a', 'b']));
    expect(phraseListKey(['may', 'might'])).toBe(phraseListKey(['may', 'might']));
  });
});
