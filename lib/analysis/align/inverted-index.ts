import { terms } from './terms';

/** A TF-IDF vector of one indexed sentence, as term -> weight, with its norm. */
interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/**
 * An inverted index over sentences with IDF weights: a query sentence is scored against only the
 * sentences that share a term with it, so matching a page against a source costs about the
 * postings it touches, not pages × sources.
 */
export class InvertedIndex {
  private readonly postings = new Map<string, { doc: number; weight: number }[]>();
  private readonly idf = new Map<string, number>();
  private readonly norms: number[] = [];
  /** Scratch accumulator, one slot per sentence, reused across searches (zeroed after each). */
  private readonly scores: Float64Array;
  readonly size: number;

  constructor(documents: readonly string[]) {
    this.size = documents.length;
    this.scores = new Float64Array(documents.length);
    const termLists = documents.map(terms);
    const df = new Map<string, number>();
    for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log(1 + this.size / n));
    termLists.forEach((list, doc) => {
      const vector = this.vectorOf(list);
      this.norms[doc] = vector.norm;
      for (const [t, weight] of vector.weights) {
        let posting = this.postings.get(t);
        if (!posting) this.postings.set(t, (posting = []));
        posting.push({ doc, weight });
      }
    });
  }

  private vectorOf(list: readonly string[]): Vector {
    const tf = new Map<string, number>();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sum = 0;
    // Unknown terms get the weight of a term seen once, so they still count against similarity.
    const unseen = Math.log(1 + this.size);
    for (const [t, n] of tf) {
      const w = (1 + Math.log(n)) * (this.idf.get(t) ?? unseen);
      weights.set(t, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  }

  /** Cosine similarity of `text` with every indexed sentence it shares a term with, best first. */
  search(text: string, limit = 3): { doc: number; score: number }[] {
    const query = this.vectorOf(terms(text));
    if (!query.norm) return [];
    const touched: number[] = [];
    for (const [t, w] of query.weights) {
      for (const { doc, weight } of this.postings.get(t) ?? []) {
        if (this.scores[doc] === 0) touched.push(doc);
        this.scores[doc]! += w * weight;
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
