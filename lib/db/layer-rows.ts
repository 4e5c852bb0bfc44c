/**
 * A subscription's layer as rows (schema version 8): its reviews inside its statements' rows where they belong
 * (lib/db/review-rows.ts). The layer's diff (subscribed-records.ts) works on records; this turns it into the rows
 * to write, so an update rewrites only the statement rows whose statement or reviews changed. Pure.
 */
import type { Review, Statement } from '@/lib/core/records';
import type { PersonRow } from './person-row';
import { joinReviews, type StatementRow, splitReviews } from './review-rows';
import type { LayerChange, LayerRecords } from './subscribed-records';

/** One subscription's rows as stored. */
export interface LayerRows extends Omit<LayerRecords, 'statements'> {
  people: PersonRow[];
  statements: StatementRow[];
  /** Only the reviews kept as rows of `reviews`. */
  reviews: Review[];
}

/** The layer's records from its rows: statements plain, every review on its own. */
export function layerOfRows(rows: LayerRows): LayerRecords {
  return { ...rows, ...joinReviews(rows.statements, rows.reviews) };
}

/** The statement and review rows a layer change writes, and the review rows it deletes. */
export interface LayerRowWrites {
  statements: StatementRow[];
  reviews: Review[];
  reviewsGone: string[];
}

/** The records the layer holds once `change` is applied: the changed ones as written, the rest as stored. */
function after<T extends { id: string }>(stored: readonly T[], next: readonly T[], put: readonly T[]): T[] {
  const written = new Map(put.map((r) => [r.id, r]));
  const kept = new Map(stored.map((r) => [r.id, r]));
  const out: T[] = [];
  for (const r of next) {
    const record = written.get(r.id) ?? kept.get(r.id);
    if (record) out.push(record);
  }
  return out;
}

/** Whether a statement row holds the same statement and reviews as the row stored under its id. */
function sameRow(row: StatementRow, before: StatementRow | undefined, changed: ReadonlySet<string>): boolean {
  if (!before || changed.has(row.id)) return false;
  const now = row.reviews ?? [];
  const then = before.reviews ?? [];
  return now.length === then.length && now.every((r, i) => r.id === then[i]?.id && !changed.has(r.id));
}

/** The rows that turn the stored layer into `next`, given the records' change. */
export function layerRowChange(
  storedRows: LayerRows,
  stored: LayerRecords,
  next: LayerRecords,
  change: LayerChange,
): LayerRowWrites {
  const statements: Statement[] = after(stored.statements, next.statements, change.put.statements);
  const reviews = after(stored.reviews, next.reviews, change.put.reviews);
  const rows = splitReviews(statements, reviews);
  const changed = new Set([...change.put.statements, ...change.put.reviews].map((r) => r.id));
  const beforeById = new Map(storedRows.statements.map((s) => [s.id, s]));
  const rowIdsBefore = new Set(storedRows.reviews.map((r) => r.id));
  const rowIdsAfter = new Set(rows.reviews.map((r) => r.id));
  return {
    statements: rows.statements.filter((row) => !sameRow(row, beforeById.get(row.id), changed)),
    reviews: rows.reviews.filter((r) => changed.has(r.id) || !rowIdsBefore.has(r.id)),
    reviewsGone: [...rowIdsBefore].filter((id) => !rowIdsAfter.has(id)),
  };
}
