import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import model from '../../lib/knowledge/claim-strength-model.json';
import { parse, strengthFeatures } from '../../lib/analysis/strength/features';
import {
  CompiledModel,
  MODEL_CLASSES,
  type ClaimStrengthModelFile,
} from '../../lib/analysis/strength/model';

const file = model as unknown as ClaimStrengthModelFile;
const compiled = new CompiledModel(file);

/** The model's definition, spelled out: softmax of the bias plus the weights of each feature present. */
function reference(text: string): number[] {
  const z = MODEL_CLASSES.map((_, c) => file.strength.bias[c]! / file.scale);
  for (const f of strengthFeatures(parse(text))) {
    const w = file.strength.weights[f];
    if (w) z.forEach((_, c) => (z[c]! += w[c]! / file.scale));
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

const close = (a: number[], b: number[]) => a.every((x, i) => Math.abs(x - b[i]!) < 1e-9);

describe('CompiledModel.strengthProbabilities', () => {
  // Written here: repeated words and bigrams (counted once), rule features, an empty sentence.
  const sentences = [
    'Drinking coffee may reduce the risk of heart disease in older adults.',
    'Higher income was associated with higher income and with better sleep.',
    'The drug cures cancer, cures it always, and cures it in every patient.',
    'We found no association between screen time and depression.',
    '',
    '…',
  ];

  it('scores every feature of strengthFeatures once, as the weights file defines', () => {
    for (const text of sentences)
      expect(close(compiled.strengthProbabilities(parse(text)), reference(text)), text).toBe(true);
  });

  it('agrees with the definition on any text', () => {
    const words = fc.constantFrom(
      'may',
      'cause',
      'causes',
      'associated',
      'with',
      'not',
      'all',
      'the',
      'risk',
      'we',
      '40%',
      ',',
      'increase',
      'might',
      'linked',
      'to',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (list) => {
        const text = list.join(' ');
        return close(compiled.strengthProbabilities(parse(text)), reference(text));
      }),
    );
  });
});
