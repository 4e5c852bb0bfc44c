import type { Transaction } from 'dexie';
import type { Review, Statement } from '@/lib/core/records';
import { belongsInside, reviewsInRow, rowWithReviews } from '../review-rows';

/**
 * Version 8 keeps a statement's reviews inside its row (lib/db/review-rows.ts) when they are of its speaker and
 * its layer; the others stay rows of `reviews`. No index changes: the stores repeat version 7's.
 */
export const V8_STORES = {
  statements: 'id, personId, [personId+date], origin',
  reviews: 'id, claimantId, statementId, origin',
};

/** Moves every review that belongs inside its statement's row there; nothing is dropped or changed. */
export async function upgradeToV8(tx: Transaction): Promise<void> {
  const reviews: Review[] = await tx.table('reviews').toArray();
  const linked = reviews.filter((r) => r.statementId !== undefined);
  if (linked.length === 0) return;
  const ids = [...new Set(linked.map((r) => r.statementId as string))];
  const rows: (Statement | undefined)[] = await tx.table('statements').bulkGet(ids);
  const inside = new Map<string, Review[]>();
  const byId = new Map(rows.filter((s) => s !== undefined).map((s) => [s.id, s]));
  const moved: string[] = [];
  for (const review of linked) {
    const statement = byId.get(review.statementId as string);
    if (!statement || !belongsInside(review, statement)) continue;
    inside.set(statement.id, [...(inside.get(statement.id) ?? []), review]);
    moved.push(review.id);
  }
  const written = [...inside].flatMap(([id, held]) => {
    const statement = byId.get(id);
    return statement ? [rowWithReviews(statement, [...reviewsInRow(statement), ...held])] : [];
  });
  await tx.table('statements').bulkPut(written);
  await tx.table('reviews').bulkDelete(moved);
}
