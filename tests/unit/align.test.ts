import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../lib/analysis/align/align';
import { measureReuse as measureWords } from '../../lib/analysis/align/reuse';
import { Vocabulary, wordsOf } from '../../lib/text/terms';
import { articleOf, FILLER } from './support/article';

// A source and a page written here: one claim paraphrased, one strengthened, one weakened, one
// invented, one editorial; and caveats the page drops.
const source = articleOf(
  [
    'In our tests, the compact model reached a character error rate of 2.1 percent on scanned invoices.',
    'Smaller specialized models may cost less to run than general models for narrow, high-volume work.',
    'General models always remain the better choice for open-ended tasks that span many domains.',
    'These results come from one domain and one benchmark, and they should be read that way.',
    'Each specialized model needs its own training data, evaluation and maintenance.',
  ],
  { url: 'https://lab.example/blog/compact-ocr', title: 'Compact OCR results' },
);
const page = articleOf(
  [
    FILLER,
    'The compact model reached a character error rate of 2.1 percent on scanned invoices, the lab says.',
    'Smaller specialized models always cost less to run than general models for narrow work.',
    'General models can be the better choice for open-ended tasks spanning many domains.',
    'The compact model will replace human data-entry clerks within a year.',
    'Bottom line: we think buyers should rethink their checklists.',
  ],
  { title: 'A compact model wins' },
);
/** Aligns one retold sentence against a source whose one passage is `passage`. */
const retellingOf = (passage: string) => {
  const src = articleOf([FILLER, passage], {
    url: 'https://lab.example/blog/notes',
    title: 'Lab notes',
  });
  return (text: string) => {
    const retold = articleOf([FILLER, text], { title: 'Retold' });
    return alignClaims(retold, src).matches[retold.sentences.findIndex((s) => s.text === text)]!;
  };
};
const statusOf = (fragment: string) => {
  const { matches } = alignClaims(page, source);
  const i = page.sentences.findIndex((s) => s.text.includes(fragment));
  return matches[i]!;
};

describe('wordsOf', () => {
  it('reads words and numbers with their offsets, in any script', () => {
    const text = 'Costs fell 40% to $1,000.50 — 2.1 points; Ünïcode 東京 naïve, x2.';
    const vocabulary = new Vocabulary();
    const w = wordsOf(text, vocabulary);
    const read = w.starts.map((s, i) => text.slice(s, w.ends[i]));
    expect(read).toEqual([
      'Costs',
      'fell',
      '40%',
      'to',
      '1,000.50',
      '2.1',
      'points',
      'Ünïcode',
      '東京',
      'naïve',
      'x2',
    ]);
  });

  it('gives the content terms: stopwords dropped, stems shared by inflections', () => {
    const vocabulary = new Vocabulary();
    const w = wordsOf('The models outperformed the model that outperforms.', vocabulary);
    expect(w.ids.map((id) => vocabulary.term(id))).toEqual([
      null,
      'model',
      'outperform',
      null,
      'model',
      null,
      'outperform',
    ]);
  });

  it('gives two words one id exactly when they are the same word in lowercase, past any table size', () => {
    // Thousands of distinct words make the vocabulary's table grow several times.
    const word = fc.stringMatching(/^[a-zA-Zé]{1,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3000 }), (list) => {
        const vocabulary = new Vocabulary();
        const ids = wordsOf(list.join(' '), vocabulary).ids;
        const lower = list.map((w) => w.toLowerCase());
        const firstId = new Map<string, number>();
        return lower.every((w, i) => {
          if (!firstId.has(w)) firstId.set(w, ids[i]!);
          return firstId.get(w) === ids[i] && ids.indexOf(ids[i]!) === lower.indexOf(w);
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe('alignClaims', () => {
  it('supports a faithful paraphrase and links its passage with a text fragment', () => {
    const m = statusOf('character error rate');
    expect(m.status).toBe('supported');
    expect(m.match?.text).toContain('character error rate of 2.1 percent');
    expect(m.match?.fragmentUrl).toMatch(
      /^https:\/\/lab\.example\/blog\/compact-ocr#:~:text=In%20our%20tests/,
    );
  });

  it('catches a claim made stronger than the source (a hedge dropped, a universal added)', () => {
    const m = statusOf('always cost less');
    expect(m.status).toBe('strengthened');
    // The reader is told which hedge the source had.
    expect(m.match?.hedgeWords).toEqual(['may']);
    expect(statusOf('character error rate').match?.hedgeWords).toEqual([]);
  });

  it('takes an ability retold as a fact for the same claim', () => {
    const src = articleOf(
      [
        'The Wren world model can natively understand and generate video, sound and robot actions.',
        FILLER,
      ],
      { url: 'https://lab.example/blog/wren', title: 'Wren' },
    );
    const retelling = articleOf(
      [
        FILLER,
        'The Wren world model natively understands and generates video, sound and robot actions.',
      ],
      { title: 'Wren is out' },
    );
    const { matches } = alignClaims(retelling, src);
    expect(
      matches[retelling.sentences.findIndex((s) => s.text.includes('generates'))]!.status,
    ).toBe('supported');
  });

  it('catches a capability retold as a fact, and a denied relation retold as found', () => {
    const src = articleOf(
      [
        'Retrieval can reduce hallucinations in long customer-support conversations.',
        'Model size was not associated with accuracy on the internal coding tasks.',
        FILLER,
      ],
      { url: 'https://lab.example/blog/retrieval', title: 'Retrieval notes' },
    );
    const retelling = articleOf(
      [
        FILLER,
        'Retrieval reduces hallucinations in long customer-support conversations.',
        'Model size is linked to accuracy on the internal coding tasks.',
      ],
      { title: 'Retrieval wins' },
    );
    const { matches } = alignClaims(retelling, src);
    const of = (fragment: string) =>
      matches[retelling.sentences.findIndex((s) => s.text.includes(fragment))]!.status;
    expect(of('Retrieval reduces')).toBe('strengthened');
    expect(of('is linked to')).toBe('strengthened');
    // The match carries the source's denial, for the sidebar to quote; a stated relation has none.
    const matchOf = (fragment: string) =>
      matches[retelling.sentences.findIndex((s) => s.text.includes(fragment))]!.match!;
    expect(matchOf('is linked to').denial).toBe('was not associated with');
    expect(matchOf('Retrieval reduces').denial).toBeUndefined();
  });

  it('calls a hedged finding retold as plain fact stronger, even where the model reads its level lower', () => {
    const retold = retellingOf(
      'Preliminary results indicate that the agent completes coding tasks faster than human developers.',
    );
    const plain = retold('The agent completes coding tasks faster than human developers.');
    expect([plain.status, plain.match?.hedgeWords]).toEqual(['strengthened', ['indicate']]);
    // Told as the lab's report, it is held to what the lab said (issue 19: a sentence that reports
    // the source is held to it most strictly); denied, it is no stronger.
    expect(
      retold('The agent completes coding tasks faster than human developers, the lab says.').status,
    ).toBe('strengthened');
    expect(
      retold('The agent does not complete coding tasks faster than human developers.').status,
    ).not.toBe('strengthened');
  });

  it('calls parity retold as a win stronger, naming both wordings', () => {
    const retold = retellingOf(
      'The small model is competitive with GPT-4 on invoice extraction tasks.',
    );
    // "faster than" is the same level as "competitive with" to the model: the wording says it.
    const faster = retold('The small model is faster than GPT-4 on invoice extraction tasks.');
    expect([faster.status, faster.match?.comparison]).toEqual([
      'strengthened',
      { source: 'competitive with', page: 'faster than' },
    ]);
    expect(
      retold('The small model beats GPT-4 on invoice extraction tasks.').match?.comparison,
    ).toEqual({ source: 'competitive with', page: 'beats' });
    // Parity kept, or a win denied, agrees with the source.
    expect(
      retold('The small model is competitive with GPT-4 on invoice extraction tasks.').status,
    ).toBe('supported');
    const denied = retold('The small model does not beat GPT-4 on invoice extraction tasks.');
    expect([denied.status, denied.match?.comparison]).toEqual(['supported', undefined]);
  });

  it('catches a claim made weaker than the source', () => {
    expect(statusOf('can be the better choice').status).toBe('weakened');
  });

  it('catches figures the source does not give, but not figures rounded or taken from elsewhere in it', () => {
    const src = articleOf(
      [
        FILLER,
        'The new runtime reduced inference latency by 20% on small models in our tests.',
        'Memory use fell by 29.6% on the same machines over the month.',
        'Across the whole fleet, the team measured savings of 50% on storage.',
        'Adoption grew quickly among the teams that ran it during the trial.',
      ],
      { url: 'https://lab.example/blog/runtime', title: 'Runtime notes' },
    );
    const page = articleOf(
      [
        FILLER,
        'The new runtime reduced inference latency by 45% on small models.',
        'Memory use fell by 30% on the same machines over the month.',
        'Adoption grew by 80% among the teams that ran it during the trial.',
      ],
      { title: 'Runtime news' },
    );
    const { matches } = alignClaims(page, src);
    const of = (fragment: string) =>
      matches[page.sentences.findIndex((s) => s.text.includes(fragment))]!;
    expect(of('by 45%').status).toBe('figures-differ');
    expect(of('by 45%').match?.figures).toEqual({ page: ['45%'], source: ['20%'] });
    // "30%" rounds the source's "29.6%".
    expect(of('by 30%').status).toBe('supported');
    // A share worked out from the passage's own figures is the passage's.
    const fromTo = articleOf(
      [FILLER, 'The error rate on invoices fell from 10% to 5% after the update.'],
      { url: 'https://lab.example/blog/errors', title: 'Error notes' },
    );
    const halved = articleOf([FILLER, 'The error rate on invoices fell by 50% after the update.'], {
      title: 'Error news',
    });
    expect(
      alignClaims(halved, fromTo).matches[
        halved.sentences.findIndex((s) => s.text.includes('by 50%'))
      ]!.status,
    ).not.toBe('figures-differ');
    // A multiple in a word against the change the passage gives as two figures.
    const claimed = (sentence: string) => {
      const page = articleOf([FILLER, sentence], { title: 'Error news' });
      return alignClaims(page, fromTo).matches[
        page.sentences.findIndex((s) => s.text === sentence)
      ]!;
    };
    expect(claimed('The update halved the error rate on invoices.').status).toBe('supported');
    // A passage with one figure of another kind gives no change to set it against.
    const reached = articleOf([FILLER, 'The error rate on invoices reached 5% after the update.'], {
      url: 'https://lab.example/blog/errors',
      title: 'Error notes',
    });
    const once = articleOf([FILLER, 'The update tripled the error rate on invoices.'], {
      title: 'Error news',
    });
    expect(
      alignClaims(once, reached).matches[
        once.sentences.findIndex((s) => s.text.includes('tripled'))
      ]!.status,
    ).not.toBe('figures-differ');
    const tripled = claimed('The update tripled the error rate on invoices.');
    expect(tripled.status).toBe('figures-differ');
    expect(tripled.match?.figures).toEqual({ page: ['tripled'], source: ['10%', '5%'] });
    // How many accelerators a model needs is a figure, however small.
    const gpus = articleOf(
      [
        FILLER,
        'The model can run on a single 80GB GPU, so researchers with little compute can use it.',
      ],
      { url: 'https://lab.example/blog/gpus', title: 'Model notes' },
    );
    const needs = (sentence: string) => {
      const page = articleOf([FILLER, sentence], { title: 'Model news' });
      return alignClaims(page, gpus).matches[page.sentences.findIndex((s) => s.text === sentence)]!;
    };
    expect(needs('The model needs a cluster of eight GPUs to run.').status).toBe('figures-differ');
    expect(needs('The model needs a cluster of eight GPUs to run.').match?.figures).toEqual({
      page: ['eight GPUs'],
      source: ['a single 80GB GPU'],
    });
    expect(
      needs('It runs on one 80GB GPU, so researchers with little compute can use it.').status,
    ).toBe('supported');
    // The passage gives no share to set "80%" against: the claim is judged by its level alone.
    expect(of('by 80%').status).not.toBe('figures-differ');
    expect(of('by 80%').match?.figures).toBeUndefined();
    // "50%" is in the source, in another sentence: not a changed figure.
    const elsewhere = articleOf(
      [FILLER, 'The new runtime reduced inference latency by 50% on small models.'],
      { title: 'Runtime news' },
    );
    const again = alignClaims(elsewhere, src).matches[
      elsewhere.sentences.findIndex((s) => s.text.includes('by 50%'))
    ]!;
    // It restates the 20% passage, judged by its level: "in our tests" dropped.
    expect([again.status, again.match?.text]).toEqual([
      'strengthened',
      expect.stringContaining('by 20%'),
    ]);
  });

  it('never finds changed figures in a faithful copy, and always finds one figure changed', () => {
    // One sentence per measure, so a changed sentence restates its own passage.
    const sentence = fc
      .tuple(
        fc.constantFrom('latency', 'memory use', 'the error rate', 'training cost'),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('%', 'x', ' percent'),
      )
      .map(([what, n, unit]) => ({
        text: `The new release cut ${what} by ${n}${unit} on the standard servers.`,
        what,
        n,
      }));
    fc.assert(
      fc.property(
        fc.uniqueArray(sentence, { minLength: 1, maxLength: 4, selector: (s) => s.what }),
        (items) => {
          const src = articleOf([FILLER, ...items.map((i) => i.text)], {
            url: 'https://lab.example/blog/r',
            title: 'Release notes',
          });
          const copy = articleOf([FILLER, ...items.map((i) => i.text)], { title: 'Release news' });
          expect(alignClaims(copy, src).matches.some((m) => m.status === 'figures-differ')).toBe(
            false,
          );
          const [first] = items;
          const changedText = first!.text.replace(`by ${first!.n}`, `by ${first!.n + 1000}`);
          const changed = articleOf([FILLER, changedText], { title: 'Release news' });
          const m = alignClaims(changed, src).matches[
            changed.sentences.findIndex((s) => s.text === changedText)
          ]!;
          expect(m.status).toBe('figures-differ');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('does not call "could cut" retold as "would cut" weaker: both are conditional', () => {
    const m = retellingOf('The new chip could cut training costs by half for small labs.')(
      'The new chip would cut training costs by half for small labs.',
    );
    expect([m.status, m.match?.strength]).toEqual(['supported', 'conditional']);
  });

  it('never takes a passage that shares one word of a claim for its counterpart', () => {
    const retold = retellingOf(
      'Capturing and recreating those crash scenarios in the real world is slow, expensive and often impossible.',
    );
    // "expensive" is half of what "Labor is expensive" says, and all the passage shares with it.
    expect(retold('Labor is expensive.').status).toBe('uncertain');
    // Two of its words said, in the same words or others ("costly"), and the passage is its counterpart.
    expect(retold('Recreating crash scenarios in the real world is costly.').status).toBe(
      'supported',
    );
  });

  it('calls a close claim that names what the source never mentions unsupported, not uncertain', () => {
    const retold = retellingOf(
      'Capturing and recreating those crash scenarios in the real world is slow, expensive and often impossible.',
    );
    const named = retold('Labor in Ohio is expensive.');
    expect(named.status).toBe('unsupported');
    expect(named.match?.unmentioned).toEqual(['Ohio']);
  });

  it('takes the names of the source’s title and byline as named by it, not its site’s', () => {
    const read = articleOf(
      [
        FILLER,
        'Capturing and recreating those crash scenarios in the real world is slow, expensive and often impossible.',
      ],
      {
        url: 'https://blog.example/posts/crash-scenes',
        title: 'Notes',
        head: '<meta name="author" content="Maria Okafor"><meta property="og:site_name" content="Vireo Hub">',
      },
    );
    // A title the text does not repeat (the page's heading said something shorter).
    const src = { ...read, title: 'Synthetic Crash Scenes' };
    expect(src.text).not.toContain('Synthetic');
    const judged = (text: string) => {
      const page = articleOf([FILLER, text], { title: 'Retold' });
      return alignClaims(page, src).matches[page.sentences.findIndex((s) => s.text === text)]!;
    };
    expect(src.byline).toBe('Maria Okafor');
    const byline = judged(
      'Recreating crash scenarios in the real world is slow and expensive, writes Maria Okafor.',
    );
    expect(byline.match?.unmentioned).toBeUndefined();
    expect(byline.status).toBe('supported');
    expect(
      judged(
        'Synthetic Crash Scenes argues that recreating crash scenarios in the real world is slow.',
      ).match?.unmentioned,
    ).toBeUndefined();
    // The platform that carries the post is not who wrote it.
    expect(
      judged('Vireo Hub says recreating crash scenarios in the real world is slow and expensive.')
        .match?.unmentioned,
    ).toEqual(['Vireo Hub']);
  });

  it('takes a rounded figure for the source’s, however the source writes it', () => {
    const retold = retellingOf(
      'The specialized model ran at approximately fifty-two times lower cost per million pages than the frontier models.',
    );
    const rounded = retold(
      'The specialized model ran at roughly 50 times lower cost per million pages than the frontier models.',
    );
    expect(rounded.match?.unmentioned).toBeUndefined();
    expect(rounded.status).toBe('supported');
    // Rounding stops at a tenth of the source's figure: thirty is not fifty-two.
    expect(
      retold(
        'The specialized model ran at roughly 30 times lower cost per million pages than the frontier models.',
      ).status,
    ).toBe('figures-differ');
  });

  it('calls an invented claim unsupported, and the page’s own opinion editorial', () => {
    expect(statusOf('data-entry clerks').status).toBe('unsupported');
    expect(statusOf('Bottom line').status).toBe('editorial');
  });

  it('lists the source’s limits and trade-offs the page left out', () => {
    const kinds = alignClaims(page, source).omissions.map((o) => [o.kind, o.text.slice(0, 20)]);
    expect(kinds).toContainEqual(['limit', 'These results come f']);
    expect(kinds).toContainEqual(['trade-off', 'Each specialized mod']);
  });
});

const measureReuse = (page: string, source: string) => {
  const vocabulary = new Vocabulary();
  return measureWords(page, wordsOf(page, vocabulary), wordsOf(source, vocabulary));
};

describe('measureReuse', () => {
  it('measures the share of the page copied from the source in runs of six words or more', () => {
    const r = measureReuse(
      'one two three four five six seven. Something else entirely here now.',
      'zero one two three four five six seven eight',
    );
    expect(r.passages.map((p) => p.text)).toEqual(['one two three four five six seven']);
    expect(r.share).toBeCloseTo(7 / 12, 2);
  });

  it('keeps two copied runs apart when the page puts its own word between them', () => {
    const source = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu';
    const r = measureReuse(
      'alpha beta gamma delta epsilon zeta OWN eta theta iota kappa lambda mu',
      source,
    );
    expect(r.passages.map((p) => p.text)).toEqual([
      'alpha beta gamma delta epsilon zeta',
      'eta theta iota kappa lambda mu',
    ]);
    expect(r.share).toBeCloseTo(12 / 13, 3);
  });

  it('finds nothing in unrelated texts', () => {
    expect(
      measureReuse(
        'The cat sat on the warm mat all day.',
        'Stocks fell sharply on Monday after the report.',
      ).share,
    ).toBe(0);
  });
});
