import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/extract/sentences';

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentences cut at an abbreviation', () => {
  it('keeps a sentence whole past "vs.", "e.g.", "i.e." and titles', () => {
    expect(split('It beat Claude Opus (0.921 vs. 0.833), GPT-5.4 and Gemini. Next one.')).toEqual([
      'It beat Claude Opus (0.921 vs. 0.833), GPT-5.4 and Gemini.',
      'Next one.',
    ]);
    expect(split('Small models, e.g. Phi, do well. Big ones, i.e. GPT-5, cost more.')).toEqual([
      'Small models, e.g. Phi, do well.',
      'Big ones, i.e. GPT-5, cost more.',
    ]);
    expect(split('Dr. Smith said so. Prof. Jones agreed.')).toEqual([
      'Dr. Smith said so.',
      'Prof. Jones agreed.',
    ]);
  });

  it('goes on past "No." and "Fig." only before a number', () => {
    expect(split('See Fig. 3 for the scores. The answer was No. The team tried again.')).toEqual([
      'See Fig. 3 for the scores.',
      'The answer was No.',
      'The team tried again.',
    ]);
    // A number that ends the sentence: the segmenter alone would cut after "p.".
    expect(split('The figure is in King’s book, p. 89. The next one follows.')).toEqual([
      'The figure is in King’s book, p. 89.',
      'The next one follows.',
    ]);
  });

  it('ends at "etc." before a capital, not before a lower-case word', () => {
    expect(split('Tools, datasets, etc. The next sentence.')).toEqual([
      'Tools, datasets, etc.',
      'The next sentence.',
    ]);
    expect(split('Tools, datasets, etc. are shared.')).toEqual([
      'Tools, datasets, etc. are shared.',
    ]);
    // A year in brackets after "et al." ends nothing: the segmenter alone would cut there.
    expect(split('As cited in Goldfeder et al. (2026). The next one follows.')).toEqual([
      'As cited in Goldfeder et al. (2026).',
      'The next one follows.',
    ]);
  });

  it('goes on past a time of day before a time zone or a small letter, not before a sentence', () => {
    expect(
      split('Updated at 3:45 p.m. ET with a comment. The lab replied at 9 a.m. on Monday.'),
    ).toEqual(['Updated at 3:45 p.m. ET with a comment.', 'The lab replied at 9 a.m. on Monday.']);
    expect(split('The launch was at 10 a.m. The demo came later.')).toEqual([
      'The launch was at 10 a.m.',
      'The demo came later.',
    ]);
  });

  it('goes on past a middle initial before a surname, not before a sentence', () => {
    expect(split('It works, says Brian K. Coombes, PhD, of McMaster University. Next.')).toEqual([
      'It works, says Brian K. Coombes, PhD, of McMaster University.',
      'Next.',
    ]);
    expect(split('The book is by J. R. R. Tolkien, the author.')).toEqual([
      'The book is by J. R. R. Tolkien, the author.',
    ]);
    expect(
      split('The fallback was Plan B. The team tried it. They took vitamin D. Rats ate.'),
    ).toEqual([
      'The fallback was Plan B.',
      'The team tried it.',
      'They took vitamin D.',
      'Rats ate.',
    ]);
    // "I." after a name is a numeral, as in a king's name.
    expect(split('The crown went to Henry I. Parliament met.')).toEqual([
      'The crown went to Henry I.',
      'Parliament met.',
    ]);
  });

  it('goes on past a first initial after a word that names a person, and past a title of office', () => {
    expect(
      split('The deal is a mistake, said C. Fred Bergsten, director of the institute. He left.'),
    ).toEqual([
      'The deal is a mistake, said C. Fred Bergsten, director of the institute.',
      'He left.',
    ]);
    expect(split('The study, by J. Smith and others, is out. Read it.')).toEqual([
      'The study, by J. Smith and others, is out.',
      'Read it.',
    ]);
    expect(split('The model, per Dr. A. Smith, is fast. OK.')).toEqual([
      'The model, per Dr. A. Smith, is fast.',
      'OK.',
    ]);
    expect(split('Sen. J. D. Vance spoke. Gov. Newsom and Gen. Milley did not.')).toEqual([
      'Sen. J. D. Vance spoke.',
      'Gov. Newsom and Gen. Milley did not.',
    ]);
    // A letter that is a thing ends its sentence: a grade, a team, or "I" after "said".
    expect(split('We got grade C. Fred was sad. Team A and B. Microsoft said so.')).toEqual([
      'We got grade C.',
      'Fred was sad.',
      'Team A and B.',
      'Microsoft said so.',
    ]);
    expect(split('It was written by A. The next one. He said I. Then left.')).toEqual([
      'It was written by A.',
      'The next one.',
      'He said I.',
      'Then left.',
    ]);
  });

  it('keeps offsets into the text and never joins across a line break', () => {
    const text = 'A score of 0.9 vs.\n0.8 on the test. Then e.g. more.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'A score of 0.9 vs.',
      '0.8 on the test.',
      'Then e.g. more.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
