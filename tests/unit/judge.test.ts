import { describe, expect, it } from 'vitest';
import { certaintyChange } from '../../lib/analysis/align/certainty-change';
import { coverage } from '../../lib/analysis/align/coverage';
import { findOmissions } from '../../lib/analysis/align/omissions';
import { preparedSource } from '../../lib/analysis/align/prepared-source';
import { hedgesNothing } from '../../lib/analysis/align/idle-hedges';
import { mentionIndex, unmentioned } from '../../lib/analysis/align/unmentioned';
import { assessSentence } from '../../lib/analysis/claim-strength';
import type { Article } from '../../lib/extract/article';
import { articleOf, FILLER } from './support/article';

describe('coverage: how much of a claim a passage says', () => {
  const rarity = (t: number) => [0.1, 0.1, 2, 3][t] ?? 1;
  it('weighs each claim term by its rarity, so common words shared count for little', () => {
    // Terms 0 and 1 are common, 2 and 3 rare: sharing only the common ones covers little.
    expect(coverage([0, 1, 2, 3], [0, 1], rarity)).toBeCloseTo(0.2 / 5.2, 5);
    expect(coverage([0, 1, 2, 3], [2, 3, 9], rarity)).toBeCloseTo(5 / 5.2, 5);
  });
  it('says nothing of an empty claim', () => {
    expect(coverage([], [1], rarity)).toBe(0);
  });
});

describe('unmentioned: names and figures the source never uses', () => {
  const source = mentionIndex(
    'Dharma released DharmaOCR on Hugging Face. The 3B model scored 0.911, ahead of Claude Opus 4.6 at 0.833, at 52x lower cost. Memory use fell by 29.6% in April.',
  );
  it('names rivals, benchmarks and figures the source never gives', () => {
    expect(unmentioned('The model beat GPT-5 and Gemini Ultra on legal review.', source)).toEqual([
      'GPT-5',
      'Gemini Ultra',
    ]);
    expect(unmentioned('The small model scored 94% against 88% for a 175B rival.', source)).toEqual(
      ['94', '88', '175'],
    );
  });
  it('finds a name however it is spaced, cased or possessed, and a figure however it is rounded or written', () => {
    expect(
      unmentioned('Dharma’s model, on HuggingFace, beat claude Opus at 0.911.', source),
    ).toEqual([]);
    expect(unmentioned('Memory use fell by about 30% in April.', source)).toEqual([]);
    // A name run together with a capital inside and a version, as the source hyphenates it.
    expect(
      unmentioned('It uses DeepSeek V3 weights.', mentionIndex('We present DeepSeek-V3 today.')),
    ).toEqual([]);
    // An acronym run into a word, as the source spaces it; not any other name.
    expect(
      unmentioned('It tops LMArena.', mentionIndex('It tops the LM Arena leaderboard.')),
    ).toEqual([]);
    expect(unmentioned('It tops LMArena.', source)).toEqual(['LMArena']);
    // A product's name in the plural is its name; a name that only ends in "s" is not another's.
    const h100 = mentionIndex('Inference requires a node of 8 H100 GPUs.');
    expect(unmentioned('It needs eight H100s on one node.', h100)).toEqual([]);
    expect(unmentioned('It needs eight A100s on one node.', h100)).toEqual(['A100s']);
    expect(unmentioned('It runs on Mars.', mentionIndex('It runs on Mar 3.'))).toEqual(['Mars']);
    // Dates and small counts are left to the figures check: months are not names.
    expect(unmentioned('In May, two teams tested it.', source)).toEqual([]);
    // A platform's blog, a company's lab, a unit: the name is what must be mentioned, not the word beside it.
    expect(
      unmentioned(
        'In a post on the Hugging Face Blog, a Dharma-affiliated team said it needs 16 GB of RAM.',
        source,
      ),
    ).toEqual(['16']);
    // The first word of a sentence, or of a bullet, is capitalised whatever it is.
    expect(unmentioned('- Claims the model beat every API.', source)).toEqual([]);
    expect(unmentioned('Researchers Face it too.', mentionIndex('We face it.'))).toEqual([]);
    // So is the first word after a label's colon, unless written as a name no common word is.
    const plan = mentionIndex('Agents plan their actions step by step and react to changes.');
    expect(unmentioned('Plan actions: Step-by-step sequences to reach goals.', plan)).toEqual([]);
    expect(unmentioned('Adapt: React to unexpected changes.', plan)).toEqual([]);
    expect(unmentioned('Partners: NVIDIA and Foxconn.', plan)).toEqual(['NVIDIA', 'Foxconn']);
    expect(unmentioned('Partners: Wistron, then Foxconn.', plan)).toEqual(['Foxconn']);
    expect(unmentioned('Rivals: Google Vision and Textract.', plan)).toEqual([
      'Google Vision',
      'Textract',
    ]);
    // But a name it begins is named whole, not by its second word; a function word begins none.
    expect(unmentioned('Google Vision beat it.', source)).toEqual(['Google Vision']);
    expect(unmentioned('The Google Vision team lost.', source)).toEqual(['Google Vision']);
    expect(unmentioned('Google, Vision said.', source)).toEqual(['Vision']);
  });

  it('names a version the source never gives a name it writes with versions', () => {
    const versions = mentionIndex(
      'Developers can download Cosmos 3 and Cosmos 2.5 today. Gemma 3.1 runs on Jetson Thor, about 4 times faster. See Figure 2. Updated May 5.',
    );
    expect(unmentioned('You can now download Cosmos 4 from the hub.', versions)).toEqual([
      'Cosmos 4',
    ]);
    expect(unmentioned('It sits beside Figure 7 of the post.', versions)).toEqual(['Figure 7']);
    // A version it gives, or the family of one ("Gemma 3" of "Gemma 3.1"), is given.
    expect(unmentioned('You can now download Cosmos 2.5 or Gemma 3 today.', versions)).toEqual([]);
    // A name it never writes with a version, a lowercase word, a date or the first word: no version.
    expect(unmentioned('It runs on Jetson Thor 2 modules.', versions)).toEqual([]);
    expect(unmentioned('It is about 5 times faster, since May 6.', versions)).toEqual([]);
    expect(unmentioned('Cosmos 5 models are coming.', versions)).toEqual([]);
    // The number is the version: "Cosmos 405" is named once, and "Cosmos 1,000" is no version.
    expect(unmentioned('It is a Cosmos 405 model.', versions)).toEqual(['Cosmos 405']);
    expect(unmentioned('It needs a Cosmos 1,000 GPU cluster.', versions)).toEqual(['1,000']);
    // A size or a share after a name is a figure, not a version.
    expect(unmentioned('A Cosmos 30B model, a Cosmos 12 percent faster.', versions)).toEqual([
      '30',
      '12',
    ]);
  });

  it('takes a maker as named where the source names its models, not the other way', () => {
    const models = mentionIndex(
      'Below it: Gemini 3.1 Pro at 0.820, GPT-5.4 at 0.750 and Claude Opus 4.6 at 0.833.',
    );
    expect(
      unmentioned('Frontier models from OpenAI, Google and Anthropic topped the table.', models),
    ).toEqual([]);
    // Meta makes none of the three; an unknown name is still a name.
    expect(unmentioned('Models from Anthropic and Meta topped it.', models)).toEqual(['Meta']);
    expect(unmentioned('Models from Anthropic and Vireo Labs topped it.', models)).toEqual([
      'Vireo Labs',
    ]);
    // A source that names the maker does not name its models.
    expect(
      unmentioned('It beat Claude on the table.', mentionIndex('It beat a model by Anthropic.')),
    ).toEqual(['Claude']);
  });

  it('names a month and year the source never dates, however the date is written', () => {
    const dated = mentionIndex(
      'We trained Harbor on data up to March 2023. It reads 12 languages; on 4 May 2024 we opened its weights. The benchmark (HARB 2024) runs on 200 forms.',
    );
    expect(unmentioned('Its knowledge stops in June 2024.', dated)).toEqual(['June 2024']);
    expect(unmentioned('Its weights came out on 3rd of June 2024.', dated)).toEqual([
      '3rd of June 2024',
    ]);
    expect(unmentioned('Its data ends in Sept. 2023, it says.', dated)).toEqual(['Sept. 2023']);
    expect(unmentioned('It shipped on June 3, 2024.', dated)).toEqual(['June 3, 2024']);
    // Named once, not also by its day.
    expect(unmentioned('It shipped on June 28, 2024.', dated)).toEqual(['June 28, 2024']);
    // The same months, written another way: "March of 2023", "May 4, 2024", "May 2024".
    expect(unmentioned('Its data runs to March of 2023.', dated)).toEqual([]);
    expect(unmentioned('The weights opened on May 4, 2024.', dated)).toEqual([]);
    expect(unmentioned('Harbor went open in May 2024.', dated)).toEqual([]);
    // A year alone, or a month alone, is no date to look for.
    expect(unmentioned('Its rivals came out in 2022 and in June.', dated)).toEqual([]);
  });

  it('takes a month and year as dated by a source that names the month in a year it is dated or writes', () => {
    const text = 'On April 28th we rolled the update back; users now have the earlier model.';
    // Published in May 2025: "April 28th" is April 2025, and the source's date says so.
    const published = mentionIndex(text, ['2025-05-02T10:00:00Z']);
    expect(unmentioned('The update was rolled back in April 2025.', published)).toEqual([]);
    expect(unmentioned('The update was rolled back in April 2024.', published)).toEqual([
      'April 2024',
    ]);
    // A month it never names, in the year it is dated, is not dated by it.
    expect(unmentioned('The update shipped in March 2025.', published)).toEqual(['March 2025']);
    // Its own dates, written as numbers, date their months.
    expect(unmentioned('It came out in May 2025.', published)).toEqual([]);
    expect(unmentioned('Cut-off: June 2024.', mentionIndex('Knowledge cut-off: 2024-06.'))).toEqual(
      [],
    );
    // Undated, a month it names goes with a year it writes.
    expect(unmentioned('Rolled back in April 2025.', mentionIndex(`${text} (2025)`))).toEqual([]);
    expect(unmentioned('Rolled back in April 2025.', mentionIndex(text))).toEqual(['April 2025']);
  });

  it('takes a prepared source as dated by when it was published', () => {
    const source = articleOf([
      'On April 28th we rolled the update back, and users now have the earlier model again.',
      FILLER,
    ]);
    const claim = 'The update was rolled back in April 2025.';
    expect(unmentioned(claim, preparedSource(source).mentioned)).toEqual(['April 2025']);
    const dated = { ...source, published: '2025-05-02' };
    expect(unmentioned(claim, preparedSource(dated).mentioned)).toEqual([]);
  });

  it('reads numbers the source writes in words', () => {
    const words = mentionIndex(
      'The specialized model ran at fifty-two times lower cost, with twelve reviewers.',
    );
    expect(unmentioned('It costs 52x less, say 12 reviewers.', words)).toEqual([]);
    expect(unmentioned('It costs 30x less.', words)).toEqual(['30']);
  });
});

describe('hedgesNothing: cues that leave what a sentence states as certain as it was', () => {
  const idle = (text: string, cue: string) => {
    const start = text.indexOf(cue);
    return hedgesNothing(text, { start, end: start + cue.length });
  };
  it('a reported question and an "if" of relevance; not a condition on the result', () => {
    const asked = 'It found two suppliers when asked if it could stock the brand.';
    expect([idle(asked, 'if'), idle(asked, 'could')]).toEqual([true, true]);
    expect(idle('If you want to try it, the model card is on our page.', 'If')).toBe(true);
    expect(idle('If the invoices are handwritten, the model may fail.', 'If')).toBe(false);
    expect(idle('If the invoices are handwritten, the model may fail.', 'may')).toBe(false);
  });
  it('a question put to a test: "check whether", "to see if", and the clause after it', () => {
    const checked = 'Before launch we test whether the agent could be tricked into refunds.';
    expect([idle(checked, 'whether'), idle(checked, 'could')]).toEqual([true, true]);
    const seen = 'For each release, we check to see if it might leak private data.';
    expect([idle(seen, 'if'), idle(seen, 'might')]).toEqual([true, true]);
    // Past the clause, the sentence's own hedge is back.
    const after = 'We checked whether it held, and the gains may shrink on other data.';
    expect(idle(after, 'may')).toBe(false);
  });
  it('a "whether" inside the sentence opens a question; opening it, the open question stays', () => {
    expect(idle('The benchmark does not change whether small models win.', 'whether')).toBe(true);
    expect(idle('We will announce updates, whether minor or not.', 'whether')).toBe(true);
    expect(idle('Whether it holds on handwriting is a question for later work.', 'Whether')).toBe(
      false,
    );
  });
});

describe('certaintyChange: stronger or weaker in words the reader can see', () => {
  const change = (claim: string, passage: string, sourceText = passage) =>
    certaintyChange(claim, assessSentence(claim), passage, assessSentence(passage), (w) =>
      sourceText.toLowerCase().includes(w),
    )?.direction ?? null;

  it('a figure rounded by the page is no weaker claim; a hedge added is', () => {
    expect(
      change(
        'The two open models, with approximately 120 billion and 20 billion parameters, deliver strong results at low cost.',
        'The two open models, with 117B and 21B parameters, deliver strong results at low cost.',
      ),
    ).toBeNull();
    expect(
      change(
        'The tuned model may cut the cost of reading invoices by about half.',
        'The tuned model cuts the cost of reading invoices by half.',
      ),
    ).toBe('weaker');
    // A number in words is a figure too ("about seven years" as "about 7 years").
    expect(
      change(
        'The two open models, trained for about seven weeks, deliver strong results at low cost.',
        'The two open models, trained for seven weeks, deliver strong results at low cost.',
      ),
    ).toBeNull();
    // Dropped, it gives an estimate as exact: still stronger.
    expect(
      change(
        'The tuned model ran at 52 times lower cost per million pages.',
        'The tuned model ran at approximately fifty-two times lower cost per million pages.',
      ),
    ).toBe('stronger');
  });

  it('a hedge of the restated clause dropped is stronger', () => {
    expect(
      change(
        'The assistant cuts support tickets by half.',
        'Early results suggest the assistant may cut support tickets by half.',
      ),
    ).toBe('stronger');
    expect(change('The chip cuts training costs.', 'The chip can cut training costs.')).toBe(
      'stronger',
    );
  });

  it('a condition dropped is stronger; restated in other words, it is kept', () => {
    const passage = 'If fine-tuned on domain data, the small model can match the large one.';
    expect(change('The small model can match the large one.', passage)).toBe('stronger');
    expect(
      change('With domain fine-tuning, the small model can match the large one.', passage),
    ).toBeNull();
    expect(
      change('Fine-tuned on domain data, the small model can match the large one.', passage),
    ).toBeNull();
    // A claim about what the condition names, not about what it bears on, drops nothing.
    expect(
      change(
        'Hospitals share data.',
        'If it is fine-tuned on labelled domain data from hospitals, the small model can match the large one.',
      ),
    ).toBeNull();
    // The condition after the clause it bears on.
    const after =
      'The assistant can answer in Portuguese if it is given a glossary of legal terms.';
    expect(change('The assistant can answer in Portuguese.', after)).toBe('stronger');
    expect(
      change('Given a glossary of legal terms, the assistant can answer in Portuguese.', after),
    ).toBeNull();
  });

  it('a ceiling dropped from a gain is stronger; from a capacity, it is the capacity', () => {
    expect(
      change(
        'The Acme model is 2x faster than Nova on legal forms.',
        'The Acme model is up to 2x faster than Nova on legal forms.',
      ),
    ).toBe('stronger');
    expect(
      change(
        'The Acme model is 40% cheaper than Nova on legal forms.',
        'The Acme model is up to 40% cheaper than Nova on legal forms.',
      ),
    ).toBe('stronger');
    expect(
      change(
        'The Acme model supports a 128K-token context window for long files.',
        'The Acme model supports context lengths of up to 128K tokens for long files.',
      ),
    ).toBeNull();
    expect(
      change(
        'The Acme model is up to 2x faster than Nova on legal forms.',
        'The Acme model is up to 2x faster than Nova on legal forms.',
      ),
    ).toBeNull();
  });

  it('a ceiling or a hedge the claim writes is kept, though the claim’s reading takes no cue there', () => {
    // "up to" is an approximator only before a figure in digits: "up to twice" is still the ceiling.
    expect(
      change(
        'The new model is up to twice as fast as the last one on long prompts.',
        'The new model is up to 2x faster than its predecessor on long prompts.',
      ),
    ).toBeNull();
    expect(
      change(
        'The new model is twice as fast as the last one on long prompts.',
        'The new model is up to 2x faster than its predecessor on long prompts.',
      ),
    ).toBe('stronger');
    // The capped figure restated with no other word of its clause: the ceiling is still dropped.
    const capped = 'The assistant is up to 2x faster on select workloads.';
    expect(change('The assistant is twice as fast.', capped)).toBe('stronger');
    expect(change('The assistant is up to twice as fast.', capped)).toBeNull();
    expect(change('The assistant is three times as fast.', capped)).toBeNull();
    // The clause restated without the figure: the best case is still told as the usual one.
    expect(
      change(
        'The Acme model is faster than Nova on legal forms.',
        'The Acme model is up to 2x faster than Nova on legal forms.',
      ),
    ).toBe('stronger');
  });

  it('where a result comes from, dropped, is stronger; kept in other words, it is kept', () => {
    const passage =
      'In our internal tests, the assistant resolved 64% of support tickets without a human.';
    expect(change('The assistant resolves 64% of support tickets without a human.', passage)).toBe(
      'stronger',
    );
    expect(
      change('In internal testing, the assistant closed 64% of tickets without a person.', passage),
    ).toBeNull();
    expect(
      change(
        'The lab’s tests found the assistant resolved 64% of tickets without a human.',
        passage,
      ),
    ).toBeNull();
    // Said as measured in other words, or as the lab's word.
    expect(
      change(
        'The assistant resolves 64% of support tickets without a human, the lab says.',
        passage,
      ),
    ).toBeNull();
    expect(
      change(
        'In the lab’s own evaluation, the assistant resolved 64% of tickets without a human.',
        passage,
      ),
    ).toBeNull();
    expect(
      change(
        'The model scores 81% on multi-step tasks.',
        'On our internal benchmark, the model scored 81% on multi-step tasks.',
      ),
    ).toBe('stronger');
    expect(
      change(
        'The model scored 81% on multi-step tasks in the company’s own benchmark.',
        'On our internal benchmark, the model scored 81% on multi-step tasks.',
      ),
    ).toBeNull();
    expect(
      change(
        'The agent completes 41% of web tasks end to end.',
        'In our internal evaluation, the agent completed 41% of web tasks end to end.',
      ),
    ).toBe('stronger');
    // A limit that is no provenance ("in this setting") still needs the claim to read stronger.
    expect(
      change(
        'The smaller model matches the larger one on summaries.',
        'In this setting, the smaller model matched the larger one on summaries.',
      ),
    ).toBeNull();
  });

  it('a hedge in another clause of the passage was not dropped', () => {
    // The claim restates the plain clause; the hedge belongs to the condition.
    expect(
      change(
        'The agent searched the web for suppliers of specialty drinks.',
        'The agent searched the web for suppliers of specialty drinks, and if a supplier answered, it could place an order.',
      ),
    ).toBeNull();
  });

  it('a question the passage reports hedges nothing: its "if" and "could" were not dropped', () => {
    expect(
      change(
        'When asked about stocking Dutch chocolate milk, the agent found two suppliers online.',
        'The agent found two suppliers online when asked if it could stock Dutch chocolate milk.',
      ),
    ).toBeNull();
    expect(
      change(
        'The agent stocked Dutch chocolate milk for the office.',
        'The agent could stock Dutch chocolate milk for the office if a supplier answered.',
      ),
    ).toBe('stronger');
  });

  it('a sweeping word the source never uses is stronger; one it uses, or a quantifier that only describes, is not', () => {
    expect(
      change(
        'Specialized models consistently beat general ones on invoices.',
        'Specialized models beat general ones on invoices.',
      ),
    ).toBe('stronger');
    expect(
      change(
        'Specialization is inevitable for document work.',
        'Specialization wins for document work.',
        'Why specialization is inevitable. Specialization wins for document work.',
      ),
    ).toBeNull();
    expect(
      change(
        'The agent ran all aspects of the small shop.',
        'The agent ran the small shop for a month.',
      ),
    ).toBeNull();
    // Even when the passage it is set against negates something: the source never says "always".
    expect(
      change(
        'The model always reads invoices better than any general model.',
        'We do not know how the model reads invoices from other countries.',
      ),
    ).toBe('stronger');
  });

  it('a "most" word ("usually", "largely") dropped is not weaker: it allowed exceptions', () => {
    expect(
      change(
        'Enterprise AI strategy rested on one assumption: the safest choice was the largest frontier model.',
        'Enterprise AI strategy has largely rested on one assumption: the safest choice was usually the largest frontier model.',
      ),
    ).toBeNull();
    // Added to a plain result, "for most" still widens it.
    expect(
      change(
        'Specialized models beat general ones on invoices for most teams.',
        'Specialized models beat general ones on invoices.',
      ),
    ).toBe('stronger');
    // "always" allows none: dropping it is weaker.
    expect(
      change(
        'The safest choice was the largest frontier model.',
        'The safest choice was always the largest frontier model.',
      ),
    ).toBe('weaker');
  });

  it('a denial retold as a finding is stronger; a plain paraphrase, a new negation or a dropped sweep are not stronger', () => {
    expect(
      change(
        'Model size is linked to accuracy on coding tasks.',
        'Model size was not associated with accuracy on coding tasks.',
      ),
    ).toBe('stronger');
    expect(
      change('The chip lowers training costs.', 'The chip reduces training costs.'),
    ).toBeNull();
    expect(
      change('The chip does not cut training costs.', 'The chip may cut training costs.'),
    ).toBeNull();
    expect(
      change(
        'General models can be the better choice for open tasks.',
        'General models always remain the better choice for open tasks.',
      ),
    ).toBe('weaker');
  });
});

/** What a page that covered `covered` of `source`'s sentences left out, graded as the aligner grades. */
const omissionsOf = (source: Article, covered: ReadonlySet<number> = new Set()) => {
  const prepared = preparedSource(source);
  return findOmissions(prepared.texts, covered, prepared.omissionCandidates());
};
/** What a source of these sentences, none restated, lists as left out: each kind and its opening. */
const leftOut = (sentences: string[], chars = 20) =>
  omissionsOf(articleOf(sentences, { url: 'https://lab.example/blog/post', title: 'A post' })).map(
    (o) => [o.kind, o.text.slice(0, chars)],
  );

describe('findOmissions: what the page left out, limits first', () => {
  const source = articleOf(
    [
      'The specialized model ran at about fifty times lower cost per million pages than the largest model.',
      'On cost, the gap was far wider.',
      'Each specialized model needs its own training data and maintenance, a real downside for small teams.',
      'Early results suggest the gains may shrink on other languages.',
      'The result was shown in one domain, on one benchmark, and we do not claim it generalizes to every workload.',
      'The model scored 0.91 against 0.83 for the best commercial API.',
      'Limitations',
    ],
    { url: 'https://lab.example/blog/ocr', title: 'OCR results' },
  );
  const omitted = omissionsOf(source);
  const kinds = omitted.map((o) => [o.kind, o.text.slice(0, 16)]);

  it('leads with the source’s limits and hedges, then trade-offs and numbers', () => {
    expect(kinds.slice(0, 3)).toEqual([
      ['limit', 'The result was s'],
      ['caveat', 'Early results su'],
      ['trade-off', 'Each specialized'],
    ]);
  });

  it('lists no question as a caveat: a question asks, it hedges nothing', () => {
    expect(
      leftOut([
        'So could the compact model really read every scanned invoice in the archive?',
        'Early results suggest the gains may shrink on other languages.',
      ]),
    ).toEqual([['caveat', 'Early results sugges']]);
  });

  it('lists no question under test or choice as a caveat; an open question and a hedge stay', () => {
    expect(
      leftOut([
        'Before each release we check whether the model meets our safety bar.',
        'We will say when the model changes, whether the change is large or not.',
        'If you quantise the weights, you may see lower accuracy on long prompts.',
        'Whether the gains hold on handwriting is a question for the next experiments.',
      ]),
    ).toEqual([
      ['limit', 'Whether the gains ho'],
      ['caveat', 'If you quantise the '],
    ]);
  });

  it('lists a usage note on a condition as no caveat, and what a release lacks as a limit', () => {
    expect(
      leftOut([
        'If you run it on a laptop, make sure to load the 4-bit weights first.',
        'If you find the toolkit useful, feel free to cite our report.',
        'If you’re on an older driver, please update it before installing.',
        'If you quantise the weights, you may see lower accuracy on long prompts.',
        'The current release does not support voice input or video.',
        'We will add tool calling and longer context in a future version.',
      ]),
    ).toEqual([
      ['limit', 'The current release '],
      ['limit', 'We will add tool cal'],
      ['caveat', 'If you quantise the '],
    ]);
  });

  it('lists an invitation on a condition as no caveat, whether a comma or a dash ends the condition', () => {
    expect(
      leftOut([
        'If you are weighing the compact model for your archive — or making the case for it to your team — we would love to hear how it goes.',
        'If you are excited about this kind of work, we’re hiring.',
        'If you have questions about the evaluation - reach out on our forum.',
        'If you run it on an older GPU — you may see slower decoding on long inputs.',
        'If you run it on a laptop, it may be slow, reach out to us for a hosted build.',
      ]),
    ).toEqual([
      ['caveat', 'If you run it on an '],
      ['caveat', 'If you run it on a l'],
    ]);
  });

  it('lists no hedge in quotation marks as a caveat: the words are the quoted speaker’s', () => {
    expect(
      leftOut([
        'We gave the agent one rule: "You may only restock items that sold out this week."',
        'The test prompt read: "What would the invoice total be if the tax rate doubled?"',
        'You lose the round if your balance drops below zero," the instructions ended.',
        '“This could transform how clinics read scans,” said the company’s chief executive.',
        'The agent may still misread totals on handwritten invoices, as the tester noted "more than once".',
      ]),
    ).toEqual([['caveat', 'The agent may still ']]);
  });

  it('lists a press release’s legal text as no limit or caveat', () => {
    expect(
      leftOut([
        'Statements in this release about the chip’s speed and ship date are forward-looking statements that could prove wrong.',
        'Factors that could cause actual results to differ include supply and demand for chips.',
        'Prices may vary and are subject to change without notice.',
        'Other names used here may be trademarks held by others.',
        'Early tests suggest the chip may run hot under long loads.',
      ]),
    ).toEqual([['caveat', 'Early tests suggest ']]);
  });

  it('takes a licence’s bounds on an open release for a limit', () => {
    expect(
      leftOut([
        'The weights also allow commercial use with written permission from the lab.',
        'The checkpoints are released for non-commercial use under the lab’s own terms.',
        'Every use of the model falls under the lab’s acceptable use policy.',
        'The weights can be downloaded from the lab’s page and a hub mirror.',
      ]),
    ).toEqual([
      ['limit', 'The weights also all'],
      ['limit', 'The checkpoints are '],
      ['limit', 'Every use of the mod'],
    ]);
  });

  it('takes the source denying what its evidence says or shows for a limit, and "haven’t yet" as "have not yet"', () => {
    expect(
      leftOut(
        [
          'The study does not argue that small models win on every task.',
          'The theorem does not say that general models are useless for science.',
          'We use the chart as an illustration, not as evidence that every model behaves so.',
          'The new checks haven’t yet become part of how we release models.',
          'The chart shows that the small model leads on every scanned form.',
        ],
        16,
      ),
    ).toEqual([
      ['limit', 'The study does n'],
      ['limit', 'The theorem does'],
      ['limit', 'We use the chart'],
      ['limit', 'The new checks h'],
    ]);
  });

  it('takes "not that" for a limit only where it denies a reading of the result', () => {
    expect(
      leftOut([
        'The implication of the benchmark is not that large models are useless for reading forms.',
        'The lesson the authors draw from it isn’t that small teams train their own models.',
        'What we show is not that scale no longer matters for document models.',
        'Setting up the small model on a laptop is not that hard for most teams.',
        'Not that the lab minded, since the larger model had cost far more to run.',
      ]),
    ).toEqual([
      ['limit', 'The implication of t'],
      ['limit', 'The lesson the autho'],
      ['limit', 'What we show is not '],
    ]);
  });

  it('takes "not intended" for a limit before what a thing is not for, not for effects no one meant', () => {
    expect(
      leftOut([
        'The checkpoint is not intended for production use in hospitals.',
        'The small model is not intended to replace the larger one for code.',
        'The update pushed users toward choices in ways that were not intended by anyone.',
      ]),
    ).toEqual([
      ['limit', 'The checkpoint is no'],
      ['limit', 'The small model is n'],
    ]);
  });

  it('takes a narrowing word under a negation for a widening, not a limit', () => {
    expect(
      leftOut([
        'The agent was told it did not have to focus only on office snacks and drinks.',
        'The update pleased users, not just as flattery but also as validation of their doubts.',
        'The agent was tested only on one office kitchen, over four weeks.',
        'The agent was not paid and ran only on credit.',
      ]),
    ).toEqual([
      ['limit', 'The agent was tested'],
      ['limit', 'The agent was not pa'],
    ]);
  });

  it('lists no heading ("Limitations") as something left out', () => {
    expect(kinds.find(([, t]) => String(t).startsWith('Limitations'))).toBeUndefined();
  });

  it('never files a headline result about cost as a trade-off', () => {
    expect(kinds.find(([, t]) => t === 'On cost, the gap')).toBeUndefined();
    expect(kinds.find(([, t]) => t === 'The specialized ')?.[0]).not.toBe('trade-off');
  });

  it('files a result from "our tests" as a number left out, and the same words with no figure as a limit', () => {
    const tested = articleOf(
      [
        'In our tests, the compact model reached a character error rate of 2.1% on scanned invoices.',
        'In internal testing, the assistant resolved 64% of tickets without a person.',
        // Where the result comes from is its only bound here: no figure, so a limit.
        'In our experiments, the compact model read printed invoices better than handwriting.',
        // "Internal tests" is no limiter of the strength rules: only the provenance list bounds it.
        'Internal tests showed the compact model reading printed forms better than handwriting.',
        'On one benchmark, the model scored 71% against 65% for the baseline.',
      ],
      { url: 'https://lab.example/blog/tests', title: 'Tests' },
    );
    const kindOf = Object.fromEntries(
      omissionsOf(tested).map((o) => [o.text.slice(0, 16), o.kind]),
    );
    expect(kindOf).toEqual({
      'In our tests, th': 'number',
      'In internal test': 'number',
      'In our experimen': 'limit',
      'Internal tests s': 'limit',
      // A bound on the result, figure or not.
      'On one benchmark': 'limit',
    });
  });

  it('takes an "if" that offers the reader something for no caveat, and a condition on the result for one', () => {
    const offered = articleOf(
      [
        'If you want to try the compact model on your own invoices, the model card is on our page.',
        'If you would like the raw scores, we can share them on request.',
        'If the invoices are handwritten, the compact model reads far fewer of their fields.',
      ],
      { url: 'https://lab.example/blog/offer', title: 'Offer' },
    );
    const listed = omissionsOf(offered).map((o) => [o.kind, o.text.slice(0, 16)]);
    expect(listed).toEqual([['caveat', 'If the invoices ']]);
  });

  it('leaves out what the page covered', () => {
    const covered = new Set([
      source.sentences.findIndex((s) => s.text.startsWith('The result was')),
    ]);
    expect(omissionsOf(source, covered).map((o) => o.kind)).not.toContain('limit');
  });
});

void FILLER;
