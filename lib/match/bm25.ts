/**
 * Okapi BM25 over pre-tokenised documents, scoring only the query's terms: one pass over the documents counts
 * each query term's frequency, document frequency and the lengths, so a person with thousands of statements
 * costs one tokenisation each and no index.
 */

/** The usual BM25 constants: term-frequency saturation and length normalisation. */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** One query term and how much it counts (named entities count more than plain words). */
export interface QueryTerm {
  term: string;
  weight: number;
}

/** What a BM25 pass yields: each document's score, and the yardstick to judge scores by. */
export interface Bm25Result {
  /** Scores in document order; 0 when a document shares no query term. */
  scores: number[];
  /**
   * The score a document of average length holding each query term once would get, so a score can be read
   * as "about as much of the query as that" whatever the size of the library.
   */
  yardstick: number;
}

/** BM25 scores of each document for the query. */
export function bm25(query: QueryTerm[], docs: string[][]): Bm25Result {
  const n = docs.length;
  if (n === 0 || query.length === 0) return { scores: docs.map(() => 0), yardstick: 0 };
  const index = new Map(query.map((q, i) => [q.term, i]));
  const df = new Array<number>(query.length).fill(0);
  const tfs: Array<Map<number, number> | null> = [];
  let total = 0;
  for (const doc of docs) {
    total += doc.length;
    let tf: Map<number, number> | null = null;
    for (const term of doc) {
      const qi = index.get(term);
      if (qi === undefined) continue;
      tf ??= new Map();
      tf.set(qi, (tf.get(qi) ?? 0) + 1);
    }
    if (tf) for (const qi of tf.keys()) df[qi] = (df[qi] ?? 0) + 1;
    tfs.push(tf);
  }
  const avgdl = total / n || 1;
  const idf = df.map((d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  // Each query term with its weight and idf side by side: a term index from `index` is always one of them.
  const terms = query.map((q, qi) => ({ weight: q.weight, idf: idf[qi] ?? 0 }));
  const scores = docs.map((doc, di) => {
    const tf = tfs[di];
    if (!tf) return 0;
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * doc.length) / avgdl);
    let score = 0;
    for (const [qi, f] of tf) {
      const t = terms[qi];
      if (t) score += t.weight * t.idf * ((f * (BM25_K1 + 1)) / (f + norm));
    }
    return score;
  });
  const yardstick = terms.reduce((sum, t) => sum + t.weight * t.idf, 0);
  return { scores, yardstick };
}
