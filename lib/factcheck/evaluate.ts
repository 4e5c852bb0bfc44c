/**
 * Precision and recall of review matching on a set of claim/quote pairs, shared by the unit test that gates
 * them and the benchmark script that prints them, so both measure the same thing.
 */
import { matchReview } from './match';

/** One pair: a reviewed claim, a quote, who said each, and whether they should match. */
export interface ClaimPair {
  id: string;
  kind: string;
  claimant: string | null;
  claim: string;
  speaker: string | null;
  quote: string;
  match: boolean;
}

/** Counts and rates over a set of pairs, and the pairs judged wrongly. */
export interface PairScore {
  pairs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  wrong: string[];
}

/** Runs the matcher over every pair. */
export function scorePairs(pairs: readonly ClaimPair[]): PairScore {
  let [tp, fp, fn] = [0, 0, 0];
  const wrong: string[] = [];
  for (const p of pairs) {
    const found =
      matchReview({ claim: p.claim, claimantId: p.claimant }, { text: p.quote, speakerId: p.speaker }) !== null;
    if (found && p.match) tp++;
    if (found && !p.match) fp++;
    if (!found && p.match) fn++;
    if (found !== p.match) wrong.push(p.id);
  }
  return {
    pairs: pairs.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    wrong,
  };
}
