import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import type { Article } from '../../../lib/extract/article';
import { articleOf, FILLER } from '../support/article';
import { said } from '../support/said';

// Sources and pages written here; Dharma AI, Hugging Face, NVIDIA and OpenAI are real entries of
// lib/knowledge (orgs.json, platforms.json), Acme Labs is not.
const source = articleOf(
  [FILLER, 'Our small model matched a much larger one on invoices in our tests.'],
  {
    url: 'https://huggingface.co/blog/acme-labs/small-models-win',
    title: 'Small models win',
    head: '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Organization","name":"Acme Labs"},"publisher":{"@type":"Organization","name":"Hugging Face"}}</script>',
  },
);
const dharmaSource = articleOf(
  [
    FILLER,
    'Our specialized model read invoices with fewer errors than a frontier API in our tests.',
  ],
  {
    url: 'https://huggingface.co/blog/Dharma-AI/small-models-read-invoices',
    title: 'Small models read invoices',
  },
);
const nvidiaSource = articleOf(
  [
    '<p class="byline">June 1, 2026</p>',
    FILLER,
    'Today we released a robotics model for warehouses.',
  ],
  {
    url: 'https://nvidianews.nvidia.com/news/a-robotics-model',
    title: 'A robotics model',
  },
);
const openaiSource = articleOf([FILLER, 'We rolled back last week’s update to the chat model.'], {
  url: 'https://openai.com/index/rolling-back/',
  title: 'Rolling back',
});

const flagOf = (sentences: string[], src: Article) =>
  analyze(articleOf([FILLER, ...sentences]), { source: src }).flags.find(
    (x) => x.id === 'attribution-mismatch',
  );

describe('attribution-mismatch', () => {
  it('flags a page that credits the platform for an author’s post, with both names and the evidence', () => {
    const f = flagOf(['Hugging Face argues that small models win on invoices.'], source);
    expect(said(f?.messages.title)).toBe(
      'Credits Hugging Face; the source was written by Acme Labs',
    );
    expect(said(f?.messages.detail)).toContain('a post by acme-labs on Hugging Face blog');
    expect(f?.spans[0]?.text).toBe('Hugging Face argues that small models win on invoices.');
  });

  it('does not flag a page that credits the real author', () => {
    expect(flagOf(['Acme Labs argues that small models win on invoices.'], source)).toBeUndefined();
  });

  it('needs the source: without it there is no such flag', () => {
    const page = articleOf([FILLER, 'Hugging Face argues that small models win on invoices.']);
    expect(analyze(page).flags.map((x) => x.id)).not.toContain('attribution-mismatch');
  });

  it.each([
    'Dharma AI’s post on the Hugging Face blog says small models read invoices better.',
    'The essay, published by Dharma on Hugging Face, says small models read invoices better.',
    'Dharma-AI says small models read invoices better, in a post on the Hugging Face blog.',
    'Small models read invoices better, Dharma writes.',
    'Source: Hugging Face Blog. The team at Dharma says small models read invoices better.',
  ])('does not flag the platform named as the place beside the right author: “%s”', (sentence) => {
    expect(flagOf([sentence], dharmaSource)).toBeUndefined();
  });

  it.each([
    ['Hugging Face argues that small models read invoices better.'],
    ['According to Hugging Face, small models read invoices better.'],
    ['Hugging Face says small models read invoices better, in a post by Dharma AI.'],
  ])(
    'flags the platform credited as the author, even beside the right author: “%s”',
    (sentence) => {
      expect(said(flagOf([sentence], dharmaSource)?.messages.title)).toBe(
        'Credits Hugging Face; the source was written by Dharma AI',
      );
    },
  );

  it.each([
    ['Source: Hugging Face Blog'],
    [
      'In a recent post on the Hugging Face blog, the author argues that small models read invoices better.',
    ],
  ])('flags the platform named as the place when the author is named nowhere: “%s”', (sentence) => {
    expect(said(flagOf([sentence], dharmaSource)?.messages.title)).toBe(
      'Credits Hugging Face; the source was written by Dharma AI',
    );
  });

  it('reads a press release whose byline holds only its date as NVIDIA’s, and flags no page that credits NVIDIA by any spelling', () => {
    for (const sentence of [
      'NVIDIA announced a robotics model for warehouses.',
      'Nvidia said the model is meant for warehouses.',
      'According to Nvidia, the model is for warehouses.',
    ]) {
      expect(flagOf([sentence], nvidiaSource)).toBeUndefined();
    }
    expect(
      said(
        flagOf(['OpenAI announced a robotics model for warehouses.'], nvidiaSource)?.messages.title,
      ),
    ).toBe('Credits OpenAI; the source was written by NVIDIA');
  });

  it('lets a page that names the author quote others', () => {
    expect(
      flagOf(
        ['NVIDIA released a robotics model for warehouses.', 'Runway said it would build on it.'],
        nvidiaSource,
      ),
    ).toBeUndefined();
  });

  it('credits the author of a company’s own site by its name, not its address', () => {
    expect(flagOf(['OpenAI says it rolled back the update.'], openaiSource)).toBeUndefined();
    expect(
      said(
        flagOf(['According to Anthropic, the update was rolled back.'], openaiSource)?.messages
          .title,
      ),
    ).toBe('Credits Anthropic; the source was written by OpenAI');
  });

  it('takes a site named only as where something else appeared for no credit at all', () => {
    expect(flagOf(['The weights were posted on GitHub this week.'], openaiSource)).toBeUndefined();
  });
});

describe('what counts as a credit', () => {
  it('takes a credit of the author by another spelling of its account ("Moonshot AI" for "MoonshotAI") as naming it', () => {
    const readme = articleOf(
      [FILLER, 'Our open model has a trillion parameters and 32 billion active ones.'],
      {
        url: 'https://github.com/MoonshotAI/Kimi-Like',
        title: 'Kimi-Like',
      },
    );
    // Another lab's own news quoted beside it ("OpenAI announced a delay") is no misattribution.
    expect(
      flagOf(
        [
          'Moonshot AI released an open model with a trillion parameters.',
          'Shortly after, OpenAI announced a delay to its own open model.',
        ],
        readme,
      ),
    ).toBeUndefined();
    expect(
      said(
        flagOf(['OpenAI released an open model with a trillion parameters.'], readme)?.messages
          .title,
      ),
    ).toBe('Credits OpenAI; the source was written by MoonshotAI');
  });

  it('takes a known organisation before its work and a verb of crediting for an author, even without the possessive', () => {
    // "HuggingFace analysis reveals…": the platform credited as the author, though the page names Dharma later.
    expect(
      said(
        flagOf(
          [
            'HuggingFace analysis reveals that small models read invoices best.',
            'The post was written by the Dharma AI team.',
          ],
          dharmaSource,
        )?.messages.title,
      ),
    ).toBe('Credits Hugging Face; the source was written by Dharma AI');
    // An unknown capitalised phrase before "research shows" credits no one.
    expect(
      flagOf(
        ['Enterprise AI research shows that small models read invoices best, says Dharma AI.'],
        dharmaSource,
      ),
    ).toBeUndefined();
  });

  it('takes “The X paper” or “The X benchmark” for a paper or benchmark, not for who wrote the source', () => {
    expect(
      flagOf(['The FormScan benchmark shows small models reading invoices better.'], dharmaSource),
    ).toBeUndefined();
  });
});
