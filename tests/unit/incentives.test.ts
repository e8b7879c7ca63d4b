import { describe, expect, it } from 'vitest';
import { reportInEnglish } from '../../lib/report/in-english';
import { analyze } from '../../lib/analysis/analyze';
import { selfRunBenchmark } from '../../lib/analysis/incentives';
import { findOrgByName } from '../../lib/knowledge/registry';
import { articleOf, FILLER } from './support/article';
import { english } from '../../lib/words/english';
import { said } from './support/said';

// Sources and pages written here; the organisations are real entries of lib/knowledge/orgs.json.
const scaleSource = articleOf(
  [
    FILLER,
    'Frontier models keep getting better with scale, and our next frontier model will be larger still.',
  ],
  {
    url: 'https://openai.com/index/bigger-models/',
    title: 'Why bigger models',
  },
);

describe('vendor-incentive notes', () => {
  it('names the source’s author, what it sells and the claims that sell it, with citations', () => {
    const page = articleOf([
      FILLER,
      'OpenAI argues that frontier models will keep winning as they scale.',
      'Larger models, it says, beat smaller ones.',
    ]);
    const [note] = analyze(page, { source: scaleSource }).incentives;
    expect(note).toMatchObject({ org: 'OpenAI', role: 'author', topics: ['scale'] });
    expect(english(note!.messages.note)).toMatch(/^OpenAI sells /);
    expect(note!.citations.every((c) => c.url.startsWith('https://openai.com/'))).toBe(true);
    expect(note!.sentences.map((s) => s.text)).toContain(
      'OpenAI argues that frontier models will keep winning as they scale.',
    );
  });

  it('makes no note when the page argues nothing the author sells', () => {
    const page = articleOf([
      FILLER,
      'The company opened a new office in Dublin this week.',
      'It will hire two hundred people.',
    ]);
    expect(analyze(page, { source: scaleSource }).incentives).toEqual([]);
  });

  it('takes no sentence that denies a topic for one that argues for it', () => {
    const noted = (sentences: string[]) =>
      analyze(articleOf([FILLER, ...sentences]), { source: scaleSource }).incentives.flatMap((n) =>
        n.sentences.map((s) => s.text),
      );
    expect(
      noted([
        'The review says nothing of frontier models at all.',
        'Buyers should weigh fit rather than frontier models.',
        'The lab isn’t chasing frontier models this year.',
        'There is no mention of frontier models in the filing.',
        'The tool was not built for clinics according to the documentation about frontier models.',
        'The lab would not say, but frontier models lead its plans.',
        'The lab argues for not just frontier models but bigger data centres too.',
        'The plan isn’t only about frontier models.',
      ]),
    ).toEqual([
      'The tool was not built for clinics according to the documentation about frontier models.',
      'The lab would not say, but frontier models lead its plans.',
      'The lab argues for not just frontier models but bigger data centres too.',
      'The plan isn’t only about frontier models.',
    ]);
  });

  it('gives the incentive to the author on a blog platform, names the platform too, and says when the benchmark is self-run', () => {
    const source = articleOf(
      [
        FILLER,
        'In our tests, our specialized model DharmaOCR reached a 2.1% error rate against 3.4% for a frontier API.',
        'Fine-tuned small models are cheap to run.',
      ],
      { url: 'https://huggingface.co/blog/Dharma-AI/some-post', title: 'Small wins' },
    );
    const page = articleOf([
      FILLER,
      'Hugging Face argues that specialized models beat frontier models.',
      'Teams should consider fine-tuned models.',
    ]);
    const notes = analyze(page, { source }).incentives;
    const author = notes.find((n) => n.role === 'author');
    expect(author?.org).toBe('Dharma AI');
    expect(said(author?.messages.note)).toContain('self-run benchmark');
    expect(notes.find((n) => n.role === 'platform')?.org).toBe('Hugging Face');
  });

  it('notes sponsored or affiliate pages', () => {
    const page = articleOf([
      FILLER,
      'This post is sponsored by a cloud provider.',
      'The new chips are fast.',
    ]);
    expect(reportInEnglish(analyze(page)).incentives).toContainEqual(
      expect.objectContaining({
        role: 'page-publisher',
        note: expect.stringContaining('sponsored'),
      }),
    );
    // The note says who paid for the page; it is no claim the source must make.
    const compared = analyze(page, { source: scaleSource });
    expect(compared.claims.map((c) => c.text)).toContain('The new chips are fast.');
    expect(compared.claims.map((c) => c.text)).not.toContain(
      'This post is sponsored by a cloud provider.',
    );
    expect(compared.incentives.some((n) => n.role === 'page-publisher')).toBe(true);
  });

  it('adds the vendor-incentive component to the spin score only when there is a note', () => {
    const page = articleOf([
      FILLER,
      'OpenAI argues that frontier models will keep winning as they scale.',
    ]);
    const with_ = analyze(page, { source: scaleSource }).spin.components.find(
      (c) => c.id === 'vendor-incentive',
    )!;
    expect(with_.value).toBe(1);
    const without = analyze(articleOf([FILLER, 'A new office opened in Dublin.']), {
      source: scaleSource,
    }).spin.components.find((c) => c.id === 'vendor-incentive')!;
    expect(without.value).toBe(0);
  });
});

// A source by an organisation written here: Dharma AI is a real entry of lib/knowledge/orgs.json,
// the sentences, figures and benchmark names are invented.
describe('self-run benchmarks, as vendors’ own posts word them', () => {
  const dharma = findOrgByName('Dharma AI')!;
  /** The self-run benchmark Unspun quotes from a Dharma AI post of these sentences. */
  const selfRun = (...sentences: string[]) =>
    selfRunBenchmark(
      articleOf([FILLER, ...sentences], { url: 'https://huggingface.co/blog/Dharma-AI/a-post' }),
      dharma,
    );

  it.each([
    'Last month, we shipped DharmaOCR — two compact models tuned for reading scanned forms, released together with an evaluation set and a technical report.',
    'Results of the models evaluated on FormScan-Bench.',
    'In our evaluation, the compact model made 40% fewer reading errors than the largest API.',
    'Internal tests put the compact model at 0.88 against 0.79 for the frontier API.',
    'We benchmarked the compact model against four commercial APIs and it scored highest on every form type.',
    'On our internal benchmark, the compact model reached 0.88 at a tenth of the cost.',
    'Dharma published a benchmark in which its 2-billion-parameter model beat every API it tried.',
    // A named benchmark is an evaluation though no evaluation word is said.
    'Our compact model scored 0.88 on FormScan-Bench, the highest of any model.',
    // A README's way: the evaluation it ran, without a figure in the sentence.
    'We conducted a broad evaluation of DharmaOCR with an open evaluation toolkit.',
    'We performed a head-to-head evaluation of the compact model and three APIs.',
    'We carried out an evaluation of the compact model on scanned forms.',
  ])('names “%s”', (sentence) => {
    expect(selfRun(sentence)).toBe(sentence);
  });

  it.each([
    'Independent testers found that the compact model scored 0.88 on FormScan-Bench.',
    'According to a university lab, the compact model was tested on 2,000 forms with 0.88 accuracy.',
    'Larger models led the public benchmarks of 2025 (Kaplan et al., 2020).',
    'We evaluate every new version before it ships.',
    'Our evals won’t catch every problem, and we know it.',
    'We tested the update with Cosmos 3 and GPT-4o in the loop.',
    // Someone else's evaluation, conducted.
    'An outside lab conducted an independent evaluation of the compact model.',
    // Ours, with a figure, but credited to someone else.
    'According to an outside lab, our compact model scored 0.88 in its tests.',
    'An independent evaluation put our compact model at 0.88 on scanned forms.',
  ])('does not take “%s” for one', (sentence) => {
    expect(selfRun(sentence)).toBeNull();
  });

  it('quotes the sentence that reports a result with figures before one that only says a benchmark was made', () => {
    expect(
      selfRun(
        'Alongside the models, we released a benchmark for reading scanned forms.',
        'On that benchmark, our compact model scored 0.88, ahead of every frontier API we tested.',
      ),
    ).toBe(
      'On that benchmark, our compact model scored 0.88, ahead of every frontier API we tested.',
    );
  });

  it('quotes a result the author says it won before a figure it only reached', () => {
    expect(
      selfRun(
        'In our tests, the compact model reached 0.88 on scanned forms.',
        'In our evaluation, the compact model outperformed every frontier API on handwriting.',
      ),
    ).toBe('In our evaluation, the compact model outperformed every frontier API on handwriting.');
  });
});
