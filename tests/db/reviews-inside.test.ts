import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '@/lib/core/records';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { importPack, previewImport, putPerson, putStatement } from '@/lib/db/repos';
import { deleteStatements, mergePeople, restoreRecords } from '@/lib/db/repos-curation';
import { rateStatement } from '@/lib/db/repos-reviews';
import { applySubscribedPack, restoreSubscription, unsubscribe } from '@/lib/db/repos-subscriptions';
import { listReviews, reviewsOfClaimants, reviewsOfStatement } from '@/lib/db/review-store';
import { freshDb, person, statement } from './helpers';
import { publishedPack, subscribeTo, subscriptionRecord } from './subscription-fixtures';

const NOW = '2026-03-01T00:00:00.000Z';
let db: OnRecordDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** A pack review of statement `s1` by `p1`, or of nothing when `statementId` is null. */
function packReview(id: string, over: Partial<Review> = {}) {
  return {
    id,
    claim: 'Bridges were repaired',
    claimantId: 'p1',
    appearances: [],
    rating: { alternateName: 'False' },
    reviewer: { name: 'Check' },
    statementId: 's1',
    ...over,
  };
}

const records = (reviews: unknown[]) => ({
  people: [{ id: 'p1', name: 'Ana Lima', aliases: [], roles: [], kind: 'person' }],
  statements: [{ id: 's1', personId: 'p1', text: 'Bridges were repaired', sources: [], tags: [] }],
  reviews,
});

async function importRecords(reviews: unknown[]) {
  const pack = {
    format: 'onrecord-pack',
    version: 1,
    meta: { name: 'n', author: 'a', licence: 'l', date: '2026-01-01' },
  };
  return importPack(db, (await previewImport(db, { ...pack, ...records(reviews), relations: [] })).accepted);
}

const idsInside = async (statementId: string) => (await db.statements.get(statementId))?.reviews?.map((r) => r.id);
const rowIds = async () => (await db.reviews.toArray()).map((r) => r.id).sort();

describe('reviews kept inside their statement’s row', () => {
  it.each([
    ['of its statement and speaker', packReview('r1'), ['r1'], []],
    ['naming nobody', packReview('r1', { claimantId: null }), undefined, ['r1']],
    ['of no statement', packReview('r1', { statementId: undefined }), undefined, ['r1']],
  ])('stores a review %s where it belongs', async (_what, review, inside, rows) => {
    await importRecords([review]);
    const [row] = await db.statements.toArray();
    expect(row?.reviews?.map((r) => r.id)).toEqual(inside);
    expect(await rowIds()).toEqual(rows);
    expect((await listReviews(db)).map((r) => r.id)).toEqual(['r1']);
  });

  it('imports the same reviews again as one copy each, merged in place', async () => {
    await importRecords([packReview('r1'), packReview('r2', { claimantId: null })]);
    const again = await importRecords([packReview('r1'), packReview('r2', { claimantId: null })]);
    expect(again.reviews).toEqual({ added: 0, merged: 2 });
    expect((await listReviews(db)).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('keeps them through an edit of the statement, a merge of its speaker, a delete and its undo', async () => {
    await importRecords([packReview('r1')]);
    const [stored] = await db.statements.toArray();
    if (!stored) throw new Error('no statement');
    const { reviews: _inside, ...plain } = stored;
    await putStatement(db, { ...plain, tags: ['edited'] });
    expect(await idsInside(stored.id)).toEqual(['r1']);
    await putPerson(db, person({ id: 'p2', name: 'Ana M. Lima' }));
    await mergePeople(db, 'p2', stored.personId);
    expect((await reviewsOfClaimants(db, ['p2'])).map((r) => r.id)).toEqual(['r1']);
    const removed = await deleteStatements(db, [stored.id]);
    expect(await rowIds()).toEqual(['r1']);
    await restoreRecords(db, removed);
    expect(await idsInside(stored.id)).toEqual(['r1']);
    expect(await rowIds()).toEqual([]);
  });

  it('stores the reader’s own rating inside their statement, and of a subscribed one as a row', async () => {
    await putPerson(db, person({ id: 'me-p', name: 'Rui Costa' }));
    await putStatement(db, statement({ id: 'me-s', personId: 'me-p', text: 'Rents fell' }));
    await subscribeTo(db, 'pub', publishedPack(records([])));
    await rateStatement(db, 'me-s', { verdict: 'False', reviewer: 'Me' }, NOW);
    await rateStatement(db, 'sub-pub-s1', { verdict: 'True', reviewer: 'Me' }, NOW);
    expect(await idsInside('me-s')).toHaveLength(1);
    expect((await reviewsOfStatement(db, 'sub-pub-s1')).map((r) => r.origin)).toEqual([undefined]);
    expect(await db.reviews.count()).toBe(1);
  });

  it('keeps a subscription’s reviews inside its statements through an update, an unsubscribe and its undo', async () => {
    await subscribeTo(db, 'pub', publishedPack(records([packReview('r1')])));
    expect(await idsInside('sub-pub-s1')).toEqual(['sub-pub-r1']);
    const changed = publishedPack(records([packReview('r1', { rating: { alternateName: 'True' } }), packReview('r2')]));
    await applySubscribedPack(db, subscriptionRecord('pub'), changed, NOW);
    const after = await reviewsOfStatement(db, 'sub-pub-s1');
    expect(after.map((r) => [r.id, r.rating.alternateName, r.origin])).toEqual([
      ['sub-pub-r1', 'True', 'pub'],
      ['sub-pub-r2', 'False', 'pub'],
    ]);
    const before = await listReviews(db);
    const undo = await unsubscribe(db, 'pub');
    expect(await listReviews(db)).toEqual([]);
    await restoreSubscription(db, undo);
    expect(await listReviews(db)).toEqual(before);
    expect(await rowIds()).toEqual([]);
  });
});
