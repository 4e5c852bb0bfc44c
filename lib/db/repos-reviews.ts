/**
 * Reading reviews for the card and the manager. Writes go through imports (lib/db/write-reviews.ts) and the
 * library's door, like every other record.
 */

import type { Review } from '@/lib/core/records';
import type { OnRecordDb } from './schema';

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
