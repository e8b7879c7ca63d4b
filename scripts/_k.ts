import { claimKinds } from '../lib/analysis/claim-kind';
import { articleOf, FILLER } from '../tests/unit/support/article';
const S = [
  'For OpenAI, this is a clear shot across the bow at Google.',
  'It’s a smart move by Nvidia.',
  'Anthropic deserves credit for publishing the failures.',
  'Whether Meta can keep up is anyone’s guess.',
  'This puts Microsoft in an awkward position.',
  'Google now has a lot to prove.',
  'Expect Apple to follow suit.',
  'If you’re an Nvidia shareholder, this is good news.',
  'Nvidia, in other words, wants to own the whole stack.',
  'The move is classic Microsoft.',
  'It’s hard not to see this as a response to DeepSeek.',
  'OpenAI is clearly rattled.',
  'In my view, Mistral is the one to watch.',
  'Let’s be honest: Meta needed this win.',
  'Make no mistake: Google is playing catch-up.',
  'Nvidia’s bet seems to be paying off.',
  'One can’t help but wonder whether Anthropic is overpromising.',
  'Skeptics will point out that Acme ran its own benchmarks.',
  'Still, the Acme results are impressive.',
  'The real story here is Acme’s pricing.',
  'Acme’s timing is no accident.',
  'Call it what you will, Acme has a hit.',
];
const a = articleOf([FILLER, ...S]);
const k = claimKinds(a);
a.sentences.forEach((s, i) => console.log(k[i]!.kind.padEnd(11), k[i]!.why.slice(0, 18).padEnd(19), s.text));
