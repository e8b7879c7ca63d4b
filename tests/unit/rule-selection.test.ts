import { describe, expect, it } from 'vitest';
import { crossValidateChoice, macroF1, stratifiedFolds } from '../../scripts/lib/rule-selection';

// The cross-validated choice of scope rules in `npm run eval`: labels and predictions made up here.
describe('choosing a configuration by cross-validation', () => {
  it('deals each class evenly over the folds, the same way for the same seed', () => {
    const labels = [...Array(12).fill(0), ...Array(6).fill(1), ...Array(2).fill(2)] as number[];
    const folds = stratifiedFolds(labels, 2, 7);
    expect(stratifiedFolds(labels, 2, 7)).toEqual(folds);
    for (const label of [0, 1, 2]) {
      const inFirst = labels.filter((l, i) => l === label && folds[i] === 0).length;
      expect(inFirst).toBe(labels.filter((l) => l === label).length / 2);
    }
  });

  it('scores only the classes present in gold or predicted', () => {
    expect(macroF1([0, 1, 1], [0, 1, 1], [0, 1, 2])).toBe(1);
    expect(macroF1([0, 1], [1, 1], [0, 1, 2])).toBeCloseTo((0 + 2 / 3) / 2);
  });

  it('chooses on the other folds, scores on the held-out one, and prefers the earlier configuration on a tie', () => {
    const gold = [0, 1, 0, 1, 0, 1, 0, 1];
    const folds = [0, 0, 0, 0, 1, 1, 1, 1];
    const right = gold;
    const wrongInFold0 = gold.map((g, i) => (folds[i] === 0 ? 1 - g : g));
    // Configuration 1 is perfect on fold 1, so it is chosen to score fold 0, where it is all wrong;
    // on fold 0 it is beaten by always saying 0, which then scores fold 1.
    const result = crossValidateChoice(gold, [right.map(() => 0), wrongInFold0], folds, [0, 1]);
    expect(result.chosen).toEqual([1, 0]);
    expect(result.perFold[0]).toBe(0);
    expect(result.perFold[1]).toBeCloseTo(1 / 3);
    // Two equally good configurations: the first (the shipped one) is kept.
    expect(crossValidateChoice(gold, [right, right], folds, [0, 1]).chosen).toEqual([0, 0]);
    expect(crossValidateChoice(gold, [right, right], folds, [0, 1], (c) => c === 1).chosen).toEqual(
      [1, 1],
    );
  });
});
