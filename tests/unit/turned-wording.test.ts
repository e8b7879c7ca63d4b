import { describe, expect, it } from 'vitest';
import { turnedWording } from '../../lib/analysis/align/turned-wording';
import { autonomyTurned, tieTurned } from '../../lib/analysis/align/turns/more';
import { analyze } from '../../lib/analysis/analyze';
import { claimDifference } from '../../lib/report/claim-words';
import { english } from '../../lib/words/english';
import { articleOf, FILLER } from './support/article';

// Sentence pairs written here: a source's passage, then a retelling. Each wrong retelling comes
// with a faithful one of the same passage that must not be taken for it.

const kindOf = (claim: string, passage: string) => turnedWording(claim, passage)?.kind ?? null;

describe('a retelling that says the opposite of its passage', () => {
  it('drops or adds the negation of a word both say', () => {
    const passage = 'The model does not support audio input at launch.';
    expect(turnedWording('The model supports audio input at launch.', passage)).toEqual({
      kind: 'negation',
      source: 'not support audio input',
      page: 'supports audio input',
    });
    expect(kindOf('The model cannot take audio input at launch.', passage)).toBeNull();
    expect(kindOf('The model needs a GPU to run.', 'The model does not need a GPU to run.')).toBe(
      'negation',
    );
    // The same word in another form: "running" is "run", "studies" is "study".
    expect(kindOf('The model is running on phones.', 'The model does not run on phones.')).toBe(
      'negation',
    );
    expect(kindOf('The lab studies long documents.', 'The lab did not study long documents.')).toBe(
      'negation',
    );
    expect(
      kindOf('The model runs without a GPU.', 'The model does not need a GPU to run.'),
    ).toBeNull();
    // Added by the page: the source states it plainly.
    expect(
      kindOf('The lab did not publish the benchmark.', 'The lab published the benchmark in April.'),
    ).toBe('negation');
    expect(
      turnedWording(
        'The peer-reviewed results show the model works.',
        'The results are preliminary and have not been peer reviewed.',
      ),
    ).toMatchObject({ kind: 'negation', source: 'not been peer reviewed' });
  });

  it('reads words as the tokenizer does: a contraction as its "not", a joined word in parts', () => {
    // "doesn't", "can't" and "cannot" negate as "does not" does, curly apostrophe or straight.
    for (const page of [
      'The model doesn’t support audio input.',
      "The model can't support audio input.",
      'The model cannot support audio input.',
    ])
      expect(kindOf(page, 'The model supports audio input.')).toBe('negation');
    // "peer-reviewed" turns on "reviewed": the source's "have not been reviewed" is its opposite.
    expect(
      kindOf('The results were peer-reviewed.', 'The results have not been reviewed by peers.'),
    ).toBe('negation');
    // A pronoun with its clitic ("They’re", "they're") is the pronoun, no word the clause is
    // about: the two share only "scale", and the negation is of something else.
    expect(
      kindOf(
        'They’re not here at scale yet, but the argument is obvious.',
        "Such cases matter, but they're difficult to capture at scale.",
      ),
    ).toBeNull();
  });

  it('not where a word negates by its meaning, the negation says "not only", or is of something else', () => {
    // "stops" negates on the plain side: both sentences say that parameter count is not the lever.
    expect(
      kindOf(
        'The model matched human experts on all five tasks.',
        'The model matched human experts on two of the five tasks.',
      ),
    ).toBe('scope');
    expect(
      kindOf(
        'Parameter count stops being the decisive lever once training is close to the task.',
        'What decided the ranking was not parameter count, but how close training was to the task.',
      ),
    ).toBeNull();
    // A contrast is still a negation: the page says what the source says it was not.
    expect(
      kindOf(
        'Parameter count decided the ranking.',
        'What decided the ranking was not parameter count, but how close training was to the task.',
      ),
    ).toBe('negation');
    expect(
      kindOf(
        'The model reads text and images in one pass.',
        'The model not only reads text but also images in one pass.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The model reads text and images.',
        'The model not only reads text but also images, though it does not read audio.',
      ),
    ).toBeNull();
    // The passage negates the word in one place and states it in another: someone else's running.
    expect(
      kindOf(
        'The model runs on a laptop.',
        'Unlike rivals that do not run on phones at all, the model runs on a laptop.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The model runs on a laptop.',
        'Older models do not run on a laptop, but this model runs on a laptop.',
      ),
    ).toBeNull();
    // The negated clause is about something else: only "release" is shared with the claim.
    expect(
      kindOf(
        'The model releases updates monthly.',
        'The lab did not release the training code, and the model gets updates monthly.',
      ),
    ).toBeNull();
    // One shared word is no reason to read the two as one statement.
    expect(
      kindOf('We did not know where to find a server.', 'What biology already knows.'),
    ).toBeNull();
    // "marginal" is not "margin", though Porter stems both to "margin".
    expect(
      kindOf(
        'This is not a marginal edge for buyers.',
        'It won by a margin large enough for buyers.',
      ),
    ).toBeNull();
    // A word that negates by its meaning ("non-", "bars") on the plain side: no plain statement.
    expect(
      kindOf(
        'OpenAI did not directly supervise its chain of thought.',
        'The model has a non-supervised chain of thought.',
      ),
    ).toBeNull();
  });

  it('reverses a change or a comparison of the same thing', () => {
    // A multiple in a word says its direction: "doubled" is a rise, "halved" a fall.
    expect(
      kindOf(
        'The error rate on invoices doubled after the update.',
        'The error rate on invoices fell from 10% to 5% after the update.',
      ),
    ).toBe('direction');
    expect(
      kindOf(
        'Throughput halved with the new kernel on long prompts.',
        'Throughput doubled with the new kernel on long prompts.',
      ),
    ).toBe('direction');
    expect(
      kindOf(
        'The update halved the error rate on invoices.',
        'The error rate on invoices fell from 10% to 5% after the update.',
      ),
    ).toBeNull();
    const passage = 'Latency fell by 40 percent compared with the previous version.';
    expect(
      turnedWording('Latency rose by 40 percent against the previous version.', passage),
    ).toEqual({ kind: 'direction', source: 'fell', page: 'rose' });
    expect(kindOf('Latency dropped 40% against the previous version.', passage)).toBeNull();
    expect(kindOf('Prices rose.', 'Prices fell.')).toBe('direction');
    // A word that says a fall only before an amount.
    expect(
      kindOf(
        'Costs rose by a third after the switch.',
        'Costs dropped by a third after the switch.',
      ),
    ).toBe('direction');
    expect(
      kindOf(
        'Latency rose to 400 ms on long prompts.',
        'Latency was cut to 200 ms on long prompts.',
      ),
    ).toBe('direction');
    expect(
      kindOf(
        'Costs rose after the lab dropped the old model.',
        'Costs fell after the lab dropped the old model.',
      ),
    ).toBe('direction');
    // Not before an amount: "dropped support" is no fall of anything.
    expect(
      kindOf(
        'The lab dropped support for the old API after the update.',
        'The lab’s support rose after the update.',
      ),
    ).toBeNull();
    const slower = 'The small model is slower than the large model on long documents.';
    expect(
      kindOf('The small model is faster than the large model on long documents.', slower),
    ).toBe('direction');
    // The same comparison made of the other thing, or in the other order.
    expect(
      kindOf('The large model is faster than the small model on long documents.', slower),
    ).toBeNull();
    expect(
      kindOf(
        'Accuracy on Portuguese documents was lower than on English.',
        'Accuracy was higher on English than on Portuguese documents.',
      ),
    ).toBeNull();
    // The passage says both directions, of two things; or it negates (did not fall).
    expect(
      kindOf(
        'Costs fell for cloud customers.',
        'Costs rose for cloud customers but fell for the rest.',
      ),
    ).toBeNull();
    expect(
      kindOf('Latency rose after the update.', 'Latency did not fall after the update.'),
    ).toBeNull();
    // Words apart: "no rival model" negates the rivals, not this model's support.
    expect(
      kindOf('The model supports audio input.', 'No rival model supports audio input.'),
    ).toBeNull();
    // "not only" negates nothing.
    expect(
      kindOf(
        'The model is slower than its predecessor.',
        'The model is not only faster but also cheaper than its predecessor.',
      ),
    ).toBe('direction');
  });
});

describe('a comparison with its sides swapped', () => {
  it('is the opposite, unless it is the same comparison in the passive or from the other side', () => {
    const passage = 'GPT-4o outperformed the small model on the reasoning benchmark.';
    expect(
      turnedWording('The small model outperformed GPT-4o on the reasoning benchmark.', passage),
    ).toEqual({
      kind: 'direction',
      source: 'GPT-4o outperformed the small model on the reasoning benchmark',
      page: 'The small model outperformed GPT-4o on the reasoning benchmark',
    });
    expect(
      kindOf(
        'The compact model beat the large model on every coding task.',
        'The large model beat the compact model on every coding task.',
      ),
    ).toBe('direction');
    expect(
      kindOf('The small model was outperformed by GPT-4o on the reasoning benchmark.', passage),
    ).toBeNull();
    expect(kindOf('GPT-4o outperformed the small model on reasoning.', passage)).toBeNull();
    // Another comparison, or a side that is not swapped: the large model beating the small one
    // says nothing of the small one against GPT-4o.
    expect(
      kindOf(
        'The small model is cheaper than GPT-4o on the benchmark.',
        'GPT-4o outperformed the small model on the benchmark.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The small model outperformed GPT-4o on reasoning.',
        'The large model outperformed the small model on reasoning.',
      ),
    ).toBeNull();
    // Partly swapped is swapped: Mistral changed sides.
    expect(
      kindOf(
        'Llama and Mistral outperformed Gemma on math.',
        'Gemma and Llama outperformed Mistral on math.',
      ),
    ).toBe('direction');
    expect(
      kindOf(
        'The large model beat the compact model on coding.',
        'The large model beat the compact model on every coding task.',
      ),
    ).toBeNull();
  });
});

describe('a retelling that says more than its passage', () => {
  it('weights anyone can download told as kept behind an API, or the other way', () => {
    const open =
      'The open-weight models are available under the Apache 2.0 license and can be downloaded from Hugging Face.';
    expect(turnedWording('The weights are available only through a paid API.', open)).toEqual({
      kind: 'negation',
      source: 'open-weight',
      page: 'only through a paid API',
    });
    expect(
      kindOf(
        'The smaller model is API-only.',
        'The smaller model is small enough to run locally on a laptop.',
      ),
    ).toBe('negation');
    const closed =
      'The model is available only through our API, and we are not releasing the weights.';
    expect(kindOf('The weights can be downloaded from Hugging Face.', closed)).toBe('negation');
    // A negation inside a term is the term's; outside it, the negation rule's.
    const preview = 'The weights are not downloadable during the preview.';
    expect(kindOf('During the preview the weights are downloadable.', preview)).toBe('negation');
    expect(kindOf('Anyone can download the weights from Hugging Face.', open)).toBeNull();
    // Terms of both kinds in the passage: one model open, another behind the API.
    expect(
      kindOf(
        'The larger model is API-only.',
        'The 20B model is open-weight, while the 120B model is available only through the API.',
      ),
    ).toBeNull();
  });

  it('a result in simulation told as one in the real world, or the other way', () => {
    const sim = 'The robot completed 62% of pick-and-place tasks in simulation.';
    expect(
      turnedWording('The robot finished 62% of pick-and-place tasks on real robots.', sim),
    ).toEqual({ kind: 'negation', source: 'in simulation', page: 'on real robots' });
    expect(
      kindOf(
        'It succeeded on 65% of manipulation tasks in simulation.',
        'The model achieved a 65% success rate on real-world manipulation tasks.',
      ),
    ).toBe('negation');
    expect(kindOf('In simulation the robot finished 62% of its tasks.', sim)).toBeNull();
    // Both settings on one side: trained in one, tested in the other.
    const both =
      'The policy was trained in simulation and then tested on real robots, where it succeeded in 40% of trials.';
    expect(kindOf('The policy succeeded in 40% of trials on real robots.', both)).toBeNull();
    expect(
      kindOf('Trained in simulation, the policy transfers to real-world tasks.', sim),
    ).toBeNull();
  });

  it('a licence that bars commercial use told as one that allows it, or the other way', () => {
    const research = 'We are releasing the model under a research-only license.';
    expect(
      turnedWording('The model is released under a permissive commercial license.', research),
    ).toEqual({ kind: 'negation', source: 'research-only', page: 'permissive' });
    expect(kindOf('The model comes under a research-only license.', research)).toBeNull();
    // The "non" of "non-commercial" is the term's, and "commercial" inside it no permission.
    const nc = 'The weights are released under a non-commercial license.';
    expect(kindOf('The weights can be used commercially.', nc)).toBe('negation');
    expect(kindOf('The weights carry a non-commercial license.', nc)).toBeNull();
    expect(kindOf('The weights are for non-commercial use only.', nc)).toBeNull();
    expect(kindOf('The weights cannot be used commercially.', nc)).toBeNull();
    // "Without" inside a term of either kind is the term's.
    expect(kindOf('The weights can be used without restrictions.', nc)).toBe('negation');
    expect(
      kindOf(
        'The weights are released under a non-commercial license.',
        'The weights are released under the Apache 2.0 license.',
      ),
    ).toBe('negation');
    // Terms of both kinds in the passage, or in the claim: nothing turned.
    expect(
      kindOf(
        'The code is released under the MIT license.',
        'The code is MIT-licensed and the weights are for research use only.',
      ),
    ).toBeNull();
    expect(
      kindOf('The model has moved from a research-only license to Apache 2.0.', research),
    ).toBeNull();
    expect(
      kindOf(
        'Unlike research-only licences elsewhere, the weights are Apache 2.0.',
        'The weights are released under Apache 2.0.',
      ),
    ).toBeNull();
  });

  it('a thing of one kind told as of the opposite kind', () => {
    const web = 'The model was trained on 15 trillion tokens of public web data.';
    expect(
      turnedWording('The model was trained on 15 trillion tokens of private user data.', web),
    ).toEqual({ kind: 'negation', source: 'public web data', page: 'private user data' });
    expect(kindOf('The model learned from 15 trillion tokens of public web text.', web)).toBeNull();
    const synthetic = 'We trained the model on synthetic data generated by our larger model.';
    expect(kindOf('The model was trained on human-written data.', synthetic)).toBe('negation');
    expect(
      kindOf('The model learned from synthetic data made by a larger sibling.', synthetic),
    ).toBeNull();
    const free = 'The assistant is free for students.';
    expect(kindOf('The assistant is a paid product for students.', free)).toBe('negation');
    expect(kindOf('Students can use the assistant for free.', free)).toBeNull();
    // Of another thing ("private repositories", not the data), or a passage with both kinds.
    expect(kindOf('The model reads private repositories.', web)).toBeNull();
    expect(
      kindOf(
        'The benchmark shows gains on public datasets.',
        'Our internal benchmark shows gains on public datasets.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'Private forums helped train the model.',
        'Public web data was used to train the model.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The lab trains on private data.',
        'The lab trains on a mix of public and private data.',
      ),
    ).toBeNull();
    // A claim that names the passage's kind too ("from private to public data").
    expect(
      kindOf('The lab moved from private data to public web data for training.', web),
    ).toBeNull();
  });

  it('names someone else for what the passage says one party did', () => {
    const chip = 'The chip was designed by Arm and manufactured by TSMC.';
    expect(turnedWording('The chip was designed and manufactured by TSMC.', chip)).toEqual({
      kind: 'agent',
      source: 'designed by Arm',
      page: 'designed and manufactured by TSMC',
    });
    expect(
      kindOf(
        'The model was trained by Hugging Face.',
        'The model was trained by the Allen Institute and released by Hugging Face.',
      ),
    ).toBe('agent');
    expect(kindOf('The chip, designed by Arm, is manufactured by TSMC.', chip)).toBeNull();
    expect(kindOf('The chip was manufactured by TSMC.', chip)).toBeNull();
    // The same party, however cased, led by "the" or named in full.
    expect(
      kindOf(
        'The chip was designed by Arm Holdings.',
        'The chip was designed by Arm in Cambridge.',
      ),
    ).toBeNull();
    expect(
      kindOf('The chip was designed by ARM in Cambridge.', 'The chip was designed by the Arm.'),
    ).toBeNull();
    // Another act by someone else is no swap: "tested by" is not "designed by".
    expect(kindOf('The chip was tested by TSMC.', chip)).toBeNull();
  });

  it('tells a plan as done, unless it still speaks of a future or of something done already', () => {
    const passage = 'We plan to release the weights later this year.';
    expect(turnedWording('The lab has released the weights.', passage)).toEqual({
      kind: 'plan',
      source: 'plan to release',
      page: 'released',
    });
    expect(kindOf('The lab will release the weights later this year.', passage)).toBeNull();
    expect(kindOf('The weights are expected later this year.', passage)).toBeNull();
    expect(kindOf('The weights are due to be released in the spring.', passage)).toBeNull();
    expect(
      kindOf(
        'The feature is available to all customers today.',
        'The feature will be available to enterprise customers next month.',
      ),
    ).toBe('plan');
    expect(
      kindOf('The company open-sourced the model.', 'The company plans to open-source the model.'),
    ).toBe('plan');
    // One word shared is not the plan: "push" back is not the push the source hopes for.
    expect(
      kindOf(
        'Readers pushed the editors to correct the story.',
        'We hope to push the agent toward new markets.',
      ),
    ).toBeNull();
    // Available today for some, planned for others: the page's "available" may be the done part.
    expect(
      kindOf(
        'The feature is available to Pro users today.',
        'The feature is available today for Pro users and will be available to free users next month.',
      ),
    ).toBeNull();
  });

  it('makes a share of a thing all of it', () => {
    expect(
      turnedWording(
        'All users reported that the model refused harmless requests.',
        'Some users reported that the model refused harmless requests.',
      ),
    ).toEqual({ kind: 'scope', source: 'Some users', page: 'All users' });
    expect(
      kindOf(
        'All of the gains came from better training data.',
        'Most of the gains came from better training data.',
      ),
    ).toBe('scope');
    expect(
      kindOf(
        'Every tester found the agent reliable.',
        'Several early testers found the agent reliable.',
      ),
    ).toBe('scope');
    expect(
      kindOf(
        'Every user can opt out of data collection.',
        'All users can opt out of data collection.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'A few early testers said the agent was reliable.',
        'Several early testers found it reliable.',
      ),
    ).toBeNull();
    expect(
      kindOf('All users must accept the new terms.', 'Some users reported refusals.'),
    ).toBeNull();
    // The passage says "all" of the same thing too.
    expect(
      kindOf(
        'All users could opt out of the test.',
        'Most users liked the model and all users could opt out of the test.',
      ),
    ).toBeNull();
  });
});

describe('a retelling that makes one of several the one, a little a lot, a cut an end', () => {
  it('makes less than most of a thing most of it', () => {
    const two = 'The model beat GPT-4o on two of the five benchmarks.';
    expect(turnedWording('The model beat GPT-4o on most benchmarks.', two)).toEqual({
      kind: 'scope',
      source: 'two of the five benchmarks',
      page: 'most benchmarks',
    });
    expect(kindOf('The model beat GPT-4o on two of five benchmarks.', two)).toBeNull();
    const some = 'Some users in the pilot reported faster answers from the assistant.';
    expect(
      kindOf('Most users in the pilot reported faster answers from the assistant.', some),
    ).toBe('scope');
    const many = 'Many testers in the pilot saw faster answers from the assistant.';
    expect(kindOf('Most testers in the pilot saw faster answers from the assistant.', many)).toBe(
      'scope',
    );
    expect(
      kindOf('Plenty of testers in the pilot saw faster answers from the assistant.', many),
    ).toBeNull();
    // Four of five is most; a passage that says "most" of it too.
    expect(
      kindOf(
        'The model beat GPT-4o on most benchmarks.',
        'The model beat GPT-4o on four of the five benchmarks.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'Most users in the pilot saw faster answers.',
        'Most users in the pilot saw faster answers, and some users saw errors.',
      ),
    ).toBeNull();
  });

  it('makes a count of a thing all of it, unless the claim counts it too', () => {
    const twelve = 'The model supports 12 languages, including Hindi and Swahili.';
    expect(turnedWording('The model supports every major language.', twelve)).toEqual({
      kind: 'scope',
      source: '12 languages',
      page: 'every major language',
    });
    expect(
      kindOf('The model handles 12 languages, Hindi and Swahili among them.', twelve),
    ).toBeNull();
    expect(kindOf('The model supports all 12 languages.', twelve)).toBeNull();
    // A figure is no count, and a word after the noun is no noun.
    expect(
      kindOf(
        'This time, all the tests pass.',
        'The model achieves 65.8% pass@1 on the verified tests with its tools.',
      ),
    ).toBeNull();
    expect(
      kindOf('All the tests pass on the model.', 'On the model, 8 pass of the verified tests.'),
    ).toBeNull();
  });

  it('drops "one of" or "among" before a superlative', () => {
    expect(
      turnedWording(
        'The new model is the largest open model released this year.',
        'It is one of the largest open models released this year.',
      ),
    ).toEqual({ kind: 'scope', source: 'one of the largest open', page: 'the largest open' });
    expect(
      kindOf(
        'The model is the most accurate OCR system the lab tested.',
        'The model is among the most accurate OCR systems we tested.',
      ),
    ).toBe('scope');
    expect(
      kindOf(
        'The new model ranks among the largest open models released this year.',
        'It is one of the largest open models released this year.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The new model is the largest open model released this year.',
        'It is the largest open model released this year.',
      ),
    ).toBeNull();
    expect(
      kindOf('The largest model is open.', 'It is one of the largest labs in Europe.'),
    ).toBeNull();
    // The superlative the claim keeps is one the passage states alone.
    expect(
      kindOf(
        'It is the largest model to run on a phone.',
        'It is one of the first models to run on a phone, and the largest to do so.',
      ),
    ).toBeNull();
  });

  it('intensifies a word the passage tones down', () => {
    expect(
      turnedWording(
        'The update made the model dramatically faster on short prompts.',
        'The update made the model slightly faster on short prompts.',
      ),
    ).toEqual({ kind: 'scope', source: 'slightly faster', page: 'dramatically faster' });
    expect(
      kindOf(
        'The new phone is dramatically faster.',
        'The old chips were slightly faster at training.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The update made the model a bit faster on short prompts.',
        'The update made the model slightly faster on short prompts.',
      ),
    ).toBeNull();
  });

  it('a tool that helps people told as acting alone', () => {
    const helps = 'The system can help researchers explore new hypotheses faster.';
    expect(turnedWording('The tool explores new hypotheses on its own.', helps)).toEqual({
      kind: 'scope',
      source: 'help',
      page: 'on its own',
    });
    expect(
      kindOf(
        'AlphaEvolve autonomously found better constructions.',
        'AlphaEvolve assisted mathematicians in finding better constructions.',
      ),
    ).toBe('scope');
    expect(kindOf('The tool helps scientists explore new hypotheses quickly.', helps)).toBeNull();
    // Not negated; the passage's own autonomy; help with something else.
    expect(autonomyTurned('The tool cannot explore new hypotheses on its own.', helps)).toBeNull();
    expect(
      kindOf(
        'Claudius ran the shop on its own.',
        'Claudius ran the shop largely on its own, with staff helping to restock it.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The agent books the hotels on its own.',
        'The agent books the flights on its own and helps travellers book the hotels.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The model writes the code on its own.',
        'The model writes the code, and a second model helps test the finished programs.',
      ),
    ).toBeNull();
  });

  it('a partner or a stake told as owned: a tie with the same party made closer', () => {
    expect(
      turnedWording(
        'Anthropic acquired Andon Labs to run the experiment.',
        'Anthropic collaborated with Andon Labs, an AI safety evaluation company, to run the experiment.',
      ),
    ).toEqual({
      kind: 'scope',
      source: 'collaborated with Andon Labs',
      page: 'acquired Andon Labs',
    });
    const stake = 'Microsoft has invested about $13 billion in OpenAI.';
    expect(kindOf('Microsoft owns OpenAI.', stake)).toBe('scope');
    expect(kindOf('Microsoft has put about $13 billion into OpenAI.', stake)).toBeNull();
    // A stake owned is a stake ("owns" inside "owns a stake in"), and a tie as close or looser is kept.
    const minority = 'Amazon owns a minority stake in Anthropic.';
    expect(kindOf('Amazon owns a stake in Anthropic.', minority)).toBeNull();
    expect(kindOf('Amazon acquired Anthropic.', minority)).toBe('scope');
    expect(kindOf('Meta invested in the startup.', 'The startup was acquired by Meta.')).toBeNull();
    // Another party, or a negated tie, is not this tie.
    expect(kindOf('Microsoft acquired Inflection.', stake)).toBeNull();
    expect(kindOf('Microsoft does not own OpenAI.', stake)).not.toBe('scope');
    expect(tieTurned('Microsoft does not own OpenAI.', stake)).toBeNull();
    expect(tieTurned('Microsoft owns OpenAI.', 'Microsoft has not invested in OpenAI.')).toBeNull();
  });

  it('tells a problem lessened as ended', () => {
    const passage = 'The model reduced hallucinations in our internal evaluation.';
    expect(turnedWording('The model eliminated hallucinations.', passage)).toEqual({
      kind: 'scope',
      source: 'reduced',
      page: 'eliminated',
    });
    expect(kindOf('In internal testing, the model cut hallucinations.', passage)).toBeNull();
    expect(kindOf('The model did not eliminate hallucinations.', passage)).toBeNull();
    expect(
      kindOf(
        'The filter eliminated duplicate answers.',
        'The filter reduced toxic outputs and eliminated duplicate answers.',
      ),
    ).toBeNull();
    expect(kindOf('The update removed the latency cap.', 'The update reduced latency.')).toBeNull();
    expect(
      kindOf('The team eliminated the bug.', 'Prices were reduced for enterprise customers.'),
    ).toBeNull();
    expect(kindOf('The model reduced errors and eliminated hallucinations.', passage)).toBe(
      'scope',
    );
  });
});

describe('a release made more than it is', () => {
  it('a limited release retold as one for everyone', () => {
    const preview = 'The feature is rolling out in research preview to Pro users.';
    expect(turnedWording('The feature is now available to all users.', preview)).toEqual({
      kind: 'scope',
      source: 'research preview',
      page: 'to all users',
    });
    expect(kindOf('The feature is generally available to Pro users.', preview)).toBe('scope');
    expect(kindOf('Pro users get the feature as a research preview.', preview)).toBeNull();
    const region = 'The assistant is available in the United States and Canada.';
    expect(turnedWording('The assistant is available worldwide.', region)).toEqual({
      kind: 'scope',
      source: 'available in the United States',
      page: 'available worldwide',
    });
    expect(kindOf('The assistant can be used in the US and Canada.', region)).toBeNull();
    // A short claim shares one word with the limit's clause: enough.
    expect(
      kindOf(
        'The agent is generally available.',
        'Select enterprise customers can try the agent in a limited preview.',
      ),
    ).toBe('scope');
    // A paid tier, and a region after the audience.
    const tier = 'The feature is rolling out to Pro users in the United States this week.';
    expect(turnedWording('The feature is rolling out to all users this week.', tier)).toEqual({
      kind: 'scope',
      source: 'rolling out to Pro users in the United States',
      page: 'to all users',
    });
    expect(kindOf('Pro users in the US get the feature this week.', tier)).toBeNull();
    const plans = 'The model is available to Plus and Team subscribers today.';
    expect(turnedWording('The model is available to everyone today.', plans)).toEqual({
      kind: 'scope',
      source: 'Plus and Team subscribers',
      page: 'to everyone',
    });
    expect(kindOf('Plus and Team subscribers can use the model today.', plans)).toBeNull();
    // Users named by what they use, not by what they pay, are no tier.
    expect(
      kindOf(
        'The model is available to everyone today.',
        'The model is available to Windows users today.',
      ),
    ).toBeNull();
    // The passage itself gives it to everyone, or the limit is of something else.
    expect(
      kindOf(
        'The model is available to everyone in the app.',
        'The model is in beta for enterprise customers and available to everyone in the app.',
      ),
    ).toBeNull();
    expect(
      kindOf('The app is available to everyone.', 'A beta of the new engine opens to testers.'),
    ).toBeNull();
  });
});

describe('a first, a record or an independent test the source never claims', () => {
  it('a counted part of a set retold as the set a result holds over', () => {
    const part = 'The system matched radiologists on one of the three diagnostic tasks we tested.';
    expect(turnedWording('The system matched radiologists on diagnostic tasks.', part)).toEqual({
      kind: 'scope',
      source: 'one of the three diagnostic tasks',
      page: 'diagnostic tasks',
    });
    expect(kindOf('The system matched radiologists on the diagnostic tasks.', part)).toBe('scope');
    expect(kindOf('The system matched radiologists on one of three tasks.', part)).toBeNull();
    expect(
      kindOf('On a single diagnostic task, the system matched radiologists.', part),
    ).toBeNull();
    const two = 'The model beat GPT-4o on two of the five benchmarks.';
    expect(kindOf('The model beat GPT-4o across benchmarks.', two)).toBe('scope');
    expect(kindOf('The model beat GPT-4o on two benchmarks.', two)).toBeNull();
    expect(kindOf('The model beat GPT-4o on two of five benchmarks.', two)).toBeNull();
    expect(kindOf('The model beat GPT-4o on several benchmarks.', two)).toBeNull();
    // The part is of something else: its clause shares one word with the claim.
    expect(
      kindOf(
        'The model beat GPT-4o on benchmarks.',
        'Volunteers graded two of the benchmarks by hand; the model beat GPT-4o.',
      ),
    ).toBeNull();
    // A bare plural that is no set a result holds over says some, not all.
    expect(
      kindOf(
        'Researchers built the robot arms in a month.',
        'Three of our researchers built the robot arms in a month.',
      ),
    ).toBeNull();
    // "one of the largest": a superlative, read by the rule for "one of".
    expect(
      kindOf(
        'The lab released it with large datasets of robot video.',
        'The lab released it with one of the largest datasets of robot video.',
      ),
    ).toBeNull();
  });

  it('something free within a bound retold as free', () => {
    const month = 'The preview is free for the first month, then costs $20 per month.';
    expect(turnedWording('The preview is free.', month)).toEqual({
      kind: 'scope',
      source: 'free for the first month, then costs $20 per month',
      page: 'free',
    });
    expect(kindOf('After a free first month, the preview costs $20 a month.', month)).toBeNull();
    const requests = 'The API is free up to 1,000 requests per day.';
    expect(kindOf('The API is free to use.', requests)).toBe('scope');
    expect(kindOf('Developers get 1,000 free requests a day from the API.', requests)).toBeNull();
    const beta = 'The assistant is free during the beta for early testers.';
    expect(kindOf('The assistant is free for early testers.', beta)).toBe('scope');
    expect(kindOf('The assistant is free for early testers while in beta.', beta)).toBeNull();
    expect(kindOf('The tool is free.', 'The tool is free, then $5 a month after launch.')).toBe(
      'scope',
    );
    // Free with no bound, or the bound of something else.
    expect(
      kindOf(
        'The robot is free.',
        'Shipping is free for the first month, and the robot ships in May.',
      ),
    ).toBeNull();
    expect(kindOf('The model is free.', 'The model is free and open source.')).toBeNull();
  });

  it('a place below the first on a ranking retold as the top', () => {
    const second = 'Our model ranks second on the leaderboard, behind GPT-5.';
    expect(turnedWording('The model tops the leaderboard, ahead of GPT-5.', second)).toEqual({
      kind: 'scope',
      source: 'ranks second',
      page: 'tops',
    });
    expect(kindOf('The model ranked first on the leaderboard.', second)).toBe('scope');
    expect(kindOf('The model ranks second on the leaderboard, after GPT-5.', second)).toBeNull();
    expect(
      kindOf('The model takes second place on the leaderboard behind GPT-5.', second),
    ).toBeNull();
    const third = 'The model placed third in the Chatbot Arena ranking.';
    expect(kindOf('The model is number one in the Chatbot Arena ranking.', third)).toBe('scope');
    expect(kindOf('The model came in third on the Chatbot Arena ranking.', third)).toBeNull();
    expect(
      kindOf(
        'The model tops the leaderboard among open models.',
        'The model is the second-best open model on the leaderboard.',
      ),
    ).toBe('scope');
    expect(
      kindOf(
        'The model tops open models on coding tasks.',
        'The model came in fifth among open models on coding tasks.',
      ),
    ).toBe('scope');
    // "second" that is no place, or a passage that puts it on top too.
    expect(
      kindOf(
        'The model tops the leaderboard on coding.',
        'The model ranks second overall but tops the leaderboard on coding.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The model tops the coding leaderboard.',
        'In the second round of tests, the model was the top performer on coding.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The second model tops the leaderboard on coding.',
        'The second model tops the leaderboard on coding.',
      ),
    ).toBeNull();
    // A place of something else: the clause shares too little with the claim.
    expect(
      kindOf(
        'The model tops the leaderboard.',
        'Its maker ranks second among cloud vendors by revenue.',
      ),
    ).toBeNull();
  });

  it('a first or a record that neither the passage nor the rest of the source claims', () => {
    const passage = 'The model scores 90.1 on the MMLU benchmark.';
    expect(
      turnedWording('The model set a record on the MMLU benchmark with 90.1.', passage),
    ).toEqual({ kind: 'added', source: '', page: 'set a record' });
    expect(
      kindOf(
        'The chip uses less power than any other chip on the market.',
        'The chip uses less power than the previous generation.',
      ),
    ).toBe('added');
    expect(kindOf('On MMLU, the model scores 90.1.', passage)).toBeNull();
    expect(
      kindOf(
        'The lab released open weights for the first time since 2019.',
        'The lab released open weights of two models.',
      ),
    ).toBeNull();
    expect(
      turnedWording(
        'The lab released open weights for the first time.',
        'The lab released open weights of two models.',
        (p) => p === 'first',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The lab released open weights for the first time.',
        'The lab released open weights of two models.',
      ),
    ).toBe('added');
    // The source claims it somewhere else, or in this passage in other words.
    expect(
      turnedWording(
        'The model set a record on the MMLU benchmark.',
        passage,
        (p) => p === 'set a record',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'The model set a record on the MMLU benchmark.',
        'It is the first-ever model to pass 90 on the MMLU benchmark.',
      ),
    ).toBeNull();
  });

  it('the source’s own evaluation retold as an independent one', () => {
    const passage = 'Our benchmark shows the model is competitive on coding tasks.';
    expect(
      turnedWording(
        'Independent benchmarks show the model is competitive on coding tasks.',
        passage,
      ),
    ).toEqual({
      kind: 'independence',
      source: 'Our benchmark',
      page: 'Independent benchmarks',
    });
    expect(
      kindOf(
        'Third-party tests found the model accurate.',
        'In our internal tests the model was accurate.',
      ),
    ).toBe('independence');
    expect(
      kindOf('On the lab’s own benchmark, the model is competitive at coding.', passage),
    ).toBeNull();
    // The passage does not say who ran it.
    expect(
      kindOf(
        'Independent benchmarks show the model is competitive on coding tasks.',
        'The benchmark shows the model is competitive on coding tasks.',
      ),
    ).toBeNull();
    // The passage names another party too, or "independent" is of something else.
    expect(
      kindOf(
        'Independent benchmarks show the model is competitive.',
        'Our benchmark and independent tests show the model is competitive.',
      ),
    ).toBeNull();
    expect(
      kindOf(
        'An independent lab built the model that our benchmark found competitive on coding.',
        passage,
      ),
    ).toBeNull();
  });
});

describe('in the comparison', () => {
  const source = articleOf(
    [
      'The lab trained the model on public web text, licensed books and code from open repositories.',
      'The model does not support audio input at launch.',
      'We plan to release the weights later this year.',
      'Our model does not outperform the largest models on math.',
      'Replies arrive twice as fast on the Acme benchmark.',
      'Our internal tests show the assistant answers within two seconds.',
      'The new chip was designed by Arm and manufactured by TSMC.',
    ],
    { url: 'https://lab.example/blog/post' },
  );
  const claimOf = (sentence: string) => {
    const page = articleOf([FILLER, sentence]);
    return analyze(page, { source }).claims.find((c) => c.text === sentence)!;
  };

  it('the opposite is not in the source, a plan told as done is stronger, each with the words of both', () => {
    const opposite = claimOf('The model supports audio input at launch.');
    expect(opposite.status).toBe('unsupported');
    expect(english(claimDifference(opposite, opposite.match!)!)).toBe(
      'The source says the opposite (“not support audio input”); this page says “supports audio input”.',
    );
    const done = claimOf('The lab has released the weights.');
    expect(done.status).toBe('strengthened');
    expect(english(claimDifference(done, done.match!)!)).toBe(
      'The source gives it as a plan (“plan to release”); this page says it is done (“released”).',
    );
    expect(claimOf('The model cannot take audio input at launch.').status).toBe('supported');
    const added = claimOf('Replies arrive twice as fast, an all-time high on the Acme benchmark.');
    expect(added.status).toBe('strengthened');
    expect(english(claimDifference(added, added.match!)!)).toBe(
      'This page adds “all-time high”, which the source never claims.',
    );
    expect(claimOf('Independent tests found that replies arrive twice as fast.').status).toBe(
      'supported',
    );
    const independent = claimOf('Independent tests show the assistant answers within two seconds.');
    expect(independent.status).toBe('unsupported');
    expect(english(claimDifference(independent, independent.match!)!)).toBe(
      'The source ran it itself (“Our internal tests”); this page says “Independent tests”.',
    );
    const agent = claimOf('The new chip was designed and manufactured by TSMC.');
    expect(agent.status).toBe('unsupported');
    expect(english(claimDifference(agent, agent.match!)!)).toBe(
      'The source says it was someone else (“designed by Arm”); this page says “designed and manufactured by TSMC”.',
    );
    expect(claimOf('Arm designed the new chip and TSMC manufactured it.').status).toBe('supported');
    // A denied comparison the strength rules do not rank ("outperforms" is no relation to them).
    expect(claimOf('Our model outperforms the largest models on math.').status).toBe('unsupported');
    expect(claimOf('The lab intends to release the weights later this year.').status).toBe(
      'supported',
    );
  });

  it('a first or a record the source claims anywhere is not one the page adds', () => {
    const page = articleOf([
      FILLER,
      'Replies arrive twice as fast, an all-time high on the Acme benchmark.',
    ]);
    const claims = (paragraphs: string[]) =>
      analyze(page, {
        source: articleOf(paragraphs, { url: 'https://lab.example/blog/post' }),
      }).claims.find((c) => c.text.startsWith('Replies'))!;
    const passage = 'Replies arrive twice as fast on the Acme benchmark.';
    expect(claims([FILLER, passage]).match?.turned?.kind).toBe('added');
    expect(
      claims([FILLER, passage, 'Last year Acme set a record for the fastest replies.']).match
        ?.turned,
    ).toBeUndefined();
  });
});
