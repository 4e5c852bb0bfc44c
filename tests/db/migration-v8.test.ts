import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Review } from '@/lib/core/records';
import { OnRecordDb } from '@/lib/db/database-schema';
import { SCHEMA_VERSIONS } from '@/lib/db/migrations';
import { deleteStatements } from '@/lib/db/repos-curation';
import { listReviews, reviewsOfClaimants, reviewsOfStatement } from '@/lib/db/review-store';
import { fixture, seed } from './fixture-seed';

const withReviews = SCHEMA_VERSIONS.filter((v) => v.version >= 6 && v.version < 8).map((v) => v.version);

/** Where each fixture review should end up: inside its statement's row, or still a row of `reviews`. */
function expectedPlace(version: number) {
  const rows = fixture(version);
  const statements = new Map(rows.statements.map((s) => [s.id as string, s]));
  const inside = (r: Record<string, unknown>) => {
    const s = r.statementId === undefined ? undefined : statements.get(r.statementId as string);
    return s !== undefined && s.personId === r.claimantId && s.origin === r.origin;
  };
  const reviews = rows.reviews ?? [];
  return { inside: reviews.filter(inside), rows: reviews.filter((r) => !inside(r)) };
}

describe.each(withReviews)('version 8 upgrade of a version %i library', (version) => {
  it('moves each review of its statement’s speaker and layer inside that statement’s row', async () => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
    const { inside, rows } = expectedPlace(version);
    expect(inside.length).toBeGreaterThan(0);
    expect((await db.reviews.toArray()).map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const review of inside) {
      const row = await db.statements.get(review.statementId as string);
      expect(row?.reviews?.map((r) => r.id)).toContain(review.id);
    }
    db.close();
  });

  it('reads every review back exactly as stored before, by claimant, by statement and in full', async () => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
    const before = (fixture(version).reviews ?? []) as unknown as Review[];
    const byId = (a: Review, b: Review) => a.id.localeCompare(b.id);
    expect(await listReviews(db)).toEqual([...before].sort(byId));
    for (const claimant of new Set(before.map((r) => r.claimantId).filter((id) => id !== null))) {
      const expected = before.filter((r) => r.claimantId === claimant).sort(byId);
      expect(await reviewsOfClaimants(db, [claimant])).toEqual(expected);
    }
    for (const statementId of new Set(before.flatMap((r) => (r.statementId ? [r.statementId] : [])))) {
      const expected = before.filter((r) => r.statementId === statementId).sort(byId);
      expect(await reviewsOfStatement(db, statementId)).toEqual(expected);
    }
    db.close();
  });

  it('keeps a deleted statement’s reviews, as rows naming it', async () => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
    const [review] = expectedPlace(version).inside;
    const statementId = review?.statementId as string;
    await deleteStatements(db, [statementId]);
    expect((await db.reviews.get(review?.id as string))?.statementId).toBe(statementId);
    expect((await listReviews(db)).map((r) => r.id)).toContain(review?.id);
    db.close();
  });
});

describe('version 8 stores', () => {
  it('repeat version 7’s indexes: only where reviews are kept changed', () => {
    const v7 = SCHEMA_VERSIONS.find((v) => v.version === 7)?.stores;
    const v8 = SCHEMA_VERSIONS.find((v) => v.version === 8)?.stores;
    expect(v8?.statements).toBe(v7?.statements);
    expect(v8?.reviews).toBe(v7?.reviews);
  });
});
