import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import type { Article } from '../../lib/extract/article';
import { extractArticle } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { sourceAuthor } from '../../lib/source/attribution';
import { loadCases } from '../../scripts/lib/fixture-internet.mjs';
import { articleFromText, readBody } from '../../scripts/lib/realpairs';
import { articleOf, FILLER } from './support/article';
import { english } from '../../lib/words/english';
import { said } from './support/said';

// Attribution and incentive against the REAL primary texts of ../shared/realpairs (read in place,
// never copied here): the seed pages, and short restatements written here, credit their authors
// or others. UNSPUN_SHARED names the shared folder when the checkout is not beside it.
const dir = path.join(
  process.env['UNSPUN_SHARED'] ?? path.resolve(__dirname, '../../../shared'),
  'realpairs',
);
const present = existsSync(dir);
const real = (file: string, byline?: string): Article => {
  const { body, header } = readBody(path.join(dir, file));
  return articleFromText(body, {
    url: header['url']!,
    title: header['title']!,
    ...(byline ? { byline } : {}),
  });
};

describe.skipIf(!present)(
  `the real primary sources${present ? '' : ` (skipped: ${dir} is absent)`}`,
  () => {
    const specialization = present
      ? real('primary-hf-specialization.txt', 'Erick Lachmann, Gabriel Pimenta de Freitas Cardoso')
      : null!;
    const inevitable = present ? real('primary-hf-why-specialization-is-inevitable.txt') : null!;
    // The press release's byline element holds only its date.
    const pressRelease = present ? real('nvidia-cosmos3-press-release.txt', 'June 1, 2026') : null!;
    const sycophancy = present ? real('openai-expanding-on-sycophancy.txt') : null!;

    it('reads who wrote each: Dharma AI on the Hugging Face blog, NVIDIA despite a byline that is a date, OpenAI on its own site', () => {
      expect(sourceAuthor(specialization)?.name).toBe('Dharma AI');
      expect(sourceAuthor(inevitable)?.name).toBe('Dharma AI');
      expect(pressRelease.byline).toBe('June 1, 2026');
      const nvidia = sourceAuthor(pressRelease)!;
      expect(nvidia.name).toBe('NVIDIA');
      expect(nvidia.messages.evidence.map(english).join(' ')).not.toMatch(/2026/);
      expect(sourceAuthor(sycophancy)?.name).toBe('OpenAI');
    });

    describe.each(loadCases().filter((c) => c.kind === 'restatement'))(
      'seed $id against its real source',
      (seed) => {
        const benchmarked = seed.source!.endsWith('/specialization-beats-scale');
        const page = () =>
          extractArticle(
            parseHtmlDocument(
              readFileSync(path.resolve(__dirname, '../../seeds', seed.fixture), 'utf8'),
              seed.url,
            ),
            { url: seed.url },
          );
        const report = present
          ? analyze(page(), { source: benchmarked ? specialization : inevitable })
          : null!;

        it('credits the source to Dharma AI, not Hugging Face', () => {
          expect(
            said(report.flags.find((f) => f.id === 'attribution-mismatch')?.messages.title),
          ).toBe('Credits Hugging Face; the source was written by Dharma AI');
        });

        it('judges no newsletter or page furniture against the source (issue 19: "You can unsubscribe at any time." was "supported")', () => {
          const judged = report.claims
            .filter((c) => c.status !== 'unchecked' && c.status !== 'editorial')
            .map((c) => c.text);
          for (const furniture of [
            /unsubscribe/i,
            /by subscribing/i,
            /stay ahead of/i,
            /links to a primary source/i,
          ])
            expect(judged.filter((t) => furniture.test(t))).toEqual([]);
        });

        it(`pins the incentive on Dharma AI${benchmarked ? ', naming its self-run benchmark' : ', with no benchmark the source does not have'}`, () => {
          const note = report.incentives.find((i) => i.role === 'author');
          expect(note?.org).toBe('Dharma AI');
          if (benchmarked)
            expect(said(note?.messages.note)).toMatch(
              /self-run benchmark, by Dharma AI of its own product: “[^”]*benchmark/,
            );
          else expect(said(note?.messages.note)).not.toContain('self-run');
        });
      },
    );

    // Restatements written here, one or two sentences each, crediting the right organisation by one
    // of its names, or only another.
    const flagged = (sentences: string[], source: Article) =>
      said(
        analyze(articleOf([FILLER, ...sentences]), { source }).flags.find(
          (f) => f.id === 'attribution-mismatch',
        )?.messages.title,
      ) ?? null;

    it.each([
      [
        'Dharma argues that a small specialized model can beat frontier APIs on Portuguese OCR.',
        'specialization',
      ],
      [
        'In a post on the Hugging Face blog, Dharma AI reports that its 3B model scored 0.911.',
        'specialization',
      ],
      [
        'Dharma AI’s post on the Hugging Face blog says specialized models win in one domain.',
        'specialization',
      ],
      [
        'The essay was published by Dharma on Hugging Face and rests on one OCR benchmark.',
        'specialization',
      ],
      ['According to Dharma-AI, specialization is where AI is heading.', 'inevitable'],
      [
        'Dharma AI writes that specialization follows from the No Free Lunch theorem.',
        'inevitable',
      ],
      ['NVIDIA launched Cosmos 3, an open model for physical AI.', 'pressRelease'],
      ['Nvidia says Cosmos 3 helps robots reason before they act.', 'pressRelease'],
      [
        'Cosmos 3 is open, NVIDIA said, and comes in Super and Nano versions; Runway said it would build on it.',
        'pressRelease',
      ],
      ['OpenAI says an extra reward signal weakened its primary one.', 'sycophancy'],
      ['According to OpenAI, the rollback began on a Monday.', 'sycophancy'],
    ])('does not flag “%s”, which credits the author', (sentence, key) => {
      const source = { specialization, inevitable, pressRelease, sycophancy }[
        key as 'specialization'
      ]!;
      expect(flagged([sentence], source)).toBeNull();
    });

    it.each([
      [
        'Hugging Face argues that a small specialized model can beat frontier APIs.',
        'specialization',
        'Hugging Face',
        'Dharma AI',
      ],
      [
        'According to Hugging Face, specialization is inevitable.',
        'inevitable',
        'Hugging Face',
        'Dharma AI',
      ],
      [
        'Google announced Cosmos 3, an open model for physical AI.',
        'pressRelease',
        'Google',
        'NVIDIA',
      ],
      [
        'Anthropic says an extra reward signal weakened its primary one.',
        'sycophancy',
        'Anthropic',
        'OpenAI',
      ],
    ])('flags “%s”, which credits only another organisation', (sentence, key, credited, author) => {
      const source = { specialization, inevitable, pressRelease, sycophancy }[
        key as 'specialization'
      ]!;
      expect(flagged([sentence], source)).toBe(
        `Credits ${credited}; the source was written by ${author}`,
      );
    });
  },
);
