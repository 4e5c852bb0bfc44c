/**
 * Reading reviews for the card and the manager (lib/db/review-store.ts, wherever they are kept), and the reader's
 * own rating of a statement. Every write goes through the library's door, like every other record; imports write
 * through lib/db/write-reviews.ts.
 */

import { t } from '@/lib/core/i18n';
import type { Review } from '@/lib/core/records';
import { reviewId } from '@/lib/factcheck/to-pack';
import type { OnRecordDb } from './database-schema';
import { putReview } from './review-store';

export { listReviews, reviewsOfClaimants, reviewsOfStatement, reviewsWithoutClaimant } from './review-store';

/** A reader's own rating of a stored statement, as a fact-checker publishing it would give it. */
export interface OwnRating {
  verdict: string;
  reviewer: string;
  reviewerUrl?: string;
  url?: string;
}

/**
 * Stores the reader's rating of a statement as a review of it (the statement's words as the claim, its speaker as
 * claimant, its sources as appearances), so *Copy ClaimReview* can publish it; the library's door checks it.
 */
export function rateStatement(db: OnRecordDb, statementId: string, rating: OwnRating, now: string) {
  return db.transaction('rw', db.statements, db.reviews, () => rate(db, statementId, rating, now));
}

async function rate(db: OnRecordDb, statementId: string, rating: OwnRating, now: string): Promise<Review> {
  const statement = await db.statements.get(statementId);
  if (!statement) throw new Error(t('writeErrorStatementGone'));
  const reviewer = { name: rating.reviewer.trim(), ...(rating.reviewerUrl ? { url: rating.reviewerUrl } : {}) };
  const url = rating.url?.trim() || undefined;
  const review: Review = {
    id: reviewId({ url, reviewer, claim: statement.text }),
    claim: statement.text,
    claimantId: statement.personId,
    ...(statement.date ? { claimDate: statement.date } : {}),
    appearances: statement.sources.map((s) => s.url),
    rating: { alternateName: rating.verdict.trim() },
    reviewer,
    reviewDate: now.slice(0, 10),
    ...(url ? { url } : {}),
    statementId,
    createdAt: now,
    updatedAt: now,
  };
  await putReview(db, review);
  return review;
}
