import { describe, expect, it } from 'vitest';
import { isOnSiteOf, pageCredits } from '../../lib/source/attribution';
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

  it('credits no word that opens a sentence where the page writes it in lower case and never as a name', () => {
    expect(
      creditsOf(
        'Volunteers said the archive would close in spring.',
        'Several volunteers kept copies of it.',
        'Regulators warned that the chip breaks export rules.',
        'The regulators met twice.',
      ),
    ).toEqual([]);
    // A line of its own (a heading) does not make the next line's first word a name.
    expect(
      creditsOf('Volunteers', 'Volunteers said the archive would close.', 'Two volunteers left.'),
    ).toEqual([]);
    // Never in lower case: a name, whichever word opens the sentence ("mira" inside a word is not it).
    expect(creditsOf('Zentrix says its chip runs at half the power.')).toEqual(['Zentrix']);
    expect(creditsOf('Mira says its chip runs cool.', 'Its admiration grew.')).toEqual(['Mira']);
    // After a label, a name opens nothing.
    expect(creditsOf('Source: Harbor, a local paper.', 'The harbor was busy.')).toEqual(['Harbor']);
    // In lower case too, but also capitalised mid-sentence: a name that is also a word.
    expect(
      creditsOf(
        'Summit says its chip runs at half the power.',
        'A spokesperson for Summit gave no date.',
        'The summit in May will show it.',
      ),
    ).toEqual(['Summit']);
    // A name by its shape, however the page writes it elsewhere.
    expect(creditsOf('CoreLogic says rents rose.', 'See corelogic for data.')).toEqual([
      'CoreLogic',
    ]);
  });

  it('credits a known company without the word before it that describes it', () => {
    expect(creditsOf('Chipmaker Nvidia said the board ships in March.')).toEqual(['NVIDIA']);
    // A company the registry does not know keeps the word: it may be part of its name.
    expect(creditsOf('Startup Acme said the board ships in March.')).toEqual(['Startup Acme']);
    // But not a function word a sentence's capital put before it; "The" begins names.
    expect(creditsOf('After Acme said the board ships, prices fell.')).toEqual(['Acme']);
    expect(creditsOf('When Vireo Labs said it would ship, prices fell.')).toEqual(['Vireo Labs']);
    // Alone, such a word is no name (a real page's "If found, configure the destination…").
    expect(creditsOf('If found, configure the destination to route from it and stop.')).toEqual([]);
  });

  it('credits no place where a lab’s release is, only where the story appeared', () => {
    expect(creditsOf('The weights are now freely available on Hugging Face.')).toEqual([]);
    expect(creditsOf('The code for both models is released on GitHub today.')).toEqual([]);
    expect(creditsOf('The full essay is available on Substack.')).toEqual(['Substack']);
    const linked = articleOf([FILLER], {
      links:
        '<p><a href="https://huggingface.co/acme/robot">Model weights available on Hugging Face</a></p>',
    });
    expect(pageCredits(linked).map((c) => c.name)).toEqual([]);
  });

  it('credits no day of the week: "released … on Tuesday" gives a time, not a place', () => {
    expect(creditsOf('Acme Robotics released the model on Tuesday.')).toEqual(['Acme Robotics']);
  });

  it('credits no person quoted by their surname after their full name', () => {
    expect(
      creditsOf(
        'Acme Robotics says the model halves picking errors.',
        '“One depot is not the industry,” said Maria Okafor of the University of Leeds.',
        'Okafor says independent tests will matter more.',
      ),
    ).toEqual(['Acme Robotics']);
    expect(
      creditsOf(
        'Brian K. Coombes, a microbiologist, said the trial was small.',
        'Coombes says a second trial is needed.',
      ),
    ).toEqual([]);
    // Without the full name given as a person's, the name may be an organisation's.
    expect(creditsOf('Okafor says independent tests will matter more.')).toEqual(['Okafor']);
    expect(
      creditsOf('Prices rose, said Jane Okaforth of the exchange.', 'Okafor says tests matter.'),
    ).toEqual(['Okafor']);
    expect(creditsOf('Air Mozilla', 'Mozilla says the browser is safe.')).toEqual(['Mozilla']);
    // A word before the name that is no given name: a function word, a day.
    expect(
      creditsOf(
        'For Acme, the launch matters.',
        'On Monday Acme said the model would ship.',
        'Acme says demand is high.',
      ),
    ).toEqual(['Acme']);
    // An organisation the registry knows is never a surname, whatever word comes before it.
    expect(
      creditsOf(
        'Rival Microsoft, which sells the cloud, said it would follow.',
        'Microsoft says the model is safe.',
      ),
    ).toEqual(['Microsoft']);
    expect(
      creditsOf('Google DeepMind said the model is open.', 'DeepMind says it is safe.'),
    ).toEqual(['Google DeepMind']);
  });
});

describe('isOnSiteOf: whether an address is on a credited name’s site', () => {
  it('finds a company at its name without the words that end company names', () => {
    expect(isOnSiteOf('Acme Robotics')('https://acme.example/blog/robot-model')).toBe(true);
    expect(isOnSiteOf('Acme Robotics')('https://acmerobotics.example/')).toBe(true);
    // Only a whole label of the host: "Open Robotics" is not OpenAI.
    expect(isOnSiteOf('Open Robotics')('https://openai.com/index/')).toBe(false);
    expect(isOnSiteOf('Acme Robotics')('https://news.example/acme-robotics-review')).toBe(false);
  });
});
