/**
 * Where a review is stored (schema version 8): inside its statement's row when it reviews that statement, was
 * made of its speaker and comes from the same layer (the reader's own, or one subscription); otherwise as a row
 * of `reviews`. A fact-check feed writes a statement and a review per claim, and one row instead of two is what
 * lets it import as fast as a pack of as many statements. Pure: the stored shapes and their conversions.
 */
import type { Review, Statement } from '@/lib/core/records';
import { isMarkedStorable, markStorable } from '@/lib/pack/storable';

/** A review inside its statement's row: what the row already says (statement, claimant, origin) is left out. */
export type EmbeddedReview = Omit<Review, 'claimantId' | 'statementId' | 'origin'>;

/** A statement as stored: the shared record plus the reviews kept inside it. */
export type StatementRow = Statement & { reviews?: EmbeddedReview[] };

/** Rows whose `reviews` a writer decided, so the keeper (review-keeper.ts) does not read the stored ones. */
const decided = new WeakSet<object>();

/** Marks a statement row as carrying every review it should hold (none when it has no `reviews`). */
export function markReviewsDecided<T extends object>(row: T): T {
  decided.add(row);
  return row;
}

/** Whether a row's writer decided its reviews (see markReviewsDecided), or the row carries them itself. */
export function hasDecidedReviews(row: object): boolean {
  return decided.has(row) || 'reviews' in row;
}

/** Whether `review` is stored inside `statement`'s row rather than as a row of its own. */
export function belongsInside(review: Review, statement: Pick<Statement, 'id' | 'personId' | 'origin'>): boolean {
  return (
    review.statementId === statement.id &&
    review.claimantId === statement.personId &&
    review.origin === statement.origin
  );
}

/** The review as its statement's row keeps it. */
export function toEmbedded(review: Review): EmbeddedReview {
  const { claimantId: _c, statementId: _s, origin: _o, ...inside } = review;
  return inside;
}

/** The shared Review of one kept inside `row`, exactly as it was before it went in. */
export function fromEmbedded(inside: EmbeddedReview, row: Pick<Statement, 'id' | 'personId' | 'origin'>): Review {
  return {
    ...inside,
    claimantId: row.personId,
    statementId: row.id,
    ...(row.origin === undefined ? {} : { origin: row.origin }),
  };
}

/** Every review a statement row holds, as shared Reviews. */
export function reviewsInRow(row: StatementRow): Review[] {
  return (row.reviews ?? []).map((inside) => fromEmbedded(inside, row));
}

/** The plain statement of a row, without the reviews inside it. */
export function statementOfRow(row: StatementRow): Statement {
  if (!('reviews' in row)) return row;
  const { reviews: _r, ...statement } = row;
  return statement;
}

/**
 * The row for `statement` holding exactly `reviews` (each one belongsInside it), its reviews decided. Checked
 * at the library's door already when the statement and every review were.
 */
export function rowWithReviews(statement: Statement, reviews: readonly Review[]): StatementRow {
  const plain = statementOfRow(statement);
  if (reviews.length === 0 && plain === statement) return markReviewsDecided(plain);
  const row: StatementRow = reviews.length > 0 ? { ...plain, reviews: reviews.map(toEmbedded) } : { ...plain };
  if (isMarkedStorable(statement) && reviews.every((r) => isMarkedStorable(r))) markStorable(row);
  return markReviewsDecided(row);
}

/** A set of statements and reviews as rows: each review inside its statement's row where it belongs there. */
export function splitReviews(
  statements: readonly Statement[],
  reviews: readonly Review[],
): { statements: StatementRow[]; reviews: Review[] } {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const inside = new Map<string, Review[]>();
  const rows: Review[] = [];
  for (const r of reviews) {
    const statement = r.statementId === undefined ? undefined : byId.get(r.statementId);
    if (!statement || !belongsInside(r, statement)) rows.push(r);
    else inside.set(statement.id, [...(inside.get(statement.id) ?? []), r]);
  }
  return { statements: statements.map((s) => rowWithReviews(s, inside.get(s.id) ?? [])), reviews: rows };
}

/** Statement rows and review rows as the shared records: the statements plain, every review on its own. */
export function joinReviews(
  statementRows: readonly StatementRow[],
  reviewRows: readonly Review[],
): { statements: Statement[]; reviews: Review[] } {
  return {
    statements: statementRows.map(statementOfRow),
    reviews: [...reviewRows, ...statementRows.flatMap(reviewsInRow)],
  };
}
