import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../lib/analysis/align/align';
import { tableFiguresDiffer, tableFiguresGiven } from '../../lib/analysis/align/tables';
import type { Article, ArticleTable } from '../../lib/extract/article';
import { articleOf, FILLER } from './support/article';

/** How a page of one retold sentence, `text`, aligns with the source(s): that sentence's claim. */
const alignedWith = (sources: Article | Article[], text: string) => {
  const retold = articleOf([FILLER, text], { title: 'Retold' });
  return alignClaims(retold, sources).matches[retold.sentences.findIndex((s) => s.text === text)]!;
};

/** Aligns each retold sentence against a source of `paragraphs`, giving status and figures. */
const against = (paragraphs: string[]) => {
  const src = articleOf([FILLER, ...paragraphs], {
    url: 'https://lab.example/blog/notes',
    title: 'Lab notes',
  });
  return (text: string) => {
    const m = alignedWith(src, text);
    return { status: m.status, figures: m.match?.figures };
  };
};

describe('changed figures in prose', () => {
  it('catches a parameter count off by a factor of ten', () => {
    const of = against([
      'Our specialized 3-billion-parameter model beat every commercial system we tested on the invoice benchmark.',
    ]);
    expect(
      of(
        'Their specialized 30-billion-parameter model beat every commercial system tested on the invoice benchmark.',
      ),
    ).toEqual({
      status: 'figures-differ',
      figures: { page: ['30-billion'], source: ['3-billion'] },
    });
    expect(
      of('Their specialized 3B model beat every commercial system tested on the invoice benchmark.')
        .status,
    ).not.toBe('figures-differ');
    const big = against([
      'The lab released a 13B model trained for legal search across court filings and contracts.',
    ]);
    expect(
      big(
        'The lab released a 1.3 billion parameter model trained for legal search across court filings.',
      ).status,
    ).toBe('figures-differ');
  });

  it('compares percentage points as points: a changed gap, and one rounded fairly', () => {
    const of = against([
      'The specialized model finished first, and its lead over the runner-up on the invoice benchmark was close to eight percentage points.',
    ]);
    expect(
      of(
        'The specialized model finished first, with a lead of 18 percentage points on the invoice benchmark.',
      ),
    ).toEqual({
      status: 'figures-differ',
      figures: { page: ['18 percentage points'], source: ['eight percentage points'] },
    });
    expect(
      of(
        'The specialized model finished first, with a lead of about 8 percentage points on the invoice benchmark.',
      ).status,
    ).toBe('supported');
  });

  it('compares dates as dates, a weekday dated from the dates before it', () => {
    const of = against([
      'The update went out on Tuesday, June 3rd to every user of the assistant app.',
      'We pushed a prompt change late on Friday and started a full rollback of the assistant update on Saturday.',
    ]);
    // Saturday after Tuesday, June 3rd is June 7th.
    expect(of('The company started the full rollback of the assistant update on 8 June.')).toEqual({
      status: 'figures-differ',
      // The passage's other date ("late on Friday", the 6th) is shown beside it.
      figures: { page: ['8 June'], source: ['Friday', 'Saturday'] },
    });
    expect(
      of('The company started the full rollback of the assistant update on June 7.').status,
    ).not.toBe('figures-differ');
  });

  it('takes fractions and rounded multiples for the same ratio, not another one', () => {
    const of = against([
      'The small model ran at approximately fifty-two times lower cost per million pages than the largest commercial model.',
    ]);
    expect(
      of(
        'The small model ran at 1/50th the cost per million pages of the largest commercial model.',
      ).status,
    ).not.toBe('figures-differ');
    expect(
      of(
        'The small model ran at roughly 50x lower cost per million pages than the largest commercial model.',
      ).status,
    ).not.toBe('figures-differ');
    expect(
      of(
        'The small model ran at 30x lower cost per million pages than the largest commercial model.',
      ),
    ).toEqual({
      status: 'figures-differ',
      figures: { page: ['30x'], source: ['fifty-two times'] },
    });
  });

  it('compares only figures of one kind: tokens are not parameters', () => {
    const of = against([
      'The 7B model was trained on 2 trillion tokens of scanned forms from public archives.',
    ]);
    expect(
      of('The 7B model was trained on 2 trillion tokens of scanned forms from archives.').status,
    ).not.toBe('figures-differ');
    expect(
      of('The 7B model was trained on 9 trillion tokens of scanned forms from archives.').figures,
    ).toEqual({ page: ['9 trillion'], source: ['2 trillion'] });
  });
});

describe('sizes the source never gives', () => {
  /** Status and the names and figures said to be missing from the source. */
  const missingFrom = (paragraphs: string[]) => {
    const src = articleOf([FILLER, ...paragraphs], { url: 'https://lab.example/blog/robots' });
    return (text: string) => {
      const m = alignedWith(src, text);
      return { status: m.status, missing: m.match?.unmentioned ?? [] };
    };
  };
  const of = missingFrom([
    'The robot model was trained on billions of samples of video, sound and motion from 8 partner labs.',
    'The smaller version, with 16B parameters, runs on one workstation and costs $2 million less to serve.',
  ]);

  it('flags a single-digit size as a size: "8 billion" is not backed by an "8" elsewhere', () => {
    expect(
      of('The robot model has 8 billion parameters and was trained on billions of samples.'),
    ).toEqual({ status: 'unsupported', missing: ['8 billion'] });
  });

  it('names a size once, not its number again', () => {
    expect(
      of('The robot model, with 40B parameters, was trained on billions of video samples.').missing,
    ).toEqual(['40B']);
  });

  it('lets a size the source gives in another form be, and counts and dates be', () => {
    expect(
      of('The smaller version has 16 billion parameters and runs on one workstation.').status,
    ).toBe('supported');
    expect(
      of('The smaller version costs $2M less to serve and runs on one workstation.').status,
    ).toBe('supported');
    expect(
      of('The robot model was trained on billions of samples from eight partner labs.').status,
    ).toBe('supported');
  });
});

describe('a figure the source gives in other words or other digits', () => {
  const of = (source: string) => {
    const src = articleOf([FILLER, source], { url: 'https://lab.example/blog/model' });
    return (text: string) => {
      const m = alignedWith(src, text);
      return { status: m.status, missing: m.match?.unmentioned ?? [], figures: m.match?.figures };
    };
  };

  it('reads a share in words as its percentage: "half" is 50%, "one in five" 20%', () => {
    const half = of('The new Acme model costs half as much to run as the Nova model.');
    expect(half('The new Acme model is 50% cheaper to run than the Nova model.').status).toBe(
      'supported',
    );
    expect(half('The new Acme model is 40% cheaper to run than the Nova model.')).toMatchObject({
      status: 'unsupported',
      missing: ['40'],
    });
    const fifth = of('In early testing, one in five Acme users hit the login bug.');
    expect(fifth('In early testing, 20% of Acme users hit the login bug.').status).toBe(
      'supported',
    );
  });

  it('reads a count in digits alone as a count: "128K" is "128,000", "2,000" is "2000"', () => {
    const context = of(
      'The Acme model supports a context window of 128,000 tokens for long files.',
    );
    expect(
      context('The Acme model supports a 128K-token context window for long files.').status,
    ).toBe('supported');
    expect(
      context('The Acme model supports a 131,072-token context window for long files.'),
    ).toMatchObject({
      status: 'figures-differ',
      figures: { page: ['131,072'], source: ['128,000'] },
    });
    const gpus = of('The Acme model was trained for six weeks on 2000 GPUs in one data centre.');
    expect(
      gpus('The Acme model was trained for six weeks on 2,000 GPUs in one data centre.').status,
    ).toBe('supported');
    expect(
      gpus('The Acme model was trained for six weeks on 1,200 GPUs in one data centre.').status,
    ).toBe('unsupported');
  });

  it('reads a multiple and a share of change as one figure: "2.5 times" is "150% more"', () => {
    const faster = of('The Acme model runs 150% faster than the Nova model on one phone.');
    expect(
      faster('The Acme model runs 2.5 times faster than the Nova model on one phone.').status,
    ).toBe('supported');
    expect(
      faster('The Acme model runs 3.5 times faster than the Nova model on one phone.').status,
    ).toBe('unsupported');
    const cheaper = of('The Acme model is 3x cheaper to serve than the Nova model.');
    expect(cheaper('The Acme model costs 67% less to serve than the Nova model.').status).toBe(
      'supported',
    );
    expect(cheaper('The Acme model costs 80% less to serve than the Nova model.').status).toBe(
      'unsupported',
    );
  });

  it('reads durations in milliseconds and halves, counts in thousands, quarters in words', () => {
    const answers = of('The Acme model answers in half a second on a mid-range phone.');
    expect(answers('The Acme model answers in 500 ms on a mid-range phone.').status).toBe(
      'supported',
    );
    expect(answers('The Acme model answers in 800 ms on a mid-range phone.')).toMatchObject({
      status: 'figures-differ',
      figures: { page: ['800 ms'], source: ['half a second'] },
    });
    const tested = of('The Acme model was tested by three thousand people in Kenya.');
    expect(tested('The Acme model was tested by 3,000 people in Kenya.').status).toBe('supported');
    expect(tested('The Acme model was tested by 4,000 people in Kenya.').status).toBe(
      'figures-differ',
    );
    const launched = of('The Acme model launched in the third quarter of 2025 for all users.');
    expect(launched('The Acme model launched in Q3 2025 for all users.').status).toBe('supported');
    expect(launched('The Acme model launched in Q4 2025 for all users.')).toMatchObject({
      status: 'unsupported',
      missing: ['Q4'],
    });
  });

  it('reads a currency’s code or name beside a sum as money: "2.5M USD" is "$2.5 million"', () => {
    const raised = of('Acme raised $2.5 million from two funds to build the model.');
    expect(raised('Acme raised 2.5M USD from two funds to build the model.').status).toBe(
      'supported',
    );
    expect(
      raised('Acme raised 3.5 million dollars from two funds to build the model.'),
    ).toMatchObject({
      status: 'figures-differ',
      figures: { page: ['3.5 million'], source: ['$2.5 million'] },
    });
  });
});

/** The figures a claim got wrong of the tables and the cells' names, as the Report shows them. */
const differ = (claim: string, tables: ArticleTable[]) => {
  const found = tableFiguresDiffer(claim, tables);
  return found && { page: found.page, source: found.source };
};

describe('claims about a table’s figures', () => {
  const scores: ArticleTable = {
    columns: ['Model', 'Accuracy', 'Cost per 1,000 pages'],
    rows: [
      ['Parsa-OCR 3B (specialized)', '0.911', '$0.90'],
      ['Lumen Vision 4.6', '0.833', '$46.00'],
      ['Kestrel-OCR2 3B', '0.921', '$1.10'],
      ['GPT-4o', '0.635', '$9.00'],
      ['GPT-5.4', '0.750', '$12.00'],
    ],
  };

  it('names the cell a claim got wrong, by row and column label', () => {
    expect(differ('Parsa-OCR reached an accuracy of 0.871 on the benchmark.', [scores])).toEqual({
      page: ['0.871'],
      source: ['0.911 (Parsa-OCR 3B (specialized), Accuracy)'],
    });
    expect(differ('Lumen Vision costs $52.00 per 1,000 pages.', [scores])).toEqual({
      page: ['52.00'],
      source: ['$46.00 (Lumen Vision 4.6, Cost per 1,000 pages)'],
    });
  });

  it('catches another row’s figure given to the named row', () => {
    expect(differ('Parsa-OCR outperformed Lumen Vision (0.921 vs. 0.833).', [scores])).toEqual({
      page: ['0.921'],
      source: ['0.911 (Parsa-OCR 3B (specialized), Accuracy)'],
    });
  });

  it('lets right figures, rounded figures and other numbers be', () => {
    expect(differ('Parsa-OCR outperformed Lumen Vision (0.911 vs. 0.833).', [scores])).toBeNull();
    expect(differ('Parsa-OCR scored 0.91, ahead of Lumen Vision 4.6.', [scores])).toBeNull();
    // "4.6" is the row's name, "2025" a year, "12" a count written unlike the cells.
    expect(differ('In 2025, Lumen Vision 4.6 ran on 12 tasks.', [scores])).toBeNull();
    // "GPT" alone names neither GPT-4o nor GPT-5.4.
    expect(differ('GPT scored 0.700.', [scores])).toBeNull();
    expect(differ('GPT-4o scored 0.700.', [scores])).toEqual({
      page: ['0.700'],
      source: ['0.635 (GPT-4o, Accuracy)'],
    });
  });

  it('takes a figure from whichever of the source’s tables gives it for the named row', () => {
    // A launch post with one small table per benchmark: the same rows in each.
    const perBenchmark = (scores: string[]): ArticleTable => ({
      columns: ['Model', 'Accuracy (%)'],
      rows: [
        ['Wren-40b', scores[0]!],
        ['Wren-8b', scores[1]!],
        ['Heron-mini', scores[2]!],
      ],
    });
    const tables = [
      perBenchmark(['81.5', '74.2', '83.0']),
      perBenchmark(['96.4', '92.1', '97.8']),
      perBenchmark(['4', '2.5', '6']),
    ];
    expect(
      differ('On the second exam Wren-40b scores 96.4%, just behind Heron-mini at 97.8%.', tables),
    ).toBeNull();
    // A small count in one table is not another row's figure in the next.
    expect(differ('Wren-40b routes each token to 4 of its experts.', tables)).toBeNull();
    // Against the tables whose cells are written like it (one decimal): not the third.
    expect(differ('Wren-40b scores 91.3% on the second exam.', tables)).toEqual({
      page: ['91.3'],
      source: ['81.5 (Wren-40b, Accuracy (%))', '96.4 (Wren-40b, Accuracy (%))'],
    });
  });

  it('holds a claim that names a table’s caption to that table, and names the caption of a cell', () => {
    const exam = (caption: string, wren: string): ArticleTable => ({
      columns: ['Model', 'Accuracy (%)'],
      rows: [
        ['Wren-40b', wren],
        ['Heron-mini', '90.0'],
      ],
      caption,
    });
    const tables = [exam('Exam A (tools): law', '81.5'), exam('Exam B (tools): tax', '96.4')];
    // 81.5 is Wren's on exam A, not on exam B.
    expect(differ('On Exam B, Wren-40b scores 81.5%.', tables)).toEqual({
      page: ['81.5'],
      source: ['96.4 (Wren-40b, Accuracy (%), Exam B (tools))'],
    });
    expect(differ('On Exam B, Wren-40b scores 96.4%.', tables)).toBeNull();
    // Naming no caption, any table's figure for the row is the source's.
    expect(differ('Wren-40b scores 81.5%.', tables)).toBeNull();
  });

  it('checks a claim against the source’s own table through the alignment', () => {
    const table = `<table><thead><tr><th>Model</th><th>Exam score</th></tr></thead><tbody><tr><td>Wren 7B</td><td>74.9</td></tr><tr><td>Heron 70B</td><td>71.0</td></tr></tbody></table>`;
    const src = articleOf(
      [
        FILLER,
        'We compared two open models on the licensing exam for accountants, with the scores below.',
        table,
      ],
      {
        url: 'https://lab.example/blog/exam',
        title: 'Exam notes',
      },
    );
    expect(src.tables).toEqual([
      {
        columns: ['Model', 'Exam score'],
        rows: [
          ['Wren 7B', '74.9'],
          ['Heron 70B', '71.0'],
        ],
      },
    ]);
    const text =
      'On the licensing exam for accountants, Wren scores 71.2 against the other open model.';
    const m = alignedWith(src, text);
    expect([m.status, m.match?.figures]).toEqual([
      'figures-differ',
      { page: ['71.2'], source: ['74.9 (Wren 7B, Exam score)'] },
    ]);
    // The passage writes no score: the reader is shown, and sent to, the right cell.
    expect([m.match?.text, m.match?.fragmentUrl]).toEqual([
      '74.9 (Wren 7B, Exam score)',
      'https://lab.example/blog/exam#:~:text=Wren%207B-,74.9',
    ]);
    // A passage that writes the cell's figure stays what the reader is shown.
    const told = articleOf(
      [
        FILLER,
        'We compared two open models on the licensing exam for accountants, and Wren 7B scored 74.9.',
        table,
      ],
      { url: 'https://lab.example/blog/exam', title: 'Exam notes' },
    );
    const n = alignedWith(told, text);
    expect([n.status, n.match?.text]).toEqual([
      'figures-differ',
      'We compared two open models on the licensing exam for accountants, and Wren 7B scored 74.9.',
    ]);
  });

  it('takes a row named by a plain word for the claim’s only with a column or caption named too', () => {
    const byLanguage: ArticleTable = {
      columns: ['Category', 'Benchmark', 'Wren 7B', 'Heron 70B'],
      rows: [
        ['English', 'Reading (EM)', '78.2', '80.6'],
        ['Code', 'Coding (pass@1)', '55.0', '61.3'],
      ],
      caption: 'Standard benchmarks',
    };
    expect(differ('English is spoken by 96.1% of the population.', [byLanguage])).toBeNull();
    // Two words, or a capital inside one, name a row alone.
    const models: ArticleTable = {
      columns: ['Model', 'Accuracy'],
      rows: [
        ['Lumen Vision', '0.833'],
        ['OpenWren', '0.911'],
      ],
    };
    expect(differ('Lumen Vision scored 0.700.', [models])).toEqual({
      page: ['0.700'],
      source: ['0.833 (Lumen Vision, Accuracy)'],
    });
    expect(differ('OpenWren scored 0.700.', [models])).toEqual({
      page: ['0.700'],
      source: ['0.911 (OpenWren, Accuracy)'],
    });
    expect(differ('In English reading, Wren 7B scored 70.1.', [byLanguage])).toEqual({
      page: ['70.1'],
      source: ['78.2 (English, Wren 7B, Standard benchmarks)'],
    });
  });

  it('finds the cells that give every figure a claim states for the rows it names', () => {
    const names = (claim: string) => tableFiguresGiven(claim, [scores])?.map((c) => c.name) ?? null;
    expect(names('Parsa-OCR scores 0.911 on accuracy.')).toEqual([
      '0.911 (Parsa-OCR 3B (specialized), Accuracy)',
    ]);
    expect(names('Parsa-OCR scored 0.911, ahead of Lumen Vision 4.6 at 0.833.')).toEqual([
      '0.911 (Parsa-OCR 3B (specialized), Accuracy)',
      '0.833 (Lumen Vision 4.6, Accuracy)',
    ]);
    // A wrong figure, a row not named, or more said than the cells give: not the cells' claim.
    expect(names('Parsa-OCR scores 0.871 on accuracy.')).toBeNull();
    expect(names('Parsa-OCR scored 0.911, ahead of Lumen Vision 4.6 at 0.900.')).toBeNull();
    expect(names('The small model scores 0.911 on accuracy.')).toBeNull();
    expect(names('Parsa-OCR scores 0.911 on handwritten medical forms.')).toBeNull();
    expect(names('In 2025, Lumen Vision 4.6 shipped.')).toBeNull();
  });

  it('gives a claim the cells as its evidence when no passage writes its figures', () => {
    const table = `<table><thead><tr><th>Model</th><th>Exam score</th><th>Law score</th></tr></thead><tbody><tr><td>Wren 7B</td><td>74.9</td><td>68.0</td></tr><tr><td>Heron 70B</td><td>71.0</td><td>70.2</td></tr></tbody></table>`;
    const src = articleOf(
      [
        FILLER,
        'We release Wren 7B, a compact open model for accountants and lawyers.',
        'Wren 7B reached 68.0 on the law exam in our first run.',
        table,
      ],
      { url: 'https://lab.example/blog/exam', title: 'Exam notes' },
    );
    const matchOf = (text: string) => alignedWith(src, text);
    // A passage that shares only the model's name is not the evidence: the row's cell is.
    const cell = matchOf('Wren 7B posts an exam score of 74.9.');
    expect(cell.status).toBe('supported');
    expect(cell.match?.text).toBe('74.9 (Wren 7B, Exam score)');
    expect(cell.match?.fragmentUrl).toBe('https://lab.example/blog/exam#:~:text=Wren%207B-,74.9');
    // The cell before it in the row points at a cell past the first.
    expect(matchOf('Heron 70B has a law score of 70.2.').match?.fragmentUrl).toBe(
      'https://lab.example/blog/exam#:~:text=71.0-,70.2',
    );
    // A name the source never gives is not in the cells.
    expect(matchOf('On Kestrel, Wren 7B posts an exam score of 74.9.').match?.text).not.toBe(
      '74.9 (Wren 7B, Exam score)',
    );
    // Read with a second source, the cell is the second one's, and linked there.
    const notes = articleOf([FILLER, 'Our exam notes cover two open models.'], {
      url: 'https://lab.example/blog/notes',
      title: 'Notes',
    });
    const both = alignedWith([notes, src], 'Wren 7B posts an exam score of 74.9.');
    expect([both.match?.source, both.match?.fragmentUrl]).toEqual([
      1,
      'https://lab.example/blog/exam#:~:text=Wren%207B-,74.9',
    ]);
    // A passage that writes the figure stays the evidence.
    expect(matchOf('Wren 7B scores 68.0 on the law exam.').match?.text).toBe(
      'Wren 7B reached 68.0 on the law exam in our first run.',
    );
  });
});
