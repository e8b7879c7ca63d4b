// Choosing among configurations (here: which scope rules are on) by cross-validation, so a figure
// for a choice made on labelled data is measured on data the choice did not see. Used by
// scripts/eval.ts for exaggeration on the InSciOut pairs.
import { mulberry32 } from '../train-claim-strength';

/** Macro-averaged F1 over `labels`; a label neither in `gold` nor predicted has no F1 and is skipped. */
export function macroF1(
  gold: readonly number[],
  predicted: readonly number[],
  labels: readonly number[],
): number {
  const f1s = labels.flatMap((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    if (!tp && !fp && !fn) return [];
    return [tp ? (2 * tp) / (2 * tp + fp + fn) : 0];
  });
  return f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0;
}

/** Fold of each item (0..k-1): each class shuffled (seeded) and dealt in turn, so every fold holds each class in proportion. */
export function stratifiedFolds(labels: readonly number[], k: number, seed: number): number[] {
  const rand = mulberry32(seed);
  const folds = new Array<number>(labels.length);
  let dealt = 0;
  for (const label of [...new Set(labels)].sort((a, b) => a - b)) {
    const members = labels.flatMap((l, i) => (l === label ? [i] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    for (const i of members) folds[i] = dealt++ % k;
  }
  return folds;
}

/** What cross-validating a choice gave. */
export interface ChoiceResult {
  /** Macro-F1 on each held-out fold, with the configuration chosen on the other folds. */
  perFold: number[];
  /** The configuration chosen in each fold (an index into `predictions`). */
  chosen: number[];
  /** Macro-F1 of every held-out prediction together. */
  pooled: number;
}

/**
 * In each fold, the allowed configuration with the best macro-F1 on the other folds' items is
 * chosen and scored on the fold's items. `predictions[c][i]` is configuration c's label for item
 * i; configurations come in order of preference, and a tie goes to the earlier one (the shipped
 * default first), so a rule is switched off only when that does better on the training items.
 */
export function crossValidateChoice(
  gold: readonly number[],
  predictions: readonly (readonly number[])[],
  folds: readonly number[],
  labels: readonly number[],
  allowed: (configuration: number) => boolean = () => true,
): ChoiceResult {
  const k = Math.max(...folds) + 1;
  const pooledPrediction = new Array<number>(gold.length);
  const perFold: number[] = [];
  const chosen: number[] = [];
  for (let f = 0; f < k; f++) {
    const train = gold.flatMap((_, i) => (folds[i] !== f ? [i] : []));
    const test = gold.flatMap((_, i) => (folds[i] === f ? [i] : []));
    let best = -1;
    let bestScore = -1;
    predictions.forEach((predicted, c) => {
      if (!allowed(c)) return;
      const score = macroF1(
        train.map((i) => gold[i]!),
        train.map((i) => predicted[i]!),
        labels,
      );
      if (score > bestScore) [best, bestScore] = [c, score];
    });
    if (best < 0) throw new Error('No configuration is allowed.');
    chosen.push(best);
    perFold.push(
      macroF1(
        test.map((i) => gold[i]!),
        test.map((i) => predictions[best]![i]!),
        labels,
      ),
    );
    for (const i of test) pooledPrediction[i] = predictions[best]![i]!;
  }
  return { perFold, chosen, pooled: macroF1(gold, pooledPrediction, labels) };
}
