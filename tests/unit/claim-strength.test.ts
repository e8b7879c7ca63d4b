import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessSentence, createAssessor, explainSentence } from '../../lib/analysis/claim-strength';
import { MODEL_CLASSES, type ClaimStrengthModelFile } from '../../lib/analysis/strength/model';
import model from '../../lib/knowledge/claim-strength-model.json';
import { conditionalModals, parse, ruleFeatures } from '../../lib/analysis/strength/features';

// Each class guarded by sentences written here: AI news first, then the science-news forms the
// scale comes from (Sumner et al. 2014; Yu et al. 2019).
const cases: [string, string][] = [
  ['none', 'Why it matters'],
  ['none', 'Is bigger always better?'],
  ['none', 'WIRE SERVICE · June 3, 2026 · 4:10 PM · Technology · Updated 2 hours ago · 5 min read'],
  ['none', 'There is no evidence that larger models reason better.'],
  ['none', 'It is unclear whether the gains carry over to other languages.'],
  // A statement that there is no relation (Sumner et al. 2014 grade it below correlation).
  ['none', 'The new tokenizer did not reduce latency.'],
  ['none', 'Model size was not associated with accuracy on coding tasks.'],
  ['none', 'Fine-tuning had no significant effect on hallucination rates.'],
  ['none', 'Longer prompts were not found to improve answers.'],
  ['correlational', 'Use of coding assistants is associated with shorter review times.'],
  ['correlational', 'Higher GPU spending was linked to faster product launches.'],
  ['conditional', 'Our 3B model can match frontier APIs on this benchmark.'],
  ['conditional', 'Specialized models may deliver a better return for narrow tasks.'],
  // The research coding grades the claim a reporting verb carries: "suggest that X reduces Y" is a
  // direct claim (Yu et al. 2019; 27 of 70 such sentences in their data are direct, 1 conditional).
  // "suggest" still makes the sentence uncertain, so dropping it counts as strengthening.
  // "can" claims an effect as a capability: between "may" and a plain causal claim (Sumner et al.).
  ['conditional', 'Retrieval can reduce hallucinations.'],
  ['conditional', 'Agents can help developers ship faster.'],
  ['direct', 'Retrieval reduces hallucinations.'],
  ['direct', 'The results suggest that fine-tuning reduces errors.'],
  ['conditional', 'This may not hold in every setting.'],
  // A result bounded by its test (a pilot, one benchmark, a group of users) is limited in scope.
  ['conditional', 'In a small pilot with 12 users, the assistant reduced support ticket volume.'],
  ['conditional', 'On one benchmark, the small model beat the frontier API.'],
  ['conditional', 'Specialization is not inevitable.'],
  ['direct', 'The new chip improves training speed by 30%.'],
  ['direct', 'The fine-tuned model outperforms its base model on invoices.'],
  ['direct', 'Drinking coffee reduces the risk of stroke.'],
  // Short claims are judged by their words, not their length (the research data's short lines are
  // trial-registration stubs, so a length feature once taught "short means no claim").
  ['direct', 'Our agent reduces support costs.'],
  ['direct', 'Open weights drive adoption.'],
  ['direct', 'Specialization beats scale.'],
  ['direct', 'Rate limits curb abuse of the free tier.'],
  ['direct', 'Export controls hamper Chinese chip makers.'],
  // An agentive passive names the cause; a study "led by" its authors claims nothing.
  ['direct', 'The outage was caused by a faulty configuration push.'],
  ['direct', 'The move to small models is driven by budget needs.'],
  ['none', 'The study was led by researchers at two universities.'],
  ['universal', 'Specialized models consistently outperform general-purpose models.'],
  ['universal', 'Specialization is inevitable.'],
  [
    'universal',
    'Specialized AI models deliver better performance than general-purpose models for most real-world tasks.',
  ],
  ['universal', 'Bigger models always win.'],
];

describe('assessSentence', () => {
  it('tells assertions from headings, questions and label rows, whatever their strength', () => {
    expect(
      assessSentence('The compact model reached a character error rate of 2.1 percent.').assertion,
    ).toBe(true);
    expect(assessSentence('Why it matters').assertion).toBe(false);
    expect(assessSentence('Is bigger always better?').assertion).toBe(false);
    // A link or button label asks the reader to act; a headline that starts like one still claims.
    expect(assessSentence('Read at Hugging Face Blog').assertion).toBe(false);
    expect(assessSentence('Full reporting at the original source:').assertion).toBe(false);
    expect(assessSentence('Sign up for our weekly AI newsletter').assertion).toBe(false);
    expect(
      assessSentence('Get moving: daily exercise may reduce the risk of heart disease at any age')
        .assertion,
    ).toBe(true);
    expect(assessSentence('Book publishers sue OpenAI over training data').assertion).toBe(true);
    expect(assessSentence('Share prices of chipmakers fell after the launch').assertion).toBe(true);
    expect(assessSentence('Sign language models reach new accuracy highs').assertion).toBe(true);
    // Two labels with values make a data row; one is a claim about a figure.
    expect(assessSentence('Model confidence: 85 / 100 · Market impact: 40 / 100').assertion).toBe(
      false,
    );
    expect(assessSentence('Price: $20 a month. Context: 200k tokens').assertion).toBe(false);
    expect(assessSentence('Accuracy: 91% on MMLU, up from 85% last year.').assertion).toBe(true);
  });

  it('does not read the month May or a can of soup as hedges', () => {
    expect(
      assessSentence('The lab released the model in May 2025 after a long review.').uncertain,
    ).toBe(false);
  });

  it.each(cases)('%s: %s', (strength, sentence) => {
    expect(assessSentence(sentence).strength).toBe(strength);
  });

  it('returns hedges and boosters with offsets into the sentence', () => {
    const sentence = 'In our tests, the model may clearly beat every rival.';
    const { hedges, boosters } = assessSentence(sentence);
    for (const cue of [...hedges, ...boosters])
      expect(sentence.slice(cue.start, cue.end)).toBe(cue.text);
    expect(hedges.map((h) => h.text)).toEqual(['In our tests', 'may']);
    expect(boosters.map((b) => b.text)).toEqual(['clearly', 'every']);
  });

  it('lets a negation cancel the universal word in its clause only', () => {
    const r = assessSentence('This is not always true, but every vendor says it is.');
    expect(r.hedges.map((h) => h.kind)).toContain('negated-absolute');
    expect(r.boosters.map((b) => b.text)).toEqual(['every']);
  });

  it('matches relation verbs in every inflection, but not other words that share their stem', () => {
    const relations = (text: string) =>
      parse(text)
        .relations.filter((h) => h.category !== 'difference')
        .map((h) => h.phrase);
    expect(
      relations('The tool generates drafts, activated by prompts, and promoted reuse.'),
    ).toEqual(['generate', 'activate', 'promote']);
    expect(relations('General-purpose and generative models from active founders')).toEqual([]);
    expect(relations('Disruptive startups disrupt old vendors.')).toEqual(['disrupt']);
    expect(relations('The startup, founded in 2019, sells modules and promotional tools.')).toEqual(
      [],
    );
    expect(
      assessSentence('General models still have a role as platforms for specialized systems.')
        .strength,
    ).toBe('none');
    // Irregular forms have stems of their own, so the lexicon lists them.
    expect(
      relations(
        'Demand drove growth, was driven by prices and led to hiring; the chip has beaten its competitors and made training cheaper.',
      ),
    ).toEqual(['drove', 'driven', 'led to', 'beaten', 'made']);
    expect(relations('The startup raised $40 million and raised a new funding round.')).toEqual([]);
    expect(relations('Sugar raises the risk of diabetes.')).toEqual(['raise']);
    // A hyperlink is not a link between two things; "links X to Y" still is.
    expect(relations('This post links to the original paper.')).toEqual([]);
    expect(relations('A new study links coffee to longer life.')).toEqual(['linked']);
    expect(assessSentence('The startup raised $40 million.').strength).toBe('none');
  });

  it('reads a relation as denied only when the negation stands right before it', () => {
    const rule = (text: string) => explainSentence(text).rule;
    expect(rule('Distillation failed to improve the small model.')).toBe('no-relation');
    expect(rule('There is no evidence that larger models reason better.')).toBe('no-relation');
    // The negation belongs to something else: a subject, a second relation, a hedge.
    expect(rule('No rival model beats the new chip.')).not.toBe('no-relation');
    expect(assessSentence('Nothing beats a fine-tuned small model on invoices.').strength).not.toBe(
      'none',
    );
    expect(rule('Protein and not sugar activates the cells.')).not.toBe('no-relation');
    expect(rule('The update cuts latency without hurting accuracy.')).not.toBe('no-relation');
    expect(rule('The update does not necessarily improve accuracy.')).not.toBe('no-relation');
    expect(
      assessSentence('It does not only cut costs but also speeds up releases.').strength,
    ).not.toBe('none');
  });

  it('grades "can" as conditional only when it reaches a causal claim', () => {
    expect(explainSentence('The new chip can cut training costs in half.').rule).toBe('capability');
    // The "can" is shown as why: a capability, a weaker claim, not an uncertain one.
    const capability = assessSentence('The new chip can cut training costs in half.');
    expect(capability.hedges.map((h) => [h.text, h.kind])).toEqual([['can', 'capability']]);
    expect(capability.uncertain).toBe(false);
    expect(assessSentence('The model can write code and answer questions.').strength).toBe('none');
    expect(explainSentence("The model can't reduce costs.").rule).not.toBe('capability');
    // What a model is able to make is no effect on an outcome; ROI delivered is one.
    expect(
      explainSentence('The robot model can generate short videos of a kitchen.').rule,
    ).not.toBe('capability');
    expect(explainSentence('Tuned small models can deliver higher ROI.').rule).toBe('capability');
    expect(explainSentence('A small tuned model can cut the cost of OCR.').rule).toBe('capability');
    // "can" governs its own verb, not a clause that follows it.
    expect(explainSentence('You can see that inference prices increased last year.').rule).not.toBe(
      'capability',
    );
  });

  it('names the modal that makes a claim conditional as its hedge', () => {
    const hedgeWords = (text: string) =>
      assessSentence(text)
        .hedges.filter((h) => h.kind === 'hedge')
        .map((h) => h.text);
    // Wikipedia, which the cue model learnt from, often reads "could" as past ability.
    expect(hedgeWords('The agent could reduce support costs for small teams.')).toEqual(['could']);
    expect(assessSentence('The agent could reduce support costs for small teams.').uncertain).toBe(
      true,
    );
    expect(hedgeWords('Longer context might be linked to fewer retrieval errors.')).toEqual([
      'might',
    ]);
    // Negated, or too far from the relation, it is not this cue.
    expect(hedgeWords('The agent could not reduce support costs.')).toEqual([]);
    expect(
      conditionalModals(parse('They could sell the company, and the deal reduces costs.')),
    ).toEqual([]);
    // A title-case headline's "May" is the modal, not the month.
    expect(assessSentence('Small Teams Early May Avoid Lock-In').hedges.map((h) => h.text)).toEqual(
      ['May'],
    );
  });

  it('grades a prediction with "would" over a relation as conditional, not as no claim', () => {
    for (const text of [
      'The new chip would cut training costs by half.',
      'That would lower the cost of inference for small labs.',
    ]) {
      const r = explainSentence(text);
      expect([r.strength, r.hedges.map((h) => h.text)]).toEqual(['conditional', ['would']]);
    }
    // "should" recommends; a "would" that reaches no relation, or is negated, claims nothing here.
    expect(assessSentence('Companies should adopt smaller models for invoices.').strength).toBe(
      'none',
    );
    expect(assessSentence('We would welcome comments on the draft.').strength).toBe('none');
    expect(assessSentence('The new chip would not cut training costs.').strength).not.toBe(
      'conditional',
    );
  });

  it('marks an agentive passive of a causal verb, which names the cause', () => {
    const causedBy = (text: string) => ruleFeatures(parse(text)).has('r:caused-by');
    expect(causedBy('The outage was caused by a faulty configuration push.')).toBe(true);
    expect(causedBy('Demand is driven by the cost of inference.')).toBe(true);
    expect(causedBy('A faulty push caused the outage.')).toBe(false);
    expect(causedBy('The study was led by researchers at two universities.')).toBe(false);
    expect(causedBy('The chip was made in Taiwan by TSMC.')).toBe(false);
  });

  it('leaves approximators to the scope rules: a limiter of the figure, not a feature of the model', () => {
    const text = 'The update cut costs by about 40% for small teams.';
    expect([...ruleFeatures(parse(text))].some((f) => f.startsWith('r:h:approx'))).toBe(false);
    expect(assessSentence(text).hedges.map((h) => [h.text, h.kind])).toEqual([
      ['about', 'limiter'],
    ]);
    // A number in words is as rounded as one in digits; an approximator before anything else is not a limiter.
    const hedgesOf = (t: string) => assessSentence(t).hedges.map((h) => [h.text, h.kind]);
    expect(hedgesOf('The model ran at approximately fifty-two times lower cost.')).toEqual([
      ['approximately', 'limiter'],
    ]);
    expect(hedgesOf('The model ran at roughly the same cost as before.')).toEqual([]);
  });

  it('marks "will" reaching a relation, a predicted effect, apart from any "will"', () => {
    const features = (text: string) =>
      [...ruleFeatures(parse(text))].filter((f) => f.startsWith('r:will'));
    expect(features('This model will revolutionize coding.')).toEqual(['r:will', 'r:will>causal']);
    expect(features('This study will examine data from three hospitals.')).toEqual(['r:will']);
    expect(features('The update will not cut costs.')).toEqual(['r:will']);
    // With the shipped weights, the predicted effects of AI news read as direct claims.
    for (const text of [
      'This model will revolutionize coding.',
      'The runtime will transform inference latency for teams on small models.',
    ]) {
      expect(assessSentence(text).strength).toBe('direct');
    }
  });

  it('grades a level only when the sentence has words for it, else the next likeliest', () => {
    // Models whose class order is fixed by their bias alone, so the rule is tested apart from any
    // trained weights: conditional first, then correlational, direct, none.
    const ranked = (order: string[]) =>
      createAssessor({
        ...(model as ClaimStrengthModelFile),
        strength: {
          classes: MODEL_CLASSES,
          bias: MODEL_CLASSES.map((c) => 10 - order.indexOf(c)),
          weights: {},
        },
      }).details;
    const conditionalFirst = ranked(['conditional', 'correlational', 'direct', 'none']);
    // A modal that reaches no relation word is the hedge shown.
    const modal = conditionalFirst('The update could freeze older laptops.');
    expect([modal.strength, modal.rule, modal.hedges.map((h) => h.text), modal.uncertain]).toEqual([
      'conditional',
      null,
      ['could'],
      true,
    ]);
    // The month May hedges nothing, and nothing relates: none.
    const month = conditionalFirst('The lab released the model in May 2025 after a long review.');
    expect([month.strength, month.rule, month.hedges]).toEqual(['none', 'no-cue', []]);
    // A difference between groups is a correlational claim (Yu et al.'s guideline) and has its words.
    expect(conditionalFirst('Hallucination rates were higher among smaller models.').strength).toBe(
      'correlational',
    );
    // A relation word allows direct; a byline allows neither.
    const directFirst = ranked(['direct', 'correlational', 'conditional', 'none']);
    expect(directFirst('Open weights drive adoption.').strength).toBe('direct');
    expect(directFirst('Photo by Jane Doe for Reuters').strength).toBe('none');
    // With the shipped weights: fragments the model reads as correlational from "risk" and the like.
    for (const text of [
      'No mention of vendor lock-in risks',
      'Sharing models with a single team',
    ]) {
      const d = explainSentence(text);
      expect([d.modelClass === 'none', d.rule, d.strength]).toEqual([false, 'no-cue', 'none']);
    }
  });

  it('makes a relation-less claim universal only with a sweeping word, not a most/all quantifier alone', () => {
    const noneFirst = createAssessor({
      ...(model as ClaimStrengthModelFile),
      strength: {
        classes: MODEL_CLASSES,
        bias: MODEL_CLASSES.map(
          (c) => 10 - ['none', 'direct', 'correlational', 'conditional'].indexOf(c),
        ),
        weights: {},
      },
    }).details;
    // A quantifier with no relation counts how many: none (Yu et al. code 82 of 93 such sentences so).
    expect(noneFirst('Most of the team works remotely on Fridays.').strength).toBe('none');
    expect(noneFirst('All the benchmark runs finished overnight.').strength).toBe('none');
    // "always", "inevitable", a certainty booster: sweeping on their own.
    expect(noneFirst('Bigger models always win.').strength).toBe('universal');
    expect(noneFirst('Consolidation of the chip market is inevitable.').strength).toBe('universal');
    expect(noneFirst('This vendor certainly leads the market.').strength).toBe('universal');
    // Over a relation, a quantifier sweeps it.
    expect(assessSentence('Small models beat large ones on most tasks.').strength).toBe(
      'universal',
    );
  });

  it('switches scope rules off only when asked, for evaluation', () => {
    const text = 'The new chip can cut training costs in half.';
    const shipped = createAssessor(model as ClaimStrengthModelFile);
    expect(shipped.details(text)).toEqual(explainSentence(text));
    const withoutCan = createAssessor(model as ClaimStrengthModelFile, {
      disabledRules: new Set(['capability']),
    }).details(text);
    expect([withoutCan.strength, withoutCan.rule, withoutCan.hedges]).toEqual(['direct', null, []]);
    const withoutWords = createAssessor(
      {
        ...(model as ClaimStrengthModelFile),
        strength: { classes: MODEL_CLASSES, bias: [0, 0, 0, 10], weights: {} },
      },
      { disabledRules: new Set(['no-cue']) },
    );
    expect(withoutWords.details('Photo by Jane Doe for Reuters').strength).toBe('direct');
  });

  it('names the words its relation turns on, or the words that deny it', () => {
    const relation = (text: string) => {
      const r = assessSentence(text).relation;
      return r && [r.text, r.kind];
    };
    expect(relation('Fine-tuning did not improve accuracy on the test set.')).toEqual([
      'did not improve',
      'denied',
    ]);
    expect(relation('There is no evidence that larger models reason better.')).toEqual([
      'no evidence that',
      'denied',
    ]);
    expect(relation('Longer prompts are linked to lower accuracy.')).toEqual([
      'linked to',
      'correlational',
    ]);
    expect(relation('The new compiler cuts build times for large projects.')).toEqual([
      'cuts',
      'causal',
    ]);
    // A correlational claim names its correlational word, even beside a causal one.
    expect(relation('Heavy use is associated with reduced accuracy.')).toEqual([
      'associated with',
      'correlational',
    ]);
    expect(relation('The model reached 2.1% error on the benchmark.')).toBeUndefined();
  });

  it('reads a causal participle before its noun as describing it, not as a relation', () => {
    const relation = (text: string) => assessSentence(text).relation?.text;
    // "Increased fragmentation" names a state; the sentence claims no cause.
    expect(assessSentence('Increased fragmentation is a concern for developers.').strength).toBe(
      'none',
    );
    expect(relation('Increased fragmentation is a concern for developers.')).toBeUndefined();
    expect(relation('Despite reduced budgets, the lab shipped two models.')).toBeUndefined();
    // The sentence's own relation is the one shown, not the participle before it.
    expect(relation('The increased demand for GPUs led to shortages.')).toBe('led to');
    // Verbs stay relations: after a subject, "has" or "and", or before "by", an object or a determiner.
    for (const [text, verb] of [
      ['The update reduced latency on phones.', 'reduced'],
      ['The startup has improved its models.', 'improved'],
      ['It cut costs and improved reliability.', 'cut'],
      ['Costs increased by 5% last year.', 'increased'],
      ['Fine-tuning reduced the error rate.', 'reduced'],
    ]) {
      expect(assessSentence(text!).strength).toBe('direct');
      expect(relation(text!)).toBe(verb);
    }
  });

  it('quotes a first-person belief with its subject: the writer’s own hedge', () => {
    expect(
      assessSentence('We expect fine-tuning to become routine.').hedges.map((h) => h.text),
    ).toEqual(['We expect']);
    expect(assessSentence('Analysts expect prices to fall.').hedges.map((h) => h.text)).toEqual([
      'expect',
    ]);
  });

  it('marks uncertainty when a hedge is present', () => {
    expect(assessSentence('The model might help.').uncertain).toBe(true);
    expect(assessSentence('The results suggest that fine-tuning reduces errors.').uncertain).toBe(
      true,
    );
    expect(assessSentence('We believe open weights will win.').uncertain).toBe(true);
    expect(assessSentence('If the trend holds, costs will fall.').uncertain).toBe(true);
    expect(assessSentence('The model helps.').uncertain).toBe(false);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        const r = assessSentence(text);
        for (const cue of [...r.hedges, ...r.boosters])
          expect(text.slice(cue.start, cue.end)).toBe(cue.text);
      }),
    );
  });
});
