import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../lib/extract/sentences';

/** The count Intl.Segmenter's word granularity gives: what countWords stands in for. */
function segmenterCount(text: string): number {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  let n = 0;
  for (const line of text.split('\n'))
    for (const part of segmenter.segment(line)) if (part.isWordLike) n++;
  return n;
}

/**
 * Characters of one script where the rules differ: letters, digits, marks, joiners, and the
 * punctuation UAX #29 treats apart. (Scripts mixed inside one word, "a가", break where the
 * segmenter's script rules say; real text does not write them so.) An underscore followed by a
 * mark or joiner at a word's end makes ICU call the word not word-like, a quirk no prose has, so
 * underscores are tried apart from marks and joiners; so does a zero-width joiner between a word
 * and an emoji, left out.
 */
const LETTERS = ['a', 'Z', 'é', 'ß', '𝐀', '1', '9', '½', '²'];
const MARKS = ['\u0301', '\u00ad', '\u2060'];
const PUNCTUATION = [
  ...["'", '’', '.', ',', ';', ':', '·', '-', '/', '%', '$', '#', '@', '!', '?', '(', ')'],
  ...['"', '—', ' ', ' ', ' ', '\n', '\t', '🙂'],
];
const texts = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((chars) => chars.join(''));

describe('countWords', () => {
  it('counts as the segmenter does on text written with spaces', () => {
    for (const pieces of [
      [...LETTERS, ...MARKS, ...PUNCTUATION],
      [...LETTERS, '_', ...PUNCTUATION],
    ])
      fc.assert(
        fc.property(texts(pieces), (text) => {
          expect(countWords(text)).toBe(segmenterCount(text));
        }),
        { numRuns: 3000 },
      );
  });

  it('counts real sentences, abbreviations and figures as the segmenter does', () => {
    for (const text of [
      'It’s 3,000.5 km from the U.S. to e.g. O’Neil’s place: a:b, H.264 and K2’s w3.org site.',
      'GPT-5 and Llama-3.1-8B scored 0.911 vs. 0.833; ___ then 2026.html.',
    ])
      expect(countWords(text)).toBe(segmenterCount(text));
  });

  it('asks the segmenter for scripts written without spaces', () => {
    expect(countWords('我们今天发布了一个新模型')).toBe(segmenterCount('我们今天发布了一个新模型'));
    expect(countWords('ภาษาไทยไม่มีช่องว่าง')).toBe(segmenterCount('ภาษาไทยไม่มีช่องว่าง'));
    expect(countWords('我们今天发布了一个新模型')).toBeGreaterThan(1);
  });
});
