
/** One term of a sentence's TF-IDF vector. */
interface Weighted {
  term: number;
  weight: number;
}

/**
 * An inverted index over sentences with IDF weights: a query sentence is scored against only the
 * sentences that share a term with it, so matching a page against a source costs about the
 * postings it touches, not pages × sources. Terms are interned as small integers and postings
 * kept in flat arrays: building the index costs about one pass over the source's words.
 */
export class InvertedIndex {
  private readonly ids = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly postingDocs: number[][] = [];
  private readonly postingWeights: number[][] = [];
  private readonly norms: Float64Array;
  /** Scratch accumulator, one slot per sentence, reused across searches (zeroed after each). */
  private readonly scores: Float64Array;
  /** Weight of a query term the source never uses: that of a term seen once. */
  private readonly unseen: number;
  readonly size: number;

  /** `documents`: the content terms of each sentence (see terms.ts). */
  constructor(documents: readonly (readonly string[])[]) {
    this.size = documents.length;
    this.scores = new Float64Array(documents.length);
    this.norms = new Float64Array(documents.length);
    this.unseen = Math.log(1 + this.size);
    // Term frequencies once per sentence: they give both the document frequencies and the weights.
    const tfs = documents.map((d) => this.termFrequencies(this.intern(d)));
    const df: number[] = [];
    for (const { tf } of tfs) for (const t of tf.keys()) df[t] = (df[t] ?? 0) + 1;
    for (let t = 0; t < df.length; t++) {
      this.idf[t] = Math.log(1 + this.size / df[t]!);
      this.postingDocs[t] = [];
      this.postingWeights[t] = [];
    }
    tfs.forEach((counts, doc) => {
      const vector = this.vectorOf(counts);
      this.norms[doc] = vector.norm;
      for (const { term, weight } of vector.weights) {
        this.postingDocs[term]!.push(doc);
        this.postingWeights[term]!.push(weight);
      }
    });
  }

  /** Term ids, new terms added (while indexing) or given -1 (while querying). */
  private intern(list: readonly string[], add = true): number[] {
    return list.map((t) => {
      let id = this.ids.get(t);
      if (id === undefined) {
        if (!add) return -1;
        this.ids.set(t, (id = this.ids.size));
      }
      return id;
    });
  }

  /** Counts of each known term, and how many terms the index has never seen (ids of -1). */
  private termFrequencies(list: readonly number[]): { tf: Map<number, number>; unknown: number } {
    const tf = new Map<number, number>();
    let unknown = 0;
    for (const t of list) {
      if (t < 0) unknown++;
      else tf.set(t, (tf.get(t) ?? 0) + 1);
    }
    return { tf, unknown };
  }

  /** TF-IDF weights ((1 + log tf) × idf); unknown terms count in the norm only. */
  private vectorOf({ tf, unknown }: { tf: Map<number, number>; unknown: number }): { weights: Weighted[]; norm: number } {
    const weights: Weighted[] = [];
    let sum = unknown * this.unseen * this.unseen;
    for (const [term, n] of tf) {
      const weight = (1 + Math.log(n)) * this.idf[term]!;
      weights.push({ term, weight });
      sum += weight * weight;
    }
    return { weights, norm: Math.sqrt(sum) };
  }

  /** Cosine similarity of a sentence's terms with every indexed sentence sharing one, best first. */
  search(queryTerms: readonly string[], limit = 3): { doc: number; score: number }[] {
    const query = this.vectorOf(this.termFrequencies(this.intern(queryTerms, false)));
    if (!query.norm) return [];
    const touched: number[] = [];
    for (const { term, weight: w } of query.weights) {
      const docs = this.postingDocs[term]!;
      const weights = this.postingWeights[term]!;
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k]!;
        if (this.scores[doc] === 0) touched.push(doc);
        this.scores[doc]! += w * weights[k]!;
      }
    }
    // Keep the best few in one pass; a full sort would cost more than the scoring on long sources.
    const best: { doc: number; score: number }[] = [];
    for (const doc of touched) {
      const score = this.scores[doc]! / (query.norm * (this.norms[doc] || 1));
      this.scores[doc] = 0;
      if (best.length === limit && score <= best[limit - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { doc, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }
}
