/**
 * Reading reviews for the card and the manager, and the reader's own rating of a statement. Every write goes
 * through the library's door, like every other record; imports write through lib/db/write-reviews.ts.
 */

import { t } from '@/lib/core/i18n';
import type { Review } from '@/lib/core/records';
import { reviewId } from '@/lib/factcheck/to-pack';
import type { OnRecordDb } from './database-schema';

/** Reviews of claims these people made: the only reviews a quote of theirs can match. */
export function reviewsOfClaimants(db: OnRecordDb, personIds: readonly string[]): Promise<Review[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return db.reviews
    .where('claimantId')
    .anyOf([...personIds])
    .toArray();
}

/** Reviews that name no claimant: a quote matches them only when its words are close to the claim's. */
export function reviewsWithoutClaimant(db: OnRecordDb): Promise<Review[]> {
  return db.reviews.filter((r) => r.claimantId === null).toArray();
}

/** Every review attached to one statement, for the manager. */
export function reviewsOfStatement(db: OnRecordDb, statementId: string): Promise<Review[]> {
  return db.reviews.where('statementId').equals(statementId).toArray();
}

/** Every stored review, for an export. */
export function listReviews(db: OnRecordDb): Promise<Review[]> {
  return db.reviews.toArray();
}

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
export async function rateStatement(db: OnRecordDb, statementId: string, rating: OwnRating, now: string) {
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
  await db.reviews.put(review);
  return review;
}
