import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { exportPack, importPack, PackError, previewImport, putPerson } from '@/lib/db/repos';
import { mergePeople } from '@/lib/db/repos-curation';
import { reviewsOfClaimants, reviewsOfStatement } from '@/lib/db/repos-reviews';
import type { StatementRow } from '@/lib/db/review-rows';
import { countReviews, listReviews, reviewsWithIds } from '@/lib/db/review-store';
import { trashPeople } from '@/lib/db/trash';
import { parsePack } from '@/lib/pack/parse-pack';
import { freshDb, person, statement } from './helpers';

const feed = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck/feed.json'), 'utf8'));
const META = { name: 'Backup', author: 'me', licence: 'private', date: '2026-01-01' };

let db: OnRecordDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('importing a ClaimReview DataFeed', () => {
  it('previews counts and the item left out, writing nothing', async () => {
    const preview = await previewImport(db, feed);
    expect(preview.meta.name).toBe('Example Check feed');
    expect(preview.people.added).toBe(1);
    expect(preview.statements.added).toBe(1);
    expect(preview.reviews.added).toBe(3);
    expect(preview.rejected.map((r) => `${r.record}: ${r.problem}`)).toEqual([
      'dataFeedElement[3].item[0]: reviewRating is missing',
    ]);
    expect(await countReviews(db)).toBe(0);
  });

  it('turns claimants into people, claims into statements with their reviews attached', async () => {
    await importPack(db, (await previewImport(db, feed)).accepted);
    const [roe] = await db.people.where('name').equals('Jane Roe').toArray();
    expect(roe).toBeDefined();
    const reviews = await reviewsOfClaimants(db, [roe?.id ?? '']);
    expect(reviews.map((r) => r.reviewer.name).sort()).toEqual(['Example Check', 'Verificado Ejemplo']);
    const [said] = await db.statements
      .where('personId')
      .equals(roe?.id ?? '')
      .toArray();
    expect(said?.text).toBe('Unemployment fell to 3.2 percent last year');
    expect(await reviewsOfStatement(db, said?.id ?? '')).toHaveLength(2);
    const orphan = (await listReviews(db)).find((r) => r.claimantId === null);
    expect(orphan?.claim).toBe('Drinking seawater cures the flu');
  });

  it("moves a claimant's reviews to the person kept when the reader merges two people", async () => {
    await importPack(db, (await previewImport(db, feed)).accepted);
    const [roe] = await db.people.where('name').equals('Jane Roe').toArray();
    await putPerson(db, person({ id: 'p-mayor-roe', name: 'Mayor J. Roe' }));
    await mergePeople(db, 'p-mayor-roe', roe?.id ?? '');
    expect(await reviewsOfClaimants(db, [roe?.id ?? ''])).toEqual([]);
    const moved = await reviewsOfClaimants(db, ['p-mayor-roe']);
    expect(moved.map((r) => r.reviewer.name).sort()).toEqual(['Example Check', 'Verificado Ejemplo']);
  });

  it('imports the same feed twice as one copy of each record', async () => {
    await importPack(db, (await previewImport(db, feed)).accepted);
    const again = await previewImport(db, feed);
    expect(again.reviews).toEqual({ added: 0, merged: 3 });
    await importPack(db, again.accepted);
    expect(await countReviews(db)).toBe(3);
    expect(await db.statements.count()).toBe(1);
  });

  it.each([
    ['the exact name', person({ id: 'p-roe', name: 'Jane Roe' }), 'p-roe'],
    ['an alias', person({ id: 'p-roe', name: 'Jane A. Roe', aliases: ['Jane Roe'] }), 'p-roe'],
    ['the surname alone', person({ id: 'p-roe', name: 'Roe' }), null],
    ['a namesake sharing the surname', person({ id: 'p-roe', name: 'John Roe' }), null],
  ])('merges a claimant with a stored person by %s only', async (_how, stored, mergedInto) => {
    await putPerson(db, stored);
    await importPack(db, (await previewImport(db, feed)).accepted);
    const ids = new Set((await listReviews(db)).map((r) => r.claimantId));
    expect(ids.has('p-roe')).toBe(mergedInto !== null);
    expect(await db.people.count()).toBe(mergedInto ? 1 : 2);
  });

  it('refuses a strict import of a feed with an unreadable item, writing nothing', async () => {
    await expect(importPack(db, feed)).rejects.toBeInstanceOf(PackError);
    expect(await countReviews(db)).toBe(0);
  });

  it('rolls the whole feed back when one write fails', async () => {
    const accepted = (await previewImport(db, feed)).accepted;
    const failing = (review: { reviewer: { name: string } }) => {
      if (review.reviewer.name === 'Verificado Ejemplo') throw new Error('disk full');
    };
    // A review is written inside its statement's row or as a row of its own: either write fails.
    db.reviews.hook('creating', (_key, review) => failing(review));
    db.statements.hook('creating', (_key, row: StatementRow) => {
      for (const review of row.reviews ?? []) failing(review);
    });
    await expect(importPack(db, accepted)).rejects.toThrow(/disk full/);
    expect(await db.people.count()).toBe(0);
    expect(await db.statements.count()).toBe(0);
    expect(await countReviews(db)).toBe(0);
  });
});

describe('reviews in packs', () => {
  it('export and import back to the same records', async () => {
    await importPack(db, (await previewImport(db, feed)).accepted);
    const pack = await exportPack(db, META);
    expect(pack.reviews).toHaveLength(3);
    const other = freshDb();
    await importPack(other, pack);
    const strip = (rows: { id: string }[]) => rows.map(({ id }) => id).sort();
    expect(strip(await listReviews(other))).toEqual(strip(await listReviews(db)));
    expect((await reviewsWithIds(other, [pack.reviews?.[0]?.id ?? '']))[0]).toEqual(pack.reviews?.[0]);
    other.close();
  });

  it('export a review whose claimant was deleted as naming nobody, so the backup imports whole', async () => {
    await importPack(db, (await previewImport(db, feed)).accepted);
    const [roe] = await db.people.toArray();
    await trashPeople(db, [roe?.id ?? '']);
    const pack = await exportPack(db, META);
    expect(pack.reviews?.every((r) => r.claimantId === null && r.statementId === undefined)).toBe(true);
    expect(parsePack(pack).ok).toBe(true);
  });

  it('keeps packs without reviews valid', () => {
    const old = { format: 'onrecord-pack', version: 1, meta: META, people: [], statements: [], relations: [] };
    const parsed = parsePack(old);
    expect(parsed.ok && parsed.pack.reviews).toEqual([]);
  });

  it.each([
    [{ claimantId: 'nobody' }, 'claimantId "nobody" is not a person in this pack'],
    [{ statementId: 'gone' }, 'statementId "gone" is not a statement in this pack'],
    [{ rating: { alternateName: '' } }, 'rating.alternateName is empty'],
    [{ url: 'javascript:alert(1)' }, 'url is not a web link (http or https)'],
    [{ reviewDate: '2026-02-30' }, 'reviewDate is not a date'],
  ])('rejects a review with %o', (over, problem) => {
    const review = {
      id: 'r1',
      claim: 'c',
      claimantId: 'p1',
      rating: { alternateName: 'False' },
      reviewer: { name: 'X' },
      ...over,
    };
    const pack = {
      format: 'onrecord-pack',
      version: 1,
      meta: META,
      people: [person({ id: 'p1', name: 'P' })],
      statements: [statement({ id: 's1', personId: 'p1' })],
      relations: [],
      reviews: [review],
    };
    const parsed = parsePack(pack);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.join('\n')).toContain(problem);
  });
});

describe('importing a large feed again', () => {
  const many = (n: number) => ({
    '@type': 'DataFeed',
    dataFeedElement: Array.from({ length: n }, (_, i) => ({
      '@type': 'ClaimReview',
      claimReviewed: `Claim number ${i} about the harbour`,
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: `Claimant ${i % 7}` } },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
      author: { '@type': 'Organization', name: 'Checkers' },
      url: `https://checkers.example/${i}`,
    })),
  });

  it.each([
    [999, 'one request per review'],
    [1_200, 'the keys read once'],
  ])('finds every stored review among %i (%s) and adds only the new ones', async (n) => {
    await importPack(db, (await previewImport(db, many(n))).accepted);
    const again = await previewImport(db, many(n + 10));
    expect(again.reviews).toEqual({ added: 10, merged: n });
    await importPack(db, again.accepted);
    expect(await countReviews(db)).toBe(n + 10);
  });
});
