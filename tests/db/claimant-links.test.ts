import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { exportReviewFeed } from '@/lib/db/export-fact-checks';
import { exportPack, importPack, previewImport, putPerson } from '@/lib/db/repos';
import { listReviews } from '@/lib/db/review-store';
import { readClaimReviews } from '@/lib/factcheck/read';
import { LIMITS } from '@/lib/pack/pack-schema';
import { parsePack } from '@/lib/pack/parse-pack';
import { freshDb, person } from './helpers';

const feed = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck/feed.json'), 'utf8'));
const META = { name: 'Backup', author: 'me', licence: 'private', date: '2026-01-01' };
const ROE_LINK = 'https://www.wikidata.org/wiki/Q4115189';

let db: OnRecordDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const importFile = async (target: OnRecordDb, json: unknown) =>
  importPack(target, (await previewImport(target, json)).accepted);
const roe = async (target: OnRecordDb) => (await target.people.toArray()).find((p) => p.name === 'Jane Roe');

describe("a claimant's sameAs links", () => {
  it('are stored on the person the claimant becomes', async () => {
    await importFile(db, feed);
    expect((await roe(db))?.links).toEqual([ROE_LINK]);
  });

  it.each([
    ['the same link', ROE_LINK, 'p-jr'],
    ['the same Wikidata item under its entity address', 'http://www.wikidata.org/entity/Q4115189', 'p-jr'],
    ['another Wikidata item', 'https://www.wikidata.org/wiki/Q1', null],
  ])('merge a claimant into a stored person of another name with %s', async (_how, link, mergedInto) => {
    await putPerson(db, person({ id: 'p-jr', name: 'Jane Alice Roe-Smith', links: [link] }));
    const preview = await previewImport(db, feed);
    expect(preview.people.merged).toBe(mergedInto ? 1 : 0);
    await importPack(db, preview.accepted);
    const ids = new Set((await listReviews(db)).map((r) => r.claimantId));
    expect(ids.has('p-jr')).toBe(mergedInto !== null);
    const stored = await db.people.get('p-jr');
    if (mergedInto) expect(stored?.aliases).toContain('Jane Roe');
    else expect(await db.people.count()).toBe(2);
  });

  it('are added to a stored person the claimant merges into by name', async () => {
    await putPerson(db, person({ id: 'p-roe', name: 'Jane Roe', links: ['https://roe.example/'] }));
    await importFile(db, feed);
    expect((await db.people.get('p-roe'))?.links).toEqual(['https://roe.example/', ROE_LINK]);
  });

  it('go through a pack export and import unchanged', async () => {
    await importFile(db, feed);
    const pack = JSON.parse(JSON.stringify(await exportPack(db, META)));
    expect(pack.people[0].links).toEqual([ROE_LINK]);
    const other = freshDb();
    await importPack(other, pack);
    expect((await roe(other))?.links).toEqual([ROE_LINK]);
    other.close();
  });

  it('go out in the ClaimReview DataFeed export and read back', async () => {
    await importFile(db, feed);
    const out = JSON.parse(JSON.stringify(await exportReviewFeed(db)));
    const claimants = readClaimReviews(out).reviews.flatMap((r) => (r.claimant ? [r.claimant] : []));
    expect(claimants.length).toBeGreaterThan(0);
    expect(claimants.every((c) => c.sameAs.includes(ROE_LINK))).toBe(true);
  });

  it.each([
    [['javascript:alert(1)'], 'links[0] is not'],
    [Array.from({ length: LIMITS.links + 1 }, (_, i) => `https://roe.example/${i}`), 'more than'],
  ])('refuse a pack person with links %#', (links, problem) => {
    const pack = { format: 'onrecord-pack', version: 1, meta: META, people: [person({ id: 'p', name: 'P', links })] };
    const parsed = parsePack({ ...pack, statements: [], relations: [] });
    expect(parsed.ok ? '' : parsed.errors.join('\n')).toContain(problem);
  });

  it('are fitted at the library door: non-web links dropped, the rest kept within the cap', async () => {
    const many = Array.from({ length: LIMITS.links + 5 }, (_, i) => `https://roe.example/${i}`);
    await putPerson(db, person({ id: 'p', name: 'P', links: ['javascript:alert(1)', ...many] }));
    const stored = await db.people.get('p');
    expect(stored?.links).toEqual(many.slice(0, LIMITS.links));
  });
});
