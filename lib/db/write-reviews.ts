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

/** An import's reviews, final, and which of them were stored as rows of `reviews` before it. */
export interface PlannedReviews {
  reviews: Review[];
  storedRowIds: Set<string>;
}

/**
 * The reviews an import writes, with the ids its people and statements ended up under; `storedInside` are the
 * reviews inside the stored statements the plan read (where a feed imported again finds its reviews).
 */
export async function planReviews(
  db: OnRecordDb,
  reviews: readonly PackReview[],
  personIds: ReadonlyMap<string, string>,
  statementIds: ReadonlyMap<string, string>,
  now: string,
  counts: ReviewCounts,
  storedInside: readonly Review[] = [],
): Promise<PlannedReviews> {
  if (reviews.length === 0) return { reviews: [], storedRowIds: new Set() };
  const stored = new Map<string, Review>();
  for (const r of storedInside) stored.set(r.id, r);
  const storedRows = await storedReviews(db, reviews);
  for (const row of storedRows) stored.set(row.id, row);
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
  return { reviews: [...rows.values()], storedRowIds: new Set(storedRows.map((r) => r.id)) };
}

/**
 * The stored reviews among these. A first import into a library without reviews asks nothing; a large one reads
 * the table's keys once (one cursor) and fetches only those it has, instead of one request per review.
 */
async function storedReviews(db: OnRecordDb, reviews: readonly PackReview[]): Promise<Review[]> {
  const count = await db.reviews.count();
  if (count === 0) return [];
  let ids = reviews.map((r) => r.id);
  if (ids.length >= 1000) {
    const keys = new Set(await db.reviews.toCollection().primaryKeys());
    ids = ids.filter((id) => keys.has(id));
  }
  return ids.length > 0 ? (await db.reviews.bulkGet(ids)).filter((r) => r !== undefined) : [];
}
