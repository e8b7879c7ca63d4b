import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../lib/analysis/align/align';
import { quotableText, quotationsIn, quotedAt } from '../../lib/analysis/align/quotations';
import { quotedSpans } from '../../lib/text/quotation-marks';
import { claimDifference } from '../../lib/report/claim-words';
import { assessSentence } from '../../lib/analysis/claim-strength';
import { english } from '../../lib/words/english';
import { articleOf, FILLER } from './support/article';

// Sentences written here, in the forms AI news quotes a launch post: a CEO's words, a misquote
// of them, words the post never says, scare quotes, a paper's title, and code that has quote marks.

describe('quotationsIn: what a sentence quotes', () => {
  const quoted = (s: string) => quotationsIn(s).map((q) => q.text);
  it('finds words in curly or straight quotation marks, with where they are', () => {
    const s = 'Huang said “the big bang of physical AI is just around the corner.” Then he left.';
    const [q] = quotationsIn(s);
    expect(q?.text).toBe('the big bang of physical AI is just around the corner.');
    expect(s.slice(q!.start, q!.end)).toBe(q!.text);
    expect(quoted('"The ChatGPT moment for robotics is here," he said.')).toEqual([
      'The ChatGPT moment for robotics is here,',
    ]);
  });
  it('leaves terms and scare quotes of fewer than four words, counting “That’s” as one', () => {
    expect(quoted('If 2025 was about “agentic AI,” 2026 is about robots.')).toEqual([]);
    expect(quoted('He marketed them as “specialty metal items”.')).toEqual([]);
    expect(quoted('“That’s what he gets.”')).toEqual(['That’s what he gets.']);
    expect(quoted('“That’s all, folks”')).toEqual([]);
  });
  it('leaves titles, addresses and code', () => {
    expect(
      quoted(
        'A paper titled “AI Must Embrace Specialization via Superhuman Adaptable Intelligence”.',
      ),
    ).toEqual([]);
    expect(quoted('If the root is "https://storage.example.com/bob/docs", then read it.')).toEqual(
      [],
    );
    expect(quoted('<script data-adapter="vendor/mocha-blanket.js"></script>')).toEqual([]);
    // Each mark of code alone: a quote glued to a word, opened on a bracket, closed on a sign.
    expect(quoted('<a title="Read the whole story here" href="/x">')).toEqual([]);
    expect(quoted('print( "(see the notes below for more)" )')).toEqual([]);
    expect(quoted('x = "you will find it here "+name;')).toEqual([]);
    // A quotation the writer cut at its start is still one.
    expect(quoted('Huang said “…are unlocking entirely new applications.”')).toEqual([
      '…are unlocking entirely new applications.',
    ]);
    expect(quoted('Saved."); } else if (res.status == 401) { alert("Oops! Try again.')).toEqual([]);
  });
});

describe('quotedSpans: where a sentence gives someone’s words', () => {
  const spans = (s: string) => quotedSpans(s).map(([from, to]) => s.slice(from, to));
  it('takes every paired quotation, short ones too, and one the sentence closes without opening', () => {
    expect(spans('The rule read "sell at cost" and the agent said “may I?” twice.')).toEqual([
      'sell at cost',
      'may I?',
    ]);
    expect(spans('you lose if the balance drops below $0," the prompt ended.')).toEqual([
      'you lose if the balance drops below $0,',
    ]);
  });

  it('takes a mark that opens a quotation for no run-on one, and nothing from a sentence without marks', () => {
    expect(spans('("Alpha") may ship in June.')).toEqual(['Alpha']);
    expect(spans('The model may ship in June.')).toEqual([]);
  });
});

describe('quotedAt: where the source says a quotation', () => {
  const source = quotableText([
    { text: 'NVIDIA today announced new open models.' },
    {
      text: '“The ChatGPT moment for robotics is here. Breakthroughs in physical AI are unlocking new applications,” said Jensen Huang.',
    },
    { text: 'The models run on Jetson Thor.' },
  ]);
  const at = (quotation: string) => quotedAt(quotation, source, [0, 1, 2]);
  it('finds the words however they are cased and stopped, and says in which sentence they begin', () => {
    expect(at('the ChatGPT moment for robotics is here')).toBe(1);
    expect(at('The models run on Jetson Thor')).toBe(2);
  });
  it('finds words across a sentence break, and a long quotation with a slip of spelling', () => {
    expect(at('robotics is here. Breakthroughs in physical AI')).toBe(1);
    expect(at('Breakthroughs in physical AI are unlockng new aplications')).toBe(1);
  });
  it('looks for words near enough only around the sentences it is given, for the exact words everywhere', () => {
    expect(
      quotedAt('Breakthroughs in physical AI are unlockng new aplications', source, []),
    ).toBeNull();
    expect(
      quotedAt('Breakthroughs in physical AI are unlocking new applications', source, []),
    ).toBe(1);
  });
  it('looks for each piece of a quotation the writer cut', () => {
    expect(at('The ChatGPT moment … are unlocking new applications')).toBe(1);
    expect(at('The ChatGPT moment … are unlocking new markets')).toBeNull();
  });
  it('says when the source never says the words, and when there is too little to look for', () => {
    expect(at('Physical AI will be the next giant wave')).toBeNull();
    // One changed word in a short quotation is another quotation.
    expect(at('The models run on Jetson Orin')).toBeNull();
    // In a short one, so is a changed letter: too few letters to tell a slip from a change.
    expect(at('run on Jetsen Thor')).toBeNull();
    expect(at('It … is … here')).toBeUndefined();
    // A slip of spelling is forgiven; a changed figure is not, however long the quotation.
    expect(at('Breakthroughs in physical AI are unlocking 3 new applications')).toBeNull();
    expect(at('robotics is here. Breakthroughs in physical AI are unlocking new')).toBe(1);
  });
});

describe('alignClaims holds quoted words to the source’s words', () => {
  const source = articleOf(
    [
      FILLER,
      'NVIDIA today announced Cosmos 3, an open world model for robots and autonomous vehicles.',
      '“The ChatGPT moment for robotics is here,” said Jensen Huang, founder and CEO of NVIDIA.',
      'Developers can download Cosmos 3 from Hugging Face and run it on Jetson Thor modules.',
      'Physical AI models learn how the world moves from video and simulation.',
    ],
    { url: 'https://nvidia.example/news/cosmos-3', title: 'Cosmos 3' },
  );
  const judged = (text: string) => {
    const page = articleOf([FILLER, text], { title: 'Retold' });
    const i = page.sentences.findIndex((s) => s.text === text);
    return alignClaims(page, source).matches[i]!;
  };
  it('calls words the source never says unsupported, however many of its terms they share', () => {
    const text =
      '“Physical AI will be the next giant wave of AI,” Huang told the crowd about Cosmos 3.';
    const m = judged(text);
    expect(m.status).toBe('unsupported');
    expect(m.match?.unquoted).toBe('Physical AI will be the next giant wave of AI,');
    // And says so to the reader.
    const claim = { ...assessSentence(text), status: m.status, start: 0, end: 0, text };
    expect(english(claimDifference(claim as never, m.match!)!)).toBe(
      'The source never says the quoted words “Physical AI will be the next giant wave of AI”.',
    );
    // A long quotation is cut at a word.
    const long = { ...m.match!, unquoted: `${'one two three four '.repeat(4)}five.` };
    expect(english(claimDifference(claim as never, long)!)).toBe(
      'The source never says the quoted words “one two three four one two three four one two three four…”.',
    );
  });
  it('takes the quoted sentence as the passage, even when other sentences share more terms', () => {
    const m = judged(
      'NVIDIA announced Cosmos 3, an open world model for robots and autonomous vehicles, saying “the ChatGPT moment for robotics is here.”',
    );
    expect(m.status).toBe('supported');
    expect(m.match?.text).toContain('The ChatGPT moment for robotics is here');
  });
  it('judges a misquote of what the source says by its meaning, not as words never said', () => {
    const m = judged('Huang declared that “the ChatGPT moment in robotics has arrived.”');
    expect(m.match?.unquoted).toBeUndefined();
    expect(m.status).not.toBe('unsupported');
  });
});
