import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparable,
  derivedFigure,
  figuresOf,
  sameChange,
  sameFigure,
} from '../../lib/analysis/align/figures';

const one = (text: string) => figuresOf(text)[0]!;

describe('figuresOf', () => {
  it('reads shares, multiples and sums of money with their unit and value', () => {
    const read = (text: string) => figuresOf(text).map((f) => [f.text, f.value, f.unit]);
    expect(read('It cut latency by 30% and costs by 2.5x.')).toEqual([
      ['30%', 30, '%'],
      ['2.5x', 2.5, 'x'],
    ]);
    expect(read('29.6 percent of users, a 3-fold gain, 10 times faster, 1,200% more')).toEqual([
      ['29.6 percent', 29.6, '%'],
      ['3-fold', 3, 'x'],
      ['10 times', 10, 'x'],
      ['1,200%', 1200, '%'],
    ]);
    expect(read('The lab raised $40 million; its rival €2.5bn.')).toEqual([
      ['$40 million', 40e6, '$'],
      ['€2.5bn', 2.5e9, '€'],
    ]);
    // A decimal comma is a decimal point; a thousands comma groups three digits.
    expect(read('Die Fehlerrate sank um 29,6 % und um 1,200%.')).toEqual([
      ['29,6 %', 29.6, '%'],
      ['1,200%', 1200, '%'],
    ]);
    // A count in digits alone before a word, not a year; a currency's code or name makes money.
    expect(read('a window of 128,000 tokens on 1200 GPUs in 2025 models')).toEqual([
      ['128,000', 128000, 'count'],
      ['1200', 1200, 'count'],
    ]);
    expect(read('2.5M USD, USD 4 million, 3 billion euros')).toEqual([
      ['2.5M', 2.5e6, '$'],
      ['4 million', 4e6, '$'],
      ['3 billion', 3e9, '€'],
    ]);
    // The upper end of a range is a figure the source gives.
    expect(read('a 20-30% cut')).toEqual([['30%', 30, '%']]);
    // A difference of shares is its own unit: "8 percentage points" is not "8%".
    expect(
      read(
        'a gap of 8 percentage points, a 7.8-percentage-point lead, up 5pp, eight percentage points',
      ),
    ).toEqual([
      ['8 percentage points', 8, 'pp'],
      ['7.8-percentage-point', 7.8, 'pp'],
      ['5pp', 5, 'pp'],
      ['eight percentage points', 8, 'pp'],
    ]);
  });

  it('leaves out counts, years and the numbers in model names', () => {
    expect(
      figuresOf('GPT-4, Llama 3.1 and 7 other models were tested in 2025 on 12 tasks.'),
    ).toEqual([]);
    expect(figuresOf('The v2.5x release of H100x drivers')).toEqual([]);
  });
});

describe('sameFigure', () => {
  it('takes a retold figure as the source’s when it rounds it, not when it adds precision', () => {
    expect(sameFigure(one('30%'), one('29.6%'))).toBe(true);
    expect(sameFigure(one('29.6%'), one('30%'))).toBe(false);
    expect(sameFigure(one('$40 million'), one('$40.4 million'))).toBe(true);
    expect(sameFigure(one('$40.5M'), one('$40.5 million'))).toBe(true);
    expect(sameFigure(one('3x'), one('3 times'))).toBe(true);
    expect(sameFigure(one('50%'), one('20%'))).toBe(false);
    expect(sameFigure(one('about 8 percentage points'), one('7.8 percentage points'))).toBe(true);
    expect(sameFigure(one('18 percentage points'), one('7.8 percentage points'))).toBe(false);
    // Another unit is another figure: 30% is not 30x, nor $30, nor 30 percentage points.
    expect(sameFigure(one('30%'), one('30 percentage points'))).toBe(false);
    expect(sameFigure(one('30%'), one('30x'))).toBe(false);
    expect(sameFigure(one('$30 million'), one('€30 million'))).toBe(false);
  });

  it('knows a share or multiple worked out from two of the source’s figures', () => {
    const fromTo = figuresOf(
      'The error rate fell from 10% to 5%, and spend rose from $10 million to $30 million.',
    );
    for (const retold of [
      'a 50% drop',
      'down 5%',
      '2x fewer errors',
      'a 100% rise',
      'spend tripled (3x)',
      'up 200%',
      'spend up 67%',
    ]) {
      expect([retold, derivedFigure(one(retold), fromTo)]).toEqual([retold, true]);
    }
    // Points are the difference of two shares, never of two sums.
    expect(derivedFigure(one('down 5 percentage points'), fromTo)).toBe(true);
    expect(derivedFigure(one('up 20 percentage points'), fromTo)).toBe(false);
    expect(
      derivedFigure(one('up 20 percentage points'), figuresOf('Speed rose from 10x to 30x.')),
    ).toBe(false);
    for (const retold of ['a 45% drop', '4x fewer errors', 'up 150%'])
      expect([retold, derivedFigure(one(retold), fromTo)]).toEqual([retold, false]);
    // One figure gives nothing to work out.
    expect(derivedFigure(one('a 50% drop'), figuresOf('The error rate fell to 5%.'))).toBe(false);
  });

  it('reads back any share it is given, to the precision written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, decimals) => {
          const written = `${(n / 10 ** decimals).toFixed(decimals)}%`;
          const f = one(`a gain of ${written} on the set`);
          expect(f.text).toBe(written);
          expect(sameFigure(f, f)).toBe(true);
          expect(sameFigure(one(`${(n / 10 ** decimals + 1).toFixed(decimals)}%`), f)).toBe(false);
        },
      ),
    );
  });
});

describe('figures as quantities', () => {
  const read = (text: string) =>
    figuresOf(text).map((f) => [f.text, f.unit, f.value, ...(f.measures ? [f.measures] : [])]);

  it('reads counts with a magnitude, and what they count when a noun says', () => {
    expect(read('The lab trained a 13B model and a 1.3 billion parameter one.')).toEqual([
      ['13B', 'count', 13e9, 'parameters'],
      ['1.3 billion', 'count', 1.3e9, 'parameters'],
    ]);
    expect(
      read(
        'A 30-billion-parameter model with 7B active parameters saw twenty trillion tokens and 4 million pages.',
      ),
    ).toEqual([
      ['30-billion', 'count', 30e9, 'parameters'],
      ['7B', 'count', 7e9, 'parameters'],
      ['twenty trillion', 'count', 20e12, 'tokens'],
      ['4 million', 'count', 4e6, 'pages'],
    ]);
    // A verb after the count says nothing of what it counts.
    expect(read('The 3B finished first.')).toEqual([['3B', 'count', 3e9]]);
    // A magnitude's letter in lower case too, not inside a model's name.
    expect(read('a 128k context, a 7b model and Llama-7b weights')).toEqual([
      ['128k', 'count', 128e3],
      ['7b', 'count', 7e9, 'parameters'],
    ]);
    // Thousands in digits or in words, not "thousands of".
    expect(read('3 thousand users, three thousand pages and thousands of tokens')).toEqual([
      ['3 thousand', 'count', 3000, 'users'],
      ['three thousand', 'count', 3000, 'pages'],
    ]);
  });

  it('reads a count of accelerators however small, and nothing that only stands near one', () => {
    expect(read('It runs on a single 80GB GPU; the larger one needs eight GPUs.')).toEqual([
      ['a single 80GB GPU', 'count', 1, 'gpus'],
      ['eight GPUs', 'count', 8, 'gpus'],
    ]);
    expect(read('Twelve NVIDIA H100s, 8 TPUs and one H200.')).toEqual([
      ['Twelve NVIDIA H100s', 'count', 12, 'gpus'],
      ['8 TPUs', 'count', 8, 'tpus'],
      ['one H200', 'count', 1, 'gpus'],
    ]);
    // A GPU's own name after a count of thousands says what is counted.
    expect(read('It was trained on 2,048 H800 GPUs.')).toEqual([['2,048', 'count', 2048, 'gpus']]);
    // Words between that count nothing: "one of the GPUs", "$2 per GPU hour", "7 models on GPUs".
    expect(read('One of the GPUs failed, at $2 per GPU hour, and 7 models ran on GPUs.')).toEqual([
      ['$2', '$', 2],
    ]);
  });

  it('reads ratios written as fractions, multiples and number words', () => {
    expect(
      read(
        'At 1/50th the cost, or 52× lower, or fifty-two times lower, or Fifty Times Lower, a threefold gain.',
      ),
    ).toEqual([
      ['1/50th', 'x', 50],
      ['52×', 'x', 52],
      ['fifty-two times', 'x', 52],
      ['Fifty Times', 'x', 50],
      ['threefold', 'x', 3],
    ]);
    // Number words alone are no figure: "two pairs", "one domain".
    expect(figuresOf('Two pairs, one domain and three questions.')).toEqual([]);
  });

  it('reads a multiple in a word, exact as the word is, and not an idiom', () => {
    expect(
      read('It doubled accuracy, tripled throughput, halved costs and is twice as fast.'),
    ).toEqual([
      ['doubled', 'x', 2],
      ['tripled', 'x', 3],
      ['halved', 'x', 2],
      ['twice', 'x', 2],
    ]);
    expect(one('Revenue doubled.').step).toBe(0.1);
    // "doubled" is 2.0: a 71% gain is not it, a 100% gain is.
    expect(sameFigure(one('Accuracy doubled.'), one('Accuracy rose 71%.'))).toBe(false);
    expect(sameFigure(one('Accuracy doubled.'), one('Accuracy rose 100%.'))).toBe(true);
    expect(
      figuresOf(
        'The lab doubled down on open weights, posted double-digit gains and ran twice a day.',
      ),
    ).toEqual([]);
  });

  it('reads scores, durations and dates', () => {
    expect(
      read('The small model scored 71.2 on the exam; the others reached 0.833 and 0.20% failed.'),
    ).toEqual([
      ['71.2', 'score', 71.2],
      ['0.833', 'score', 0.833],
      ['0.20%', '%', 0.2],
    ]);
    expect(read('The fix took around 24 hours, not 3 days.')).toEqual([
      ['24 hours', 'duration', 86_400],
      ['3 days', 'duration', 259_200],
    ]);
    expect(read('It answers in 500 ms, 40ms at best, and half an hour at worst.')).toEqual([
      ['500 ms', 'duration', 0.5],
      ['40ms', 'duration', 0.04],
      ['half an hour', 'duration', 1800],
    ]);
    // In words too; "always" and "says" end as "days" does, and are no duration.
    expect(read('We spent the next two days, and then twenty years, as it always says.')).toEqual([
      ['two days', 'duration', 172_800],
      ['twenty years', 'duration', 631_152_000],
    ]);
    expect(sameFigure(one('Within 48 hours'), one('over the next two days'))).toBe(true);
    expect(sameFigure(one('Within 24 hours'), one('over the next two days'))).toBe(false);
    expect(
      read('It shipped on 29 April, then on Monday, April 28, then on May 2nd, 2025.'),
    ).toEqual([
      ['29 April', 'date', 429],
      ['Monday, April 28', 'date', 428],
      ['May 2nd, 2025', 'date', 502],
    ]);
    // A version's point or a model's size inside a name is no score, no count.
    expect(figuresOf('Llama 3.1 and Qwen2.5-VL-3B beat GPT-4 and OCR2 in 2025.')).toEqual([]);
  });

  it('dates a weekday from the last date the text gave', () => {
    const text =
      'The rollout began on Wednesday, March 5th and ended on Thursday, March 6th. By Saturday we knew; on Tuesday we rolled it back.';
    expect(read(text).slice(2)).toEqual([
      ['Saturday', 'date', 308],
      ['Tuesday', 'date', 311],
    ]);
    // A year gives the weekday too: 1 March 2024 was a Friday, so "Monday" is 4 March.
    expect(read('On 1 March 2024 the beta closed; on Monday the release followed.')[1]).toEqual([
      'Monday',
      'date',
      304,
    ]);
    // With no date before it, a weekday is no date.
    expect(figuresOf('On Monday we rolled it back.')).toEqual([]);
  });

  it('marks figures written as rounded', () => {
    expect(
      figuresOf('roughly 50x, about 3 billion tokens, ~40%, 1/50th, 52x').map(
        (f) => f.approximate ?? false,
      ),
    ).toEqual([true, true, true, true, false]);
  });
});

describe('sameChange', () => {
  it('takes a multiple for a share of change, as a rise or a fall, and the other way', () => {
    const same = (retold: string, source: string) => sameChange(one(retold), one(source));
    expect(same('2.5x', '150%')).toBe(true);
    expect(same('3x', '67%')).toBe(true);
    expect(same('3x', '50%')).toBe(false);
    expect(same('50%', '2x')).toBe(true);
    expect(same('100%', '2x')).toBe(true);
    expect(same('80%', '3x')).toBe(false);
    // Only a multiple against a share: two shares or two multiples are sameFigure's.
    expect(same('50%', '50%')).toBe(false);
    // sameFigure asks it where the units differ.
    expect(sameFigure(one('2.5x'), one('150%'))).toBe(true);
    expect(sameFigure(one('3.5x'), one('150%'))).toBe(false);
  });
});

describe('sameFigure across kinds', () => {
  it('catches a count off by a factor of ten, and compares counts only of one thing', () => {
    expect(sameFigure(one('1.3 billion parameters'), one('a 13B model'))).toBe(false);
    expect(
      sameFigure(one('a 30-billion-parameter model'), one('a 3-billion-parameter model')),
    ).toBe(false);
    expect(sameFigure(one('a 3-billion-parameter model'), one('the 3B'))).toBe(true);
    expect(sameFigure(one('3 billion params'), one('3B parameters'))).toBe(true);
    // Tokens are not parameters.
    expect(comparable(one('3 billion tokens'), one('3B parameters'))).toBe(false);
    expect(comparable(one('3 billion'), one('3B parameters'))).toBe(true);
  });

  it('takes a rounded ratio for the source’s, within a tenth, in either direction of writing', () => {
    const source = one('fifty-two times lower cost');
    for (const retold of ['roughly 50x', '1/50th the cost', 'about fifty times', '52x'])
      expect([retold, sameFigure(one(retold), source)]).toEqual([retold, true]);
    for (const retold of ['30x', '50x', 'roughly 30x', '1/30th the cost'])
      expect([retold, sameFigure(one(retold), source)]).toEqual([retold, false]);
    // A source that says it rounds ("approximately 52") is near enough to a plain "50x".
    expect(sameFigure(one('50x'), one('approximately 52 times'))).toBe(true);
  });

  it('compares dates as dates, and years only when both give one', () => {
    expect(sameFigure(one('on 29 April'), one('on Monday, April 28'))).toBe(false);
    expect(sameFigure(one('on 28 April 2025'), one('on April 28th'))).toBe(true);
    expect(sameFigure(one('on 28 April 2025'), one('on April 28th, 2024'))).toBe(false);
    // A date is not a share: 4/28 is not 428%.
    expect(comparable(one('on April 28'), one('428%'))).toBe(false);
  });

  it('works a share out of two scores', () => {
    expect(derivedFigure(one('a 16% gain'), figuresOf('It went from 0.793 to 0.921.'))).toBe(true);
    expect(derivedFigure(one('a 26% gain'), figuresOf('It went from 0.793 to 0.921.'))).toBe(false);
  });

  it('reads back any count it is given, with its magnitude', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(['B', 1e9], [' billion', 1e9], [' million', 1e6], ['T', 1e12]),
        fc.integer({ min: 0, max: 1 }),
        (n, [suffix, magnitude], decimals) => {
          const digits = (n / 10 ** decimals).toFixed(decimals);
          const f = one(`a ${digits}${suffix} parameter model`);
          expect([f.unit, f.text]).toEqual(['count', `${digits}${suffix}`]);
          expect(f.value).toBeCloseTo((n / 10 ** decimals) * (magnitude as number));
          expect(sameFigure(f, f)).toBe(true);
          // Ten times more is another figure.
          expect(
            sameFigure(one(`a ${(n * 10) / 10 ** decimals}${suffix} parameter model`), f),
          ).toBe(false);
        },
      ),
    );
  });

  it('reads back any day of any month, day first or month first', () => {
    const MONTHS = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), (m, d) => {
        const a = one(`It shipped on ${d} ${MONTHS[m]} to everyone.`);
        const b = one(`It shipped on ${MONTHS[m]} ${d}th to everyone.`);
        expect([a.unit, a.value]).toEqual(['date', (m + 1) * 100 + d]);
        expect(sameFigure(a, b)).toBe(true);
        expect(sameFigure(a, one(`on ${MONTHS[m]} ${(d % 28) + 1}`))).toBe(false);
      }),
    );
  });
});
