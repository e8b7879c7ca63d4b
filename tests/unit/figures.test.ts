import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedFigure, figuresOf, sameFigure } from '../../lib/analysis/align/figures';

const one = (text: string) => figuresOf(text)[0]!;

describe('figuresOf', () => {
  it('reads shares, multiples and sums of money with their unit and value', () => {
    const read = (text: string) => figuresOf(text).map((f) => [f.text, f.value, f.unit]);
    expect(read('It cut latency by 30% and costs by 2.5x.')).toEqual([['30%', 30, '%'], ['2.5x', 2.5, 'x']]);
    expect(read('29.6 percent of users, a 3-fold gain, 10 times faster, 1,200% more')).toEqual([
      ['29.6 percent', 29.6, '%'],
      ['3-fold', 3, 'x'],
      ['10 times', 10, 'x'],
      ['1,200%', 1200, '%'],
    ]);
    expect(read('The lab raised $40 million; its rival €2.5bn.')).toEqual([['$40 million', 40e6, '$'], ['€2.5bn', 2.5e9, '€']]);
    // A decimal comma is a decimal point; a thousands comma groups three digits.
    expect(read('Die Fehlerrate sank um 29,6 % und um 1,200%.')).toEqual([['29,6 %', 29.6, '%'], ['1,200%', 1200, '%']]);
    // The upper end of a range is a figure the source gives.
    expect(read('a 20-30% cut')).toEqual([['30%', 30, '%']]);
  });

  it('leaves out counts, years and the numbers in model names', () => {
    expect(figuresOf('GPT-4, Llama 3.1 and 7 other models were tested in 2025 on 12 tasks.')).toEqual([]);
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
    // Another unit is another figure: 30% is not 30x, nor $30.
    expect(sameFigure(one('30%'), one('30x'))).toBe(false);
    expect(sameFigure(one('$30 million'), one('€30 million'))).toBe(false);
  });

  it('knows a share or multiple worked out from two of the source’s figures', () => {
    const fromTo = figuresOf('The error rate fell from 10% to 5%, and spend rose from $10 million to $30 million.');
    for (const retold of ['a 50% drop', 'down 5%', '2x fewer errors', 'a 100% rise', 'spend tripled (3x)', 'up 200%', 'spend up 67%']) {
      expect([retold, derivedFigure(one(retold), fromTo)]).toEqual([retold, true]);
    }
    for (const retold of ['a 45% drop', '4x fewer errors', 'up 150%']) expect([retold, derivedFigure(one(retold), fromTo)]).toEqual([retold, false]);
    // One figure gives nothing to work out.
    expect(derivedFigure(one('a 50% drop'), figuresOf('The error rate fell to 5%.'))).toBe(false);
  });

  it('reads back any share it is given, to the precision written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const written = `${(n / 10 ** decimals).toFixed(decimals)}%`;
        const f = one(`a gain of ${written} on the set`);
        expect(f.text).toBe(written);
        expect(sameFigure(f, f)).toBe(true);
        expect(sameFigure(one(`${(n / 10 ** decimals + 1).toFixed(decimals)}%`), f)).toBe(false);
      }),
    );
  });
});
