/**
 * Where an import's reviews go (schema version 8): inside their statement's row when they belong there
 * (lib/db/review-rows.ts), as rows otherwise. A statement the import writes keeps the reviews already inside it;
 * one it does not write but that gains a review is written again with it. Reads only; the import writes the result.
 */
import type { Review, Statement } from '@/lib/core/records';
import type { OnRecordDb } from './database-schema';
import { belongsInside, reviewsInRow, rowWithReviews, type StatementRow, statementOfRow } from './review-rows';

/** What placing needs from the statements' plan. */
export interface StatementsPlanned {
  /** The statement rows the import writes, reviews not yet placed. */
  rows: readonly StatementRow[];
  /** The stored rows the plan read, by id, with the reviews inside them. */
  stored: ReadonlyMap<string, StatementRow>;
}

/** The rows to write once the reviews are placed, and the review rows that moved inside a statement. */
export interface Placed {
  statements: StatementRow[];
  reviews: Review[];
  gone: string[];
}

/**
 * Places `reviews` (the import's, final) beside the statements' plan; `storedRowIds` are the review ids stored as
 * rows of `reviews` before the import.
 */
export async function placeReviews(
  db: OnRecordDb,
  planned: StatementsPlanned,
  reviews: readonly Review[],
  storedRowIds: ReadonlySet<string>,
): Promise<Placed> {
  const writing = new Map(planned.rows.map((s) => [s.id, statementOfRow(s)]));
  const stored = new Map(planned.stored);
  await readMissing(db, reviews, writing, stored);
  const statementOf = (id: string): Statement | undefined => {
    const row = writing.get(id) ?? stored.get(id);
    return row ? statementOfRow(row) : undefined;
  };
  const inside = new Map<string, Review[]>();
  const rows: Review[] = [];
  for (const r of reviews) {
    const statement = r.statementId === undefined ? undefined : statementOf(r.statementId);
    if (statement && belongsInside(r, statement)) inside.set(statement.id, [...(inside.get(statement.id) ?? []), r]);
    else rows.push(r);
  }
  const replanned = new Set(reviews.map((r) => r.id));
  const touched = new Set([...writing.keys(), ...inside.keys()]);
  for (const [id, row] of stored) if (row.reviews?.some((r) => replanned.has(r.id))) touched.add(id);
  const statements: StatementRow[] = [];
  for (const id of touched) {
    const statement = statementOf(id);
    if (!statement) continue;
    const kept = reviewsInRow(stored.get(id) ?? statement).filter((r) => !replanned.has(r.id));
    // A stored review no longer of this statement's speaker (its id replaced by another person's) becomes a row.
    rows.push(...kept.filter((r) => !belongsInside(r, statement)));
    const held = [...kept.filter((r) => belongsInside(r, statement)), ...(inside.get(id) ?? [])];
    statements.push(rowWithReviews(writing.get(id) ?? statement, held));
  }
  const moved = [...inside.values()].flat().filter((r) => storedRowIds.has(r.id));
  return { statements, reviews: rows, gone: moved.map((r) => r.id) };
}

/** Reads the stored statements the reviews name that the plan neither writes nor read. */
async function readMissing(
  db: OnRecordDb,
  reviews: readonly Review[],
  writing: ReadonlyMap<string, Statement>,
  stored: Map<string, StatementRow>,
): Promise<void> {
  const ids = new Set<string>();
  for (const r of reviews)
    if (r.statementId && !writing.has(r.statementId) && !stored.has(r.statementId)) ids.add(r.statementId);
  if (ids.size === 0) return;
  for (const row of await db.statements.bulkGet([...ids])) if (row) stored.set(row.id, row);
}
