// npm run eval: Unspun's claim strength and hedge detection measured on expert-labelled research
// data, read in place from ../shared/datasets (never copied into the repository). Prints each
// figure next to the datasets' reference figures and says where it comes from.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assessSentence } from '../lib/analysis/claim-strength';
import { STRENGTHS, type Strength } from '../lib/analysis/report';

const datasets = path.resolve(import.meta.dirname, '../../shared/datasets');
if (!existsSync(datasets)) {
  console.error(`The research datasets are not at ${datasets}. They live beside the project in shared/datasets.`);
  process.exit(1);
}

/** Unspun's scale on the datasets' scale: none 0, correlational 1, conditional 2, direct and universal 3. */
const toLabel = (s: Strength) => Math.min(3, STRENGTHS.indexOf(s));

/** Minimal CSV reader for these files: quoted fields with doubled quotes, one record per line. */
function readCsv(file: string): Record<string, string>[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const parse = (line: string) => {
    const out: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted && c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = !quoted;
      } else if (c === ',' && !quoted) {
        out.push(field);
        field = '';
      } else {
        field += c;
      }
    }
    out.push(field);
    return out;
  };
  const [header, ...rows] = lines.map(parse);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

function macroF1(gold: number[], predicted: number[], labels: number[]): number {
  const f1s = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  return f1s.reduce((a, b) => a + b, 0) / labels.length;
}

const rows: string[][] = [['measure', 'data', 'Unspun', 'reference', 'how the figure was obtained']];
const fmt = (x: number) => x.toFixed(3);
const HOW = 'rules; data never used to write or tune them';

for (const [name, file, reference] of [
  ['claim strength, macro-F1 (4 classes)', 'claim-strength/annotated_pubmed.csv', 'BERT 0.878; keywords ~0.60'],
  ['claim strength, macro-F1 (4 classes)', 'claim-strength/annotated_eureka.csv', 'BERT 0.892; keywords ~0.56'],
] as const) {
  const data = readCsv(path.join(datasets, file));
  const gold = data.map((r) => Number(r['label']));
  const predicted = data.map((r) => toLabel(assessSentence(r['sentence'] ?? '').strength));
  rows.push([name, `${path.basename(file)} (${data.length})`, fmt(macroF1(gold, predicted, [0, 1, 2, 3])), reference, HOW]);
}

{
  const pairs = readFileSync(path.join(datasets, 'claim-strength/insciout_train.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const label = { downplays: 0, same: 1, exaggerates: 2 } as Record<string, number>;
  const gold = pairs.map((p) => label[p.exaggeration_label]!);
  const predicted = pairs.map((p) => {
    const d = toLabel(assessSentence(p.press_release_conclusion).strength) - toLabel(assessSentence(p.abstract_conclusion).strength);
    return d < 0 ? 0 : d === 0 ? 1 : 2;
  });
  rows.push(['exaggeration, macro-F1 (3 classes)', `insciout_train.jsonl (${pairs.length} pairs)`, fmt(macroF1(gold, predicted, [0, 1, 2])), 'target 0.65', HOW]);
}

{
  const sentences = readFileSync(path.join(datasets, 'hedges/wiki-weasel-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of sentences) {
    const predicted = assessSentence(s.text).uncertain;
    if (predicted && s.uncertain) tp++;
    else if (predicted) fp++;
    else if (s.uncertain) fn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  rows.push(['uncertainty, precision / recall / F1', `wiki-weasel-dev.jsonl (${sentences.length})`, `${fmt(p)} / ${fmt(r)} / ${fmt((2 * p * r) / (p + r))}`, 'target F1 0.65', HOW]);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log('\nTargets (issue 8): claim strength >= 0.80 on both sets, exaggeration >= 0.65, uncertainty F1 >= 0.65.');
