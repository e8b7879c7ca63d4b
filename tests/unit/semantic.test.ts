import fc from 'fast-check';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import {
  COSINE_FLOOR,
  semanticMatch,
  semanticSimilarity,
  semanticWords,
} from '../../lib/analysis/align/semantic';
import { rowCosine, vectorRows, wordRow, wordVector } from '../../lib/analysis/align/word-vectors';
import synonyms from '../../lib/knowledge/lexicons/synonyms.json';
import file from '../../lib/knowledge/word-vectors.json';
import { decodeUnitVector, encodeRows, rowAt } from '../../lib/analysis/align/vector-code';
import { lookupOrder } from '../../scripts/build-word-vectors';

const words = (text: string) => text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
const similarity = (a: string, b: string) => semanticSimilarity(words(a), words(b));

describe('word vectors', () => {
  it('finds a word by any form and case, and knows nothing of rare words', () => {
    expect(wordVector('Beating')).not.toBeNull();
    expect(wordRow('beats')).toBe(wordRow('beat'));
    expect(wordVector('qwxzzy')).toBeNull();
    expect(wordVector('beat')!.length).toBe(50);
  });

  it('finds every word and stem as maps of the file’s words and stems would, and nothing else', () => {
    // The file's own meaning of its rows: a word's row, else the row of the stem it stands for.
    const rows = file.words.split(' ');
    const stems = file.stems.split(' ');
    const ofWord = new Map(rows.map((w, i) => [w, i]));
    const ofStem = new Map<string, number>();
    stems.forEach((s, i) => s !== '-' && ofStem.set(s === '=' ? rows[i]! : s, i));
    const expected = (word: string, stem: string) => ofWord.get(word) ?? ofStem.get(stem) ?? -1;
    for (const [i, word] of rows.entries()) expect(wordRow(word, '')).toBe(i);
    for (const [stem, row] of ofStem) expect(wordRow('qqq', stem)).toBe(row);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...rows.slice(0, 3000)), fc.stringMatching(/^[a-zé]{1,9}$/)),
        fc.oneof(
          fc.constantFrom(...[...ofStem.keys()].slice(0, 3000)),
          fc.stringMatching(/^[a-z]{0,7}$/),
        ),
        (word, stem) => wordRow(word, stem) === expected(word, stem),
      ),
      { numRuns: 3000 },
    );
  });

  it('ships the look-up orders its script makes from the words and stems, rows in three characters', () => {
    const rows = (code: string) =>
      Array.from({ length: code.length / 3 }, (_, k) => rowAt(code, k));
    const order = lookupOrder(file.words.split(' '), file.stems.split(' '));
    expect(rows(file.wordOrder)).toEqual(order.words);
    expect(rows(file.stemOrder)).toEqual(order.stems);
    expect(rows(encodeRows([0, 1, 63, 64, 4095, 4096, 262143]))).toEqual([
      0, 1, 63, 64, 4095, 4096, 262143,
    ]);
    expect(() => encodeRows([262144])).toThrow();
  });

  it('gives every row’s cosine as the dot product of the file’s unit vectors, whichever block holds it', () => {
    const dims = file.dims;
    const all = new Float32Array(file.vectors.length);
    const rowCount = all.length / dims;
    for (let row = 0; row < rowCount; row++) decodeUnitVector(file.vectors, row, dims, all);
    const dot = (a: number, b: number) => {
      let sum = 0;
      for (let k = 0; k < dims; k++) sum += all[a * dims + k]! * all[b * dims + k]!;
      return sum;
    };
    // Rows at the edges of blocks, the last row, and random pairs.
    const edges = [0, 1, 255, 256, 257, 511, 512, rowCount - 1];
    for (const a of edges) for (const b of edges) expect(rowCosine(a, b)).toBeCloseTo(dot(a, b), 6);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: rowCount - 1 }),
        fc.integer({ min: 0, max: rowCount - 1 }),
        (a, b) => Math.abs(rowCosine(a, b) - dot(a, b)) < 1e-6,
      ),
      { numRuns: 2000 },
    );
    expect(vectorRows()).toBe(rowCount);
  });

  it('gives a word’s unit vector on its first use, before any cosine has decoded its row', () => {
    const vector = wordVector('zebra')!;
    expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
  });

  it('puts near-synonyms close and unrelated words apart', () => {
    const cos = (a: string, b: string) => rowCosine(wordRow(a), wordRow(b));
    expect(cos('cheaper', 'inexpensive')).toBeGreaterThan(0.6);
    expect(cos('company', 'firm')).toBeGreaterThan(0.6);
    expect(cos('cookie', 'model')).toBeLessThan(COSINE_FLOOR);
  });

  it('keeps a form whose meaning differs from its stem apart ("consistently" is not "consists")', () => {
    expect(wordRow('consistently')).not.toBe(wordRow('consists'));
  });

  it('sets the cosine floor above what 95% of random pairs of frequent words reach', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rows = Math.min(10000, vectorRows());
    const cosines = Array.from({ length: 20000 }, () =>
      rowCosine(Math.floor(next() * rows), Math.floor(next() * rows)),
    ).sort((a, b) => a - b);
    expect(cosines[Math.floor(0.95 * cosines.length)]!).toBeLessThan(COSINE_FLOOR);
  });
});

describe('synonyms.json', () => {
  it('puts each stem in one group only', () => {
    const seen = new Map<string, number>();
    synonyms.groups.forEach((group, i) =>
      group.forEach((w) => {
        const s = stemmer(w);
        expect(seen.get(s) ?? i, `${w} is in two groups`).toBe(i);
        seen.set(s, i);
      }),
    );
  });
});

describe('semanticSimilarity', () => {
  it('sees a retelling in other words', () => {
    expect(
      similarity(
        'The 3B model beat every commercial API',
        'a 3-billion-parameter model outperformed every commercial frontier API tested',
      ),
    ).toBeGreaterThan(0.6);
    expect(
      similarity('The company cut prices by half.', 'The firm reduced its costs sharply.'),
    ).toBeGreaterThan(0.5);
    expect(
      similarity(
        'The startup launched a cheaper coding assistant.',
        'We are releasing an inexpensive assistant for programmers.',
      ),
    ).toBeGreaterThan(0.4);
  });

  it('refuses sentences that share only common words', () => {
    expect(
      similarity(
        'You can unsubscribe at any time.',
        'At any time, the model can produce incorrect answers.',
      ),
    ).toBeLessThan(0.15);
    expect(
      similarity(
        'Sign up for our newsletter to get the latest AI news.',
        'Specialized models consistently outperform large general models.',
      ),
    ).toBeLessThan(0.1);
    expect(
      similarity('The new AI model is out today.', 'Today we use a new AI model for translation.'),
    ).toBeLessThan(0.3);
  });

  it('ranks the passage a claim restates above one that shares its topic word', () => {
    const claim = 'Small specialized models beat frontier systems on document extraction.';
    const restated =
      'On our extraction benchmark, a compact specialized model outperformed the leading frontier APIs.';
    const sameTopic = 'Frontier models keep getting larger every year.';
    expect(similarity(claim, restated)).toBeGreaterThan(similarity(claim, sameTopic) + 0.2);
  });

  it('counts equal stems fully and is symmetric', () => {
    expect(
      similarity('Models outperformed baselines', 'the model outperforms the baseline'),
    ).toBeCloseTo(1, 5);
    const a = 'The firm reduced its costs sharply.';
    const b = 'The company cut prices by half.';
    expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 10);
  });

  it('uses the caller’s weights: a word of weight 0 is not there', () => {
    const idf = (stem: string) => (stem === 'benchmark' ? 0 : 1);
    const a = semanticWords(words('the benchmark results'), idf);
    expect(a.stems).toEqual(['result']);
    expect(semanticMatch(a, semanticWords(words('benchmark'), idf)).f1).toBe(0);
  });

  it('leaves out numbers and negation: other checks judge those', () => {
    expect(semanticWords(words('It did not cut 40% of costs')).stems).toEqual(['cut', 'cost']);
  });

  it('is 0 when a side has no content word', () => {
    expect(similarity('', 'The firm reduced its costs.')).toBe(0);
    expect(similarity('It is what it is.', 'The firm reduced its costs.')).toBe(0);
  });
});
