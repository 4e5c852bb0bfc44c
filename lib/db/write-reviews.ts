/**
 * Plans the reviews of a pack against the library: a review keeps its claimant and statement through the merges
 * of people and statements the same import made, and a review already stored (same id) is updated in place, so
 * importing a fact-check feed twice leaves one copy of each review.
 */

import type { Review } from '@/lib/core/records';
import type { PackReview } from '@/lib/pack/pack-schema';
import { markStorable } from '@/lib/pack/storable';
import type { OnRecordDb } from './database-schema';

/** Added and merged counts, as the other kinds of record report them. */
export interface ReviewCounts {
  added: number;
  merged: number;
}

/** The review rows an import writes, with the ids its people and statements ended up under. */
export async function planReviews(
  db: OnRecordDb,
  reviews: readonly PackReview[],
  personIds: ReadonlyMap<string, string>,
  statementIds: ReadonlyMap<string, string>,
  now: string,
  counts: ReviewCounts,
): Promise<Review[]> {
  if (reviews.length === 0) return [];
  const stored = new Map<string, Review>();
  for (const row of await db.reviews.bulkGet(reviews.map((r) => r.id))) if (row) stored.set(row.id, row);
  const rows = new Map<string, Review>();
  for (const r of reviews) {
    const existing = rows.get(r.id) ?? stored.get(r.id);
    const claimantId = r.claimantId === null ? null : (personIds.get(r.claimantId) ?? null);
    const statementId = r.statementId === undefined ? undefined : statementIds.get(r.statementId);
    const { statementId: _given, ...rest } = r;
    const review: Review = {
      ...rest,
      claimantId,
      ...(statementId ? { statementId } : {}),
      createdAt: existing?.createdAt ?? r.createdAt ?? now,
      updatedAt: existing ? now : (r.updatedAt ?? now),
    };
    counts[existing ? 'merged' : 'added']++;
    // A new review is the pack check's output with its links mapped: every field was checked when read.
    rows.set(r.id, existing ? review : markStorable(review));
  }
  return [...rows.values()];
}
