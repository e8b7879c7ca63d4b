/**
 * An inverted index over sentences with IDF weights: a query sentence is scored against only the
 * sentences that share a term with it, so matching a page against a source costs about the
 * postings it touches, not pages × sources. Terms arrive as small integers (terms.ts) and postings
 * sit in flat typed arrays: building the index costs about two passes over the source's terms.
 */
export class InvertedIndex {
  private readonly termCount: number;
  private readonly df: Int32Array;
  private readonly idf: Float64Array;
  /** Postings of term t: positions offsets[t] up to offsets[t + 1] of docs and weights. */
  private readonly offsets: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingWeights: Float64Array;
  private readonly norms: Float64Array;
  /** Scratch, reused across calls and zeroed after each: per-sentence scores, per-term counts. */
  private readonly scores: Float64Array;
  private readonly counts: Int32Array;
  /** Weight of a query term the source never uses: that of a term seen once. */
  private readonly unseen: number;
  readonly size: number;

  /** `documents`: the content term ids of each sentence, all below `termCount` (see terms.ts). */
  constructor(documents: readonly (readonly number[])[], termCount: number) {
    this.size = documents.length;
    this.termCount = termCount;
    this.scores = new Float64Array(this.size);
    this.norms = new Float64Array(this.size);
    this.counts = new Int32Array(termCount);
    this.df = new Int32Array(termCount);
    this.unseen = Math.log(1 + this.size);
    // Each sentence's distinct terms once: they give the document frequencies, then the postings.
    const distinct = documents.map((d) => this.distinctTerms(d, false));
    for (const terms of distinct) for (const t of terms) this.df[t]!++;
    this.idf = new Float64Array(termCount);
    this.offsets = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) {
      if (this.df[t]) this.idf[t] = Math.log(1 + this.size / this.df[t]!);
      this.offsets[t + 1] = this.offsets[t]! + this.df[t]!;
    }
    this.postingDocs = new Int32Array(this.offsets[termCount]!);
    this.postingWeights = new Float64Array(this.offsets[termCount]!);
    const filled = this.offsets.slice(0, termCount);
    documents.forEach((terms, doc) => {
      for (const t of terms) this.counts[t]!++;
      let sum = 0;
      for (const t of distinct[doc]!) {
        const weight = this.weight(t);
        sum += weight * weight;
        const at = filled[t]!++;
        this.postingDocs[at] = doc;
        this.postingWeights[at] = weight;
      }
      for (const t of distinct[doc]!) this.counts[t] = 0;
      this.norms[doc] = Math.sqrt(sum);
    });
  }

  /** The terms of a list once each; while querying, terms the index never saw are left out. */
  private distinctTerms(terms: readonly number[], known: boolean): number[] {
    const out: number[] = [];
    for (const t of terms) {
      if (known && (t >= this.termCount || !this.df[t])) continue;
      if (this.counts[t] === 0) out.push(t);
      this.counts[t] = 1;
    }
    for (const t of out) this.counts[t] = 0;
    return out;
  }

  /** How rare a term is in the indexed sentences: log(1 + N / df); a term never seen, as if seen once. */
  rarity(t: number): number {
    return t < this.termCount && this.df[t] ? this.idf[t]! : this.unseen;
  }

  /** TF-IDF weight of a term counted in `counts`: (1 + log tf) × idf. */
  private weight(t: number): number {
    return (1 + Math.log(this.counts[t]!)) * this.idf[t]!;
  }

  /** Cosine similarity of a sentence's terms with every indexed sentence sharing one, best first. */
  search(queryTerms: readonly number[], limit = 3): { doc: number; score: number }[] {
    const terms = this.distinctTerms(queryTerms, true);
    let unknown = 0;
    for (const t of queryTerms) {
      if (t < this.termCount && this.df[t]) this.counts[t]!++;
      else unknown++;
    }
    // Unknown terms count in the query's norm only.
    let sum = unknown * this.unseen * this.unseen;
    const weights = terms.map((t) => {
      const w = this.weight(t);
      sum += w * w;
      return w;
    });
    for (const t of terms) this.counts[t] = 0;
    const norm = Math.sqrt(sum);
    if (!norm) return [];
    const touched: number[] = [];
    terms.forEach((t, k) => {
      const w = weights[k]!;
      for (let p = this.offsets[t]!, end = this.offsets[t + 1]!; p < end; p++) {
        const doc = this.postingDocs[p]!;
        if (this.scores[doc] === 0) touched.push(doc);
        this.scores[doc]! += w * this.postingWeights[p]!;
      }
    });
    // Keep the best few in one pass; a full sort would cost more than the scoring on long sources.
    const best: { doc: number; score: number }[] = [];
    for (const doc of touched) {
      const score = this.scores[doc]! / (norm * (this.norms[doc] || 1));
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
