import { cueFeatures, forEachWordPair, ruleFeatures, type Parsed } from './features';
import { TokenLexicon, type TokenHit } from '../../text/token-lexicon';

/** The four classes of the research data (Yu et al. 2019): none, correlational, conditional, direct. */
export const MODEL_CLASSES = ['none', 'correlational', 'conditional', 'direct'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/**
 * The shipped weights file (lib/knowledge/claim-strength-model.json), written by
 * scripts/train-claim-strength.ts. Weights are integers; divide by `scale`.
 */
export interface ClaimStrengthModelFile {
  version: number;
  provenance: string;
  training?: Record<string, unknown>;
  scale: number;
  strength: {
    classes: readonly string[];
    bias: readonly number[];
    /** feature → one weight per class */
    weights: Readonly<Record<string, readonly number[]>>;
  };
  uncertainty: {
    /** Probability at or above which a candidate is an uncertainty cue. */
    threshold: number;
    bias: number;
    /** Candidate cue forms by category. */
    cues: Readonly<Record<string, readonly string[]>>;
    weights: Readonly<Record<string, number>>;
  };
}

/** A model ready to score: weights in maps, cue lexicon compiled. */
export class CompiledModel {
  /** Weights of rule features by name; of word features by stem, and of bigrams by stem then the stem before. */
  private readonly strengthWeights = new Map<string, Float64Array>();
  private readonly unigramWeights = new Map<string, Float64Array>();
  private readonly bigramWeights = new Map<string, Map<string, Float64Array>>();
  private readonly strengthBias: Float64Array;
  private readonly cueWeights = new Map<string, number>();
  private readonly cueBias: number;
  readonly cueThreshold: number;
  readonly cues: TokenLexicon;

  constructor(file: ClaimStrengthModelFile) {
    const k = MODEL_CLASSES.length;
    const s = file.scale || 1;
    this.strengthBias = Float64Array.from(
      { length: k },
      (_, c) => (file.strength.bias[c] ?? 0) / s,
    );
    for (const [f, w] of Object.entries(file.strength.weights)) {
      const weights = Float64Array.from({ length: k }, (_, c) => (w[c] ?? 0) / s);
      if (f.startsWith('u:')) this.unigramWeights.set(f.slice(2), weights);
      else if (f.startsWith('b:')) {
        const [prev, stem] = f.slice(2).split(' ') as [string, string];
        const byPrev = this.bigramWeights.get(stem) ?? new Map<string, Float64Array>();
        byPrev.set(prev, weights);
        this.bigramWeights.set(stem, byPrev);
      } else this.strengthWeights.set(f, weights);
    }
    for (const [f, w] of Object.entries(file.uncertainty.weights)) this.cueWeights.set(f, w / s);
    this.cueBias = file.uncertainty.bias / s;
    this.cueThreshold = file.uncertainty.threshold;
    this.cues = new TokenLexicon(file.uncertainty.cues);
  }

  /** Class probabilities (none, correlational, conditional, direct) of a parsed sentence. */
  strengthProbabilities(p: Parsed): number[] {
    // The features of strengthFeatures(p), each once, without building a string per word.
    const present = new Set<Float64Array>();
    forEachWordPair(p, (prev, stem) => {
      const u = this.unigramWeights.get(stem);
      if (u) present.add(u);
      const b = this.bigramWeights.get(stem)?.get(prev);
      if (b) present.add(b);
    });
    for (const f of ruleFeatures(p)) {
      const w = this.strengthWeights.get(f);
      if (w) present.add(w);
    }
    const bias = this.strengthBias;
    const z: number[] = [];
    for (let c = 0; c < bias.length; c++) z.push(bias[c]!);
    for (const w of present) for (let c = 0; c < z.length; c++) z[c]! += w[c]!;
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  }

  /** Probability that a candidate is an uncertainty cue in its context. */
  cueProbability(p: Parsed, hit: TokenHit): number {
    let z = this.cueBias;
    for (const f of cueFeatures(p, hit)) z += this.cueWeights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  }
}
