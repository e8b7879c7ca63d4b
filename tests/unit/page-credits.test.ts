import { describe, expect, it } from 'vitest';
import { pageCredits } from '../../lib/source/attribution';
import { articleOf, FILLER } from './support/article';

const creditsOf = (...sentences: string[]) =>
  pageCredits(articleOf([FILLER, ...sentences])).map((c) => c.name);

describe('pageCredits: whom a page credits for what it says', () => {
  it('credits the organisation a sentence says argues or announces', () => {
    expect(creditsOf('Hugging Face argues that small models win on narrow tasks.')).toEqual([
      'Hugging Face',
    ]);
  });

  it('credits no one for a pronoun, an article or a group of people at a sentence’s start', () => {
    expect(
      creditsOf(
        'They say small models win on narrow tasks.',
        'Researchers argue that the gap is closing.',
        'Some argue the opposite.',
        'Analysts said the chip will sell out.',
        'Many said the price is too high.',
      ),
    ).toEqual([]);
  });
});
