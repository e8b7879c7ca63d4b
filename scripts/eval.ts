// npm run eval: Unspun's claim strength and hedge detection measured on expert-labelled research
// data, read in place from ../shared/datasets (never copied into the repository). Prints each
// figure next to the datasets' reference figures and says where it comes from: cross-validation
// (5 folds, seeded) for the sets the shipped weights were trained on, and InSciOut, whose sentences
// are kept out of training, as data the model never saw; the scope rules were checked on those
// pairs, so exaggeration is also cross-validated over them with the rules chosen on the training
// folds. Then each scope rule's effect, on and off, on Yu's sentences and on exaggeration.
import { createAssessor, SCOPE_RULES, type ScopeRule } from '../lib/analysis/claim-strength';
import { STRENGTHS, type Strength } from '../lib/report/report';
import shipped from '../lib/knowledge/claim-strength-model.json';
import type { ClaimStrengthModelFile } from '../lib/analysis/strength/model';
import {
  assignFolds,
  datasetsPresent,
  DATASETS,
  loadInSciOut,
  loadWiki,
  trainStrength,
  trainUncertainty,
  yuTrainingSet,
  type Labelled,
} from './train-claim-strength';
import { crossValidateChoice, macroF1, stratifiedFolds } from './lib/rule-selection';

if (!datasetsPresent()) {
  console.error(
    `The research datasets are not at ${DATASETS}. They live beside the project in shared/datasets.`,
  );
  process.exit(1);
}

const FOLDS = 5;
const model = shipped as ClaimStrengthModelFile;
/** Unspun's scale on the datasets' scale: none 0, correlational 1, conditional 2, direct and universal 3. */
const toLabel = (s: Strength) => Math.min(3, STRENGTHS.indexOf(s));
const fmt = (x: number) => x.toFixed(3);

const rows: string[][] = [
  ['measure', 'data', 'Unspun', 'reference', 'how the figure was obtained'],
];
const t0 = performance.now();

// Claim strength: 5-fold cross-validation over PubMed + EurekAlert together (as trained), each
// fold scored by the shipped code with weights trained on the other four.
const data: Labelled[] = yuTrainingSet();
const folds = assignFolds(
  data.map((d, i) => `${d.set}${i}`),
  FOLDS,
  1,
);
const SETS = [
  ['pubmed', 'annotated_pubmed.csv', 'BERT 0.878; keywords ~0.60'],
  ['eureka', 'annotated_eureka.csv', 'BERT 0.892; keywords ~0.56'],
] as const;

/**
 * Each sentence's model class and shipped level, from weights trained on the other folds (only on
 * the sentences `trainOn` keeps), and its level with each scope rule switched off in turn.
 */
function crossValidated(trainOn: (i: number) => boolean = () => true) {
  const relation = new Array<number>(data.length);
  const strength = new Array<number>(data.length);
  const without = Object.fromEntries(
    SCOPE_RULES.map((r) => [r, new Array<number>(data.length)]),
  ) as Record<ScopeRule, number[]>;
  const fires = Object.fromEntries(SCOPE_RULES.map((r) => [r, 0])) as Record<ScopeRule, number>;
  for (let k = 0; k < FOLDS; k++) {
    const fold = {
      ...model,
      strength: trainStrength(data.filter((_, i) => folds[i] !== k && trainOn(i))),
    };
    const assessor = createAssessor(fold);
    const ablated = SCOPE_RULES.map(
      (r) => [r, createAssessor(fold, { disabledRules: new Set([r]) })] as const,
    );
    data.forEach((d, i) => {
      if (folds[i] !== k) return;
      const r = assessor.details(d.text);
      relation[i] = Math.min(3, STRENGTHS.indexOf(r.modelClass));
      strength[i] = toLabel(r.strength);
      if (r.rule && r.rule !== 'not-an-assertion') fires[r.rule]++;
      for (const [rule, a] of ablated) without[rule][i] = toLabel(a.assess(d.text).strength);
    });
  }
  return { relation, strength, without, fires };
}

/** Macro-F1 of `predicted` on one set's sentences. */
function setF1(set: string, predicted: readonly number[]): number {
  const idx = data.flatMap((d, i) => (d.set === set ? [i] : []));
  return macroF1(
    idx.map((i) => data[i]!.label),
    idx.map((i) => predicted[i]!),
    [0, 1, 2, 3],
  );
}

const yu = crossValidated();
{
  const { relation, strength } = yu;
  const HOW = `${FOLDS}-fold cross-validation`;
  for (const [set, file, reference] of SETS) {
    const size = `${file} (${data.filter((d) => d.set === set).length})`;
    rows.push([
      'claim relation (model), macro-F1',
      size,
      fmt(setF1(set, relation)),
      reference,
      HOW,
    ]);
    rows.push([
      'claim strength as shipped, macro-F1',
      size,
      fmt(setF1(set, strength)),
      reference,
      `${HOW}; with the scope rules`,
    ]);
  }
}

// --learning-curve: the same cross-validation with each training fold cut to a share of its
// sentences (the same ones at every share), to see whether more data of this kind would help.
if (process.argv.includes('--learning-curve')) {
  // A fixed pseudo-random order (Knuth's multiplicative hash), so a share is not one file's end.
  const order = data.map((_, i) => ((i * 2654435761) >>> 0) / 2 ** 32);
  for (const share of [0.25, 0.5, 0.75]) {
    const { relation } = crossValidated((i) => order[i]! < share);
    for (const [set, file] of SETS)
      rows.push([
        `claim relation, ${share * 100}% of training data`,
        file,
        fmt(setF1(set, relation)),
        '',
        `${FOLDS}-fold cross-validation`,
      ]);
  }
}

// Exaggeration: the shipped weights never saw these sentences (kept out of training), but the
// scope rules were checked on them (the datasets README offers these pairs for tuning). So the
// figure on all 100 is a tuning figure; the cross-validated one chooses which scope rules are on
// (each on or off, 64 configurations, the shipped one preferred on a tie) on 80 pairs and scores
// the other 20, in 5 folds stratified by label.
const pairs = loadInSciOut();
const EXAGGERATION = { downplays: 0, same: 1, exaggerates: 2 } as Record<string, number>;
const exaggerationGold = pairs.map((p) => EXAGGERATION[p.exaggeration_label]!);
/** Every set of scope rules to switch off, fewest first: the order of preference on a tie. */
const configurations: ReadonlySet<ScopeRule>[] = Array.from(
  { length: 2 ** SCOPE_RULES.length },
  (_, mask) => new Set(SCOPE_RULES.filter((_, r) => mask & (2 ** r))),
).sort((a, b) => a.size - b.size);
/** Each pair's exaggeration label (0 downplays, 1 same, 2 exaggerates) under each configuration. */
const exaggerationPredictions = configurations.map((disabledRules) => {
  const assessor = createAssessor(model, { disabledRules });
  return pairs.map((p) => {
    const d =
      toLabel(assessor.assess(p.press_release_conclusion).strength) -
      toLabel(assessor.assess(p.abstract_conclusion).strength);
    return d < 0 ? 0 : d === 0 ? 1 : 2;
  });
});
const exaggerationFolds = stratifiedFolds(exaggerationGold, FOLDS, 3);
const EXAGGERATION_LABELS = [0, 1, 2];
const exaggerationF1 = (predicted: readonly number[]) =>
  macroF1(exaggerationGold, predicted, EXAGGERATION_LABELS);
/** Cross-validated exaggeration with the rule choice limited to configurations `allowed` keeps. */
const exaggerationCV = (
  allowed?: (off: ReadonlySet<ScopeRule>) => boolean,
  folds = exaggerationFolds,
) =>
  crossValidateChoice(
    exaggerationGold,
    exaggerationPredictions,
    folds,
    EXAGGERATION_LABELS,
    allowed && ((c) => allowed(configurations[c]!)),
  );
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const exaggeration = exaggerationCV();
{
  const data = `insciout_train.jsonl (${pairs.length} pairs)`;
  rows.push([
    'exaggeration, macro-F1 (3 classes)',
    data,
    fmt(exaggerationF1(exaggerationPredictions[0]!)),
    'target 0.65',
    'weights never saw these sentences; scope rules checked on them (tuning figure)',
  ]);
  const spread = `${fmt(Math.min(...exaggeration.perFold))}-${fmt(Math.max(...exaggeration.perFold))}`;
  rows.push([
    'exaggeration, cross-validated macro-F1',
    data,
    `${fmt(mean(exaggeration.perFold))} (folds ${spread})`,
    'target 0.65',
    `${FOLDS}-fold CV over pairs, by label, seeded: scope rules chosen on 80, scored on 20`,
  ]);
}

// Uncertainty: 5-fold cross-validation by document (a document's sentences stay in one fold).
{
  const sentences = loadWiki();
  const folds = assignFolds(
    sentences.map((s) => s.doc),
    FOLDS,
    2,
  );
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let k = 0; k < FOLDS; k++) {
    const assessor = createAssessor({
      ...model,
      uncertainty: trainUncertainty(sentences.filter((_, i) => folds[i] !== k)),
    });
    sentences.forEach((s, i) => {
      if (folds[i] !== k) return;
      const predicted = assessor.assess(s.text).uncertain;
      if (predicted && s.uncertain) tp++;
      else if (predicted) fp++;
      else if (s.uncertain) fn++;
    });
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  rows.push([
    'uncertainty, precision / recall / F1',
    `wiki-weasel-dev.jsonl (${sentences.length})`,
    `${fmt(p)} / ${fmt(r)} / ${fmt((2 * p * r) / (p + r))}`,
    'target F1 0.65',
    `${FOLDS}-fold cross-validation by document`,
  ]);
}

// Each scope rule on and off: Yu's sentences as shipped (cross-validated weights, the rule
// switched off in the same folds), exaggeration on all 100 pairs (tuning) and cross-validated
// with the rule held on or off while the folds choose the others.
const ruleRows: string[][] = [
  [
    'scope rule',
    'fires: Yu / InSciOut',
    'as shipped PubMed on / off',
    'EurekAlert on / off',
    'exaggeration 100 pairs on / off',
    'exaggeration CV on / off',
    'CV keeps it in',
  ],
];
{
  const assessor = createAssessor(model);
  const insciout = pairs
    .flatMap((p) => [p.press_release_conclusion, p.abstract_conclusion])
    .map((t) => assessor.details(t).rule);
  const pair = (on: number, off: number) => `${fmt(on)} / ${fmt(off)}`;
  for (const rule of SCOPE_RULES) {
    const off = configurations.findIndex((c) => c.size === 1 && c.has(rule));
    ruleRows.push([
      rule,
      `${yu.fires[rule]} / ${insciout.filter((r) => r === rule).length}`,
      pair(setF1('pubmed', yu.strength), setF1('pubmed', yu.without[rule])),
      pair(setF1('eureka', yu.strength), setF1('eureka', yu.without[rule])),
      pair(
        exaggerationF1(exaggerationPredictions[0]!),
        exaggerationF1(exaggerationPredictions[off]!),
      ),
      pair(
        mean(exaggerationCV((c) => !c.has(rule)).perFold),
        mean(exaggerationCV((c) => c.has(rule)).perFold),
      ),
      `${exaggeration.chosen.filter((c) => !configurations[c]!.has(rule)).length} of ${FOLDS} folds`,
    ]);
  }
}

const print = (table: string[][]) => {
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  for (const r of table) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
};
print(rows);
console.log('');
print(ruleRows);
// The same cross-validation with other fold seeds: how much the 20-pair folds alone move it.
const seeds = Array.from({ length: 20 }, (_, s) =>
  mean(exaggerationCV(undefined, stratifiedFolds(exaggerationGold, FOLDS, 100 + s)).perFold),
);
console.log(
  `\nExaggeration cross-validated over 20 other fold seeds: mean ${fmt(mean(seeds))}, from ${fmt(Math.min(...seeds))} to ${fmt(Math.max(...seeds))}.`,
);
console.log(
  `Targets (issue 8): claim strength >= 0.80 on both sets, exaggeration >= 0.65, uncertainty F1 >= 0.65.`,
);
console.log(
  `"claim relation" is the model's class on the research scale; "as shipped" adds Unspun's scope rules (universal, limited, capability, denied relation, a level with no word to show for it), which that scale codes otherwise or not at all. ${((performance.now() - t0) / 1000).toFixed(0)} s.`,
);
