// Trains Unspun's claim-strength and uncertainty-cue models from the expert-labelled research data
// in ../shared/datasets (read in place, never copied) and writes the small weights file the
// extension ships, lib/knowledge/claim-strength-model.json, plus the data-derived part of
// lib/knowledge/lexicons/hedges.json (cue forms annotated in the Szeged Wikipedia set, with counts).
//
//   npx tsx scripts/train-claim-strength.ts            train on everything, write both files
//   npx tsx scripts/train-claim-strength.ts --dry-run  train and report sizes, write nothing
//
// Deterministic: no randomness in training (full-batch Adam from zero weights); folds in
// scripts/eval.ts come from a seeded generator. The exported functions are what eval.ts uses for
// cross-validation, so the cross-validated figures measure exactly this training and the shipped
// scoring code (lib/analysis/claim-strength.ts `createAssessor`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cueFeatures, parse, strengthFeatures } from '../lib/analysis/strength/features';
import { TokenLexicon } from '../lib/text/token-lexicon';
import { MODEL_CLASSES, type ClaimStrengthModelFile } from '../lib/analysis/strength/model';
import hedgesFile from '../lib/knowledge/lexicons/hedges.json';

const root = path.resolve(import.meta.dirname, '..');
export const DATASETS = path.resolve(root, '../shared/datasets');
export const MODEL_PATH = path.join(root, 'lib/knowledge/claim-strength-model.json');
const HEDGES_PATH = path.join(root, 'lib/knowledge/lexicons/hedges.json');

/** Weights are stored as integers in thousandths (3 decimals). */
export const SCALE = 1000;

// ---------------------------------------------------------------------------------------------
// Data

export interface Labelled {
  text: string;
  /** 0 none, 1 correlational, 2 conditional, 3 direct (Yu et al. 2019). */
  label: number;
  set: 'pubmed' | 'eureka' | 'insciout';
}

export interface InSciOutPair {
  press_release_conclusion: string;
  press_release_strength: number;
  abstract_conclusion: string;
  abstract_strength: number;
  exaggeration_label: 'same' | 'exaggerates' | 'downplays';
}

export interface WikiSentence {
  doc: string;
  id: string;
  text: string;
  uncertain: boolean;
  cues: { text: string; type: string; start: number; end: number }[];
}

/** Minimal CSV reader for these files: quoted fields with doubled quotes, one record per line. */
export function readCsv(file: string): Record<string, string>[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const parseLine = (line: string) => {
    const out: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted && c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        out.push(field);
        field = '';
      } else field += c;
    }
    out.push(field);
    return out;
  };
  const [header, ...rows] = lines.map(parseLine);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export function datasetsPresent(): boolean {
  return [
    'claim-strength/annotated_pubmed.csv',
    'claim-strength/annotated_eureka.csv',
    'claim-strength/insciout_train.jsonl',
    'hedges/wiki-weasel-dev.jsonl',
  ].every((f) => existsSync(path.join(DATASETS, f)));
}

export function loadYu(set: 'pubmed' | 'eureka'): Labelled[] {
  const file = path.join(DATASETS, `claim-strength/annotated_${set}.csv`);
  return readCsv(file).map((r) => ({
    text: (r['sentence'] ?? '').trim(),
    label: Number(r['label']),
    set,
  }));
}

export const loadInSciOut = () =>
  readJsonl<InSciOutPair>(path.join(DATASETS, 'claim-strength/insciout_train.jsonl'));
export const loadWiki = () =>
  readJsonl<WikiSentence>(path.join(DATASETS, 'hedges/wiki-weasel-dev.jsonl'));

// ---------------------------------------------------------------------------------------------
// Folds (seeded)

/** Mulberry32: a small seeded generator, so folds are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold of each item (0..k-1), by a seeded shuffle; items with the same group share a fold. */
export function assignFolds(groups: readonly string[], k: number, seed: number): number[] {
  const unique = [...new Set(groups)];
  const rand = mulberry32(seed);
  for (let i = unique.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [unique[i], unique[j]] = [unique[j]!, unique[i]!];
  }
  const foldOf = new Map(unique.map((g, i) => [g, i % k]));
  return groups.map((g) => foldOf.get(g)!);
}

// ---------------------------------------------------------------------------------------------
// Multinomial logistic regression over sparse binary features, full-batch Adam, per-feature L2.

interface Fit {
  W: Float64Array;
  b: Float64Array;
}

function fitSoftmax(
  X: readonly Int32Array[],
  y: readonly number[],
  nFeatures: number,
  K: number,
  l2: Float64Array,
  sampleWeight: readonly number[],
  iterations: number,
  rate: number,
): Fit {
  const W = new Float64Array(nFeatures * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(nFeatures * K);
  const gb = new Float64Array(K);
  const mW = new Float64Array(nFeatures * K);
  const vW = new Float64Array(nFeatures * K);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const z = new Float64Array(K);
  const totalWeight = sampleWeight.reduce((a, c) => a + c, 0);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let it = 1; it <= iterations; it++) {
    gW.fill(0);
    gb.fill(0);
    for (let i = 0; i < X.length; i++) {
      const xi = X[i]!;
      for (let c = 0; c < K; c++) z[c] = b[c]!;
      for (let j = 0; j < xi.length; j++) {
        const base = xi[j]! * K;
        for (let c = 0; c < K; c++) z[c]! += W[base + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < K; c++) if (z[c]! > max) max = z[c]!;
      let sum = 0;
      for (let c = 0; c < K; c++) sum += z[c] = Math.exp(z[c]! - max);
      const s = sampleWeight[i]! / totalWeight;
      for (let c = 0; c < K; c++) {
        const d = s * (z[c]! / sum - (y[i] === c ? 1 : 0));
        gb[c]! += d;
        for (let j = 0; j < xi.length; j++) gW[xi[j]! * K + c]! += d;
      }
    }
    const c1 = 1 - beta1 ** it;
    const c2 = 1 - beta2 ** it;
    for (let f = 0; f < nFeatures; f++) {
      const lam = l2[f]!;
      for (let c = 0; c < K; c++) {
        const idx = f * K + c;
        const g = gW[idx]! + lam * W[idx]!;
        mW[idx] = beta1 * mW[idx]! + (1 - beta1) * g;
        vW[idx] = beta2 * vW[idx]! + (1 - beta2) * g * g;
        W[idx]! -= (rate * (mW[idx]! / c1)) / (Math.sqrt(vW[idx]! / c2) + 1e-8);
      }
    }
    for (let c = 0; c < K; c++) {
      mb[c] = beta1 * mb[c]! + (1 - beta1) * gb[c]!;
      vb[c] = beta2 * vb[c]! + (1 - beta2) * gb[c]! * gb[c]!;
      b[c]! -= (rate * (mb[c]! / c1)) / (Math.sqrt(vb[c]! / c2) + 1e-8);
    }
  }
  return { W, b };
}

interface Design {
  names: string[];
  X: Int32Array[];
}

/** Feature vocabulary (features seen at least `minCount` times, and `keep` if given) and rows. */
function design(rows: readonly string[][], minCount: number, keep?: ReadonlySet<string>): Design {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.entries()]
    .filter(([f, n]) => n >= minCount && (!keep || keep.has(f)))
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const X = rows.map((r) =>
    Int32Array.from(r.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
  );
  return { names, X };
}

/** Per-feature weights centred over the classes (softmax is unchanged by a shift). */
function centred(W: Float64Array, f: number, K: number): number[] {
  const w = Array.from(W.subarray(f * K, f * K + K));
  const mean = w.reduce((a, c) => a + c, 0) / K;
  return w.map((v) => v - mean);
}

const isRule = (f: string) => f.startsWith('r:');

// ---------------------------------------------------------------------------------------------
// Claim strength

export interface StrengthOptions {
  /** L2 on word and bigram features. */
  l2Words: number;
  /** L2 on rule features (lighter: the model should lean on them). */
  l2Rules: number;
  iterations: number;
  rate: number;
  minCount: number;
  /** Word/bigram features kept after pruning (rule features are all kept). */
  keep: number;
  /** Class weights (N / (K n_c)) ** power: 0 none, 1 fully balanced. */
  balance: number;
}

/**
 * Fully balanced classes: how often each class occurs in medical conclusions says nothing about AI
 * news, and a learnt prior for "none" decided short claims whose words the data never had.
 */
export const STRENGTH_DEFAULTS: StrengthOptions = {
  l2Words: 3e-3,
  l2Rules: 3e-4,
  iterations: 250,
  rate: 0.05,
  minCount: 2,
  keep: 1400,
  balance: 1,
};

export function trainStrength(
  data: readonly Labelled[],
  options: Partial<StrengthOptions> = {},
): ClaimStrengthModelFile['strength'] {
  const o = { ...STRENGTH_DEFAULTS, ...options };
  const K = MODEL_CLASSES.length;
  const rows = data.map((d) => strengthFeatures(parse(d.text)));
  const y = data.map((d) => d.label);
  const classCounts = Array.from({ length: K }, (_, c) => y.filter((l) => l === c).length);
  const classWeight = classCounts.map((n) => (n ? (data.length / (K * n)) ** o.balance : 0));
  const sw = y.map((c) => classWeight[c]!);

  const fitOn = (d: Design) => {
    const l2 = Float64Array.from(d.names, (f) => (isRule(f) ? o.l2Rules : o.l2Words));
    return fitSoftmax(d.X, y, d.names.length, K, l2, sw, o.iterations, o.rate);
  };
  // 1. Fit on every feature seen twice; 2. keep all rule features and the strongest word
  // features; 3. refit on those alone, so the pruned model is a fitted model, not a truncated one.
  const full = design(rows, o.minCount);
  const first = fitOn(full);
  const importance = full.names.map((f, i) => ({
    f,
    w: Math.max(...centred(first.W, i, K).map(Math.abs)),
  }));
  const keep = new Set(importance.filter((x) => isRule(x.f)).map((x) => x.f));
  for (const x of importance
    .filter((x) => !isRule(x.f))
    .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1))
    .slice(0, o.keep))
    keep.add(x.f);
  const pruned = design(rows, o.minCount, keep);
  const fit = fitOn(pruned);

  const weights: Record<string, number[]> = {};
  pruned.names.forEach((f, i) => {
    const w = centred(fit.W, i, K).map((v) => Math.round(v * SCALE));
    if (w.some((v) => v !== 0)) weights[f] = w;
  });
  const bias = Array.from(fit.b, (v) => Math.round(v * SCALE));
  return { classes: [...MODEL_CLASSES], bias, weights };
}

// ---------------------------------------------------------------------------------------------
// Uncertainty cues

const SZEGED_TYPES: Record<string, string> = {
  speculation_modal_probable_: 'epistemic',
  'speculation_hypo_doxastic _': 'doxastic',
  'speculation_hypo_condition _': 'conditional',
  'speculation_hypo_investigation _': 'investigation',
};

/** Curated candidate lists from hedges.json (literature), the cue model's starting candidates. */
const CURATED_CUE_CATEGORIES = [
  'modal',
  'epistemic',
  'doxastic',
  'reporting',
  'conditional',
  'investigation',
] as const;
export function curatedCues(): Record<string, string[]> {
  const e = hedgesFile.entries as Record<string, string[]>;
  return Object.fromEntries(CURATED_CUE_CATEGORIES.map((c) => [c, [...(e[c] ?? [])]]));
}

const cueKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Cue forms annotated at least `min` times, with their majority Szeged type. */
export function annotatedCueForms(
  sentences: readonly WikiSentence[],
  min = 2,
): Map<string, { type: string; count: number }> {
  const byForm = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const c of s.cues) {
      const form = cueKey(c.text);
      const types = byForm.get(form) ?? new Map<string, number>();
      const type = SZEGED_TYPES[c.type] ?? 'epistemic';
      types.set(type, (types.get(type) ?? 0) + 1);
      byForm.set(form, types);
    }
  }
  const out = new Map<string, { type: string; count: number }>();
  for (const [form, types] of byForm) {
    const count = [...types.values()].reduce((a, c) => a + c, 0);
    if (count < min) continue;
    const type = [...types.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    out.set(form, { type, count });
  }
  return out;
}

export interface UncertaintyOptions {
  l2: number;
  iterations: number;
  rate: number;
  minCount: number;
  keep: number;
  threshold: number;
  minAnnotated: number;
}

export const UNCERTAINTY_DEFAULTS: UncertaintyOptions = {
  l2: 1e-3,
  iterations: 250,
  rate: 0.05,
  minCount: 2,
  keep: 900,
  threshold: 0.5,
  minAnnotated: 2,
};

/** Candidate cue lists: curated, then forms annotated in the training sentences. */
export function candidateCues(
  sentences: readonly WikiSentence[],
  minAnnotated: number,
): Record<string, string[]> {
  const cues = curatedCues();
  const known = new Set(Object.values(cues).flat().map(cueKey));
  const annotated: string[] = [];
  for (const [form] of [...annotatedCueForms(sentences, minAnnotated)].sort(
    (a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1),
  )) {
    if (!known.has(form)) annotated.push(form);
  }
  return { ...cues, annotated };
}

export function trainUncertainty(
  sentences: readonly WikiSentence[],
  options: Partial<UncertaintyOptions> = {},
): ClaimStrengthModelFile['uncertainty'] {
  const o = { ...UNCERTAINTY_DEFAULTS, ...options };
  const cues = candidateCues(sentences, o.minAnnotated);
  const lexicon = new TokenLexicon(cues);
  const rows: string[][] = [];
  const y: number[] = [];
  for (const s of sentences) {
    const p = parse(s.text);
    for (const h of lexicon.find(p.tokens)) {
      const start = p.tokens[h.from]!.start;
      const end = p.tokens[h.to - 1]!.end;
      rows.push(cueFeatures(p, h));
      y.push(s.cues.some((c) => c.start < end && c.end > start) ? 1 : 0);
    }
  }
  const sw = y.map(() => 1);
  const fitOn = (d: Design) =>
    fitSoftmax(
      d.X,
      y,
      d.names.length,
      2,
      new Float64Array(d.names.length).fill(o.l2),
      sw,
      o.iterations,
      o.rate,
    );
  const full = design(rows, o.minCount);
  const first = fitOn(full);
  const importance = full.names.map((f, i) => ({
    f,
    w: Math.abs(first.W[i * 2 + 1]! - first.W[i * 2]!),
  }));
  const keep = new Set(
    importance
      .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1))
      .slice(0, o.keep)
      .map((x) => x.f),
  );
  const pruned = design(rows, o.minCount, keep);
  const fit = fitOn(pruned);
  const weights: Record<string, number> = {};
  pruned.names.forEach((f, i) => {
    const w = Math.round((fit.W[i * 2 + 1]! - fit.W[i * 2]!) * SCALE);
    if (w !== 0) weights[f] = w;
  });
  return {
    threshold: o.threshold,
    bias: Math.round((fit.b[1]! - fit.b[0]!) * SCALE),
    cues,
    weights,
  };
}

// ---------------------------------------------------------------------------------------------
// The whole model

export const MODEL_PROVENANCE =
  'Weights of the claim-strength model and of the uncertainty-cue model, trained by scripts/train-claim-strength.ts (multinomial / binary logistic regression over word, bigram and rule features, full-batch Adam, L2, pruned, integers in thousandths) on: the PubMed and EurekAlert conclusion sentences of Yu, Li & Wang (2019/2020), github.com/junwang4/correlation-to-causation-exaggeration commit 00337f35 (labels 0 none, 1 correlational, 2 conditional causal, 3 direct causal); and the Wikipedia part of the CoNLL-2010 hedge-detection data as re-annotated in the Szeged Uncertainty Corpus (Szarvas et al. 2012), github.com/meyersbs/uncertainty commit c12842cd (cue spans). The data are read in place from ../shared/datasets and are not in the repository or the extension. These weights were trained on all of that data; the figures to quote are the cross-validated ones in docs/claim-strength.md and `npm run eval`.';

/** InSciOut sentences are kept out of training, so InSciOut stays data the model never saw. */
export function yuTrainingSet(): Labelled[] {
  const insciout = new Set(
    loadInSciOut().flatMap((p) => [
      p.press_release_conclusion.trim(),
      p.abstract_conclusion.trim(),
    ]),
  );
  return [...loadYu('pubmed'), ...loadYu('eureka')].filter((d) => !insciout.has(d.text));
}

export function buildModel(
  yu: readonly Labelled[],
  wiki: readonly WikiSentence[],
  training: Record<string, unknown> = {},
): ClaimStrengthModelFile {
  return {
    version: 1,
    provenance: MODEL_PROVENANCE,
    training,
    scale: SCALE,
    strength: trainStrength(yu),
    uncertainty: trainUncertainty(wiki),
  };
}

/** hedges.json with its data-derived list and counts recomputed from the Wikipedia set. */
function withAnnotatedCues(wiki: readonly WikiSentence[]): typeof hedgesFile {
  const forms = annotatedCueForms(wiki, UNCERTAINTY_DEFAULTS.minAnnotated);
  const lexicon = new TokenLexicon({ all: [...forms.keys()] });
  const seen = new Map<string, number>();
  for (const s of wiki)
    for (const h of lexicon.find(parse(s.text).tokens))
      seen.set(h.phrase, (seen.get(h.phrase) ?? 0) + 1);
  const sorted = [...forms].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const counts: Record<string, [number, number]> = {};
  for (const [form, { count }] of sorted)
    counts[form] = [count, Math.max(count, seen.get(form) ?? 0)];
  const curated = new Set(Object.values(curatedCues()).flat().map(cueKey));
  return {
    ...hedgesFile,
    entries: {
      ...hedgesFile.entries,
      annotated: sorted.map(([f]) => f).filter((f) => !curated.has(f)),
    },
    counts,
  } as unknown as typeof hedgesFile;
}

async function main() {
  if (!datasetsPresent()) {
    console.error(
      `The research datasets are not at ${DATASETS}. They live beside the project in shared/datasets.`,
    );
    process.exit(1);
  }
  const dry = process.argv.includes('--dry-run');
  const t0 = performance.now();
  const yu = yuTrainingSet();
  const wiki = loadWiki();
  const model = buildModel(yu, wiki, {
    strengthSentences: yu.length,
    strengthOptions: STRENGTH_DEFAULTS,
    uncertaintySentences: wiki.length,
    uncertaintyDocuments: new Set(wiki.map((s) => s.doc)).size,
    uncertaintyOptions: UNCERTAINTY_DEFAULTS,
    note: 'InSciOut sentences (claim-strength/insciout_train.jsonl) are excluded from training.',
  });
  const json = `${JSON.stringify(model)}\n`;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `Trained in ${seconds} s: ${Object.keys(model.strength.weights).length} strength features, ${Object.keys(model.uncertainty.weights).length} cue features, ${json.length} bytes.`,
  );
  if (dry) return;
  writeFileSync(MODEL_PATH, json);
  const hedges = withAnnotatedCues(wiki);
  writeFileSync(
    HEDGES_PATH,
    `${JSON.stringify(hedges, null, 2).replace(/\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2]')}\n`,
  );
  console.log(`Wrote ${path.relative(root, MODEL_PATH)} and ${path.relative(root, HEDGES_PATH)}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
