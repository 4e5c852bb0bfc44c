/**
 * Reads every ClaimReview of a file or a page's markup: each found review normalised, each item that is not one
 * (or cannot be read as one) listed with where it is and why, so an import preview can name it.
 */
import { normaliseClaimReview } from './normalise';
import { locateClaimReviews } from './shapes';
import type { ReadReviews } from './types';

/** The reviews in any of the published shapes (single, list, @graph, DataFeed), and the items left out. */
export function readClaimReviews(json: unknown): ReadReviews {
  const { found, others } = locateClaimReviews(json);
  const out: ReadReviews = {
    reviews: [],
    skipped: others.map((at) => ({ at: at || 'file', problem: 'is not a ClaimReview' })),
  };
  for (const { at, value } of found) {
    const read = normaliseClaimReview(value);
    if (read.ok) out.reviews.push(read.review);
    else out.skipped.push({ at: at || 'ClaimReview', problem: read.problem });
  }
  return out;
}
