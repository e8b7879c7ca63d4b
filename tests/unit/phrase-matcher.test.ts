import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  longPhraseListsUsed,
  phraseAlternatives,
  PhraseMatcher,
} from '../../lib/text/phrase-matcher';

/** The matcher as a flat list of alternatives, longest first: what the prefix tree must equal. */
function flatFind(phrases: string[], text: string): { start: number; end: number }[] {
  const unique = [...new Set(phrases.map((p) => p.toLowerCase().trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  if (!unique.length) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${phraseAlternatives(unique)})(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('PhraseMatcher', () => {
  it('finds the longest phrase at a place, on word boundaries, across runs of spaces', () => {
    const m = new PhraseMatcher(['in a', 'in a single domain', 'may', 'may or may not']);
    expect(
      m.find('It may or may not hold in  a single domain, in a way; in a-b.').map((h) => h.phrase),
    ).toEqual(['may or may not', 'in a single domain', 'in a']);
    expect(m.test('dismay')).toBe(false);
    // One phrase, or phrases that all start alike: the word boundary holds too.
    expect(new PhraseMatcher(['all']).find('Overall, all-in, all.').map((h) => h.start)).toEqual([
      17,
    ]);
    expect(new PhraseMatcher(['may', 'maybe']).find('dismay, maybe').map((h) => h.text)).toEqual([
      'maybe',
    ]);
  });

  it('matches the phrases it was made with, though it builds its pattern only when first used', () => {
    const phrases = ['read more'];
    const m = new PhraseMatcher(phrases);
    phrases.push('subscribe');
    expect(m.test('Subscribe now.')).toBe(false);
    expect(m.first('Then READ  More.')).toEqual({
      text: 'READ  More',
      start: 5,
      end: 15,
      phrase: 'read more',
    });
    expect(new PhraseMatcher([]).find('read more')).toEqual([]);
  });

  it('matches what the flat list of phrases matches, at the same places', () => {
    // Words from a small alphabet, so phrases share prefixes and end inside one another.
    const word = fc.stringMatching(/^[abék.1-]{1,3}$/);
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    const text = fc
      // "İ" lowercases to two code units (the matcher then reads the text as written), "K" (the
      // Kelvin sign) to "k".
      .array(
        fc.oneof(word, fc.constantFrom(' ', '  ', '-', 'A', 'B', 'É', 'İ', '\u212A', '😀', '\n')),
        {
          maxLength: 20,
        },
      )
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, (phrases, t) => {
        const matcher = new PhraseMatcher(phrases);
        const found = matcher.find(t);
        expect(found.map(({ start, end }) => ({ start, end }))).toEqual(flatFind(phrases, t));
        // A hit is the text as written there.
        for (const h of found) expect(h.text).toBe(t.slice(h.start, h.end));
        expect(matcher.test(t)).toBe(found.length > 0);
        expect(matcher.first(t)).toEqual(matcher.find(t)[0]);
      }),
      { numRuns: 1000 },
    );
  });

  it('notes a bounded number of long lists, and matches with every one', () => {
    // A long-lived background makes a list of each source's names: they must not pile up.
    for (let i = 0; i < 150; i++) {
      const names = Array.from({ length: 12 }, (_, k) => `name${i}x${k}`);
      expect(new PhraseMatcher(names).find(`said name${i}x11 today`).map((h) => h.phrase)).toEqual([
        `name${i}x11`,
      ]);
    }
    expect(longPhraseListsUsed().size).toBe(100);
  });
});
