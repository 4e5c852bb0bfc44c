/**
 * Every read of reviews, wherever they are stored (schema version 8: inside their statement's row, or as rows of
 * `reviews`; lib/db/review-rows.ts), and the few writes that move one between the two. Callers get the shared
 * Review records exactly as they were written, so the card, exports and subscriptions never see the layout.
 */
import type { Review } from '@/lib/core/records';
import type { OnRecordDb } from './database-schema';
import { belongsInside, reviewsInRow, rowWithReviews, type StatementRow } from './review-rows';

const byId = (a: Review, b: Review) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Reviews of claims these people made: rows by claimant, and those inside the statements they said. */
export async function reviewsOfClaimants(db: OnRecordDb, personIds: readonly string[]): Promise<Review[]> {
  if (personIds.length === 0) return [];
  const ids = [...personIds];
  const [rows, said] = await Promise.all([
    db.reviews.where('claimantId').anyOf(ids).toArray(),
    db.statements.where('personId').anyOf(ids).toArray(),
  ]);
  return [...rows, ...said.flatMap(reviewsInRow)].sort(byId);
}

/** Reviews that name no claimant: never inside a statement, whose speaker is their claimant. */
export function reviewsWithoutClaimant(db: OnRecordDb): Promise<Review[]> {
  return db.reviews.filter((r) => r.claimantId === null).toArray();
}

/** Every review of one statement, wherever it is kept. */
export async function reviewsOfStatement(db: OnRecordDb, statementId: string): Promise<Review[]> {
  const [row, rows] = await Promise.all([
    db.statements.get(statementId),
    db.reviews.where('statementId').equals(statementId).toArray(),
  ]);
  return [...(row ? reviewsInRow(row) : []), ...rows].sort(byId);
}

/** Every stored review, in id order (as the reviews table alone listed them before version 8). */
export async function listReviews(db: OnRecordDb): Promise<Review[]> {
  return db.transaction('r', db.statements, db.reviews, async () => {
    const rows = await db.reviews.toArray();
    const inside: Review[] = [];
    await db.statements.each((row: StatementRow) => {
      if (row.reviews) inside.push(...reviewsInRow(row));
    });
    return [...rows, ...inside].sort(byId);
  });
}

/** Every review of a whole read of both tables (an export already holding every statement row), in id order. */
export function reviewsOfTables(statementRows: readonly StatementRow[], reviewRows: readonly Review[]): Review[] {
  return [...reviewRows, ...statementRows.flatMap(reviewsInRow)].sort(byId);
}

/** The stored reviews with these ids, in the order asked; unknown ids are left out. */
export async function reviewsWithIds(db: OnRecordDb, ids: readonly string[]): Promise<Review[]> {
  const all = new Map((await listReviews(db)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const found = all.get(id);
    return found ? [found] : [];
  });
}

/** How many reviews the library holds, wherever kept. */
export async function countReviews(db: OnRecordDb): Promise<number> {
  let inside = 0;
  await db.statements.each((row: StatementRow) => {
    inside += row.reviews?.length ?? 0;
  });
  return (await db.reviews.count()) + inside;
}

/**
 * Stores one review where it belongs (inside its statement's row, or as a row), replacing a stored review with
 * its id in that place. Runs in the caller's transaction, which must hold statements and reviews.
 */
export async function putReview(db: OnRecordDb, review: Review): Promise<void> {
  const row = review.statementId ? await db.statements.get(review.statementId) : undefined;
  if (!row || !belongsInside(review, row)) {
    await db.reviews.put(review);
    return;
  }
  const others = reviewsInRow(row).filter((r) => r.id !== review.id);
  await db.reviews.delete(review.id);
  await db.statements.put(rowWithReviews(row, [...others, review]));
}

/**
 * Before statements leave the library (a delete, to Recently deleted or not): the reviews inside them become
 * rows, still naming their statement, as every review was before version 8, so the card keeps them.
 */
export async function releaseReviews(db: OnRecordDb, statementIds: readonly string[]): Promise<void> {
  if (statementIds.length === 0) return;
  const rows = await db.statements.bulkGet([...statementIds]);
  const released = rows.flatMap((row) => (row ? reviewsInRow(row) : []));
  if (released.length > 0) await db.reviews.bulkPut(released);
}

/** After statements come back (Restore, Undo): review rows that belong inside them move in again. */
export async function gatherReviews(db: OnRecordDb, statementIds: readonly string[]): Promise<void> {
  if (statementIds.length === 0) return;
  const loose = await db.reviews
    .where('statementId')
    .anyOf([...statementIds])
    .toArray();
  if (loose.length === 0) return;
  const rows = await db.statements.bulkGet([...new Set(loose.map((r) => r.statementId as string))]);
  const written: StatementRow[] = [];
  const moved: string[] = [];
  for (const row of rows) {
    if (!row) continue;
    const fits = loose.filter((r) => belongsInside(r, row));
    if (fits.length === 0) continue;
    const fitIds = new Set(fits.map((r) => r.id));
    written.push(rowWithReviews(row, [...reviewsInRow(row).filter((r) => !fitIds.has(r.id)), ...fits]));
    moved.push(...fitIds);
  }
  await db.statements.bulkPut(written);
  await db.reviews.bulkDelete(moved);
}
