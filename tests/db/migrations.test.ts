import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { OnRecordDb } from '@/lib/db/database-schema';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '@/lib/db/migrations';
import { findPeopleByNames, statementsOfPerson } from '@/lib/db/repos';
import { countReviews, listReviews } from '@/lib/db/review-store';
import { personWords } from '@/lib/db/search-words';
import { restoreFromTrash, trashPeople } from '@/lib/db/trash';
import { fixture, seed } from './fixture-seed';
import { searchStored } from './helpers';

const sortById = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

const earlier = SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_VERSION).map((v) => v.version);

describe.each(earlier)('a version %i library', (version) => {
  it(`opens at version ${CURRENT_VERSION} with every record and every field kept`, async () => {
    const before = fixture(version);
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    if (before.speakerChoices) expect(await db.speakerChoices.toArray()).toEqual(before.speakerChoices);
    if (before.trash) expect(await db.trash.toArray()).toEqual(before.trash);
    // Reviews may have moved inside their statements' rows (version 8): read wherever they are, none is lost.
    if (before.reviews) expect(await listReviews(db)).toEqual(sortById(before.reviews));
    for (const table of ['people', 'statements', 'relations'] as const) {
      const after = await db.table(table).toArray();
      expect(after).toHaveLength(before[table].length);
      const byId = new Map(after.map((r: { id: string }) => [r.id, r]));
      // Every field the old version stored is still there, unchanged; new fields may be added.
      for (const row of before[table]) expect(byId.get(row.id as string)).toMatchObject(row);
    }
    for (const table of ['dismissals', 'prefs'] as const) {
      if (!before[table]) continue;
      const after = await db.table(table).toArray();
      expect(after).toHaveLength(before[table].length);
      for (const row of before[table]) expect(await db.table(table).get(row.key as string)).toEqual(row);
    }
    db.close();
  });

  it('is searchable and resolvable after the upgrade', async () => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
    const found = await searchStored(db, 'ukraine excep');
    expect(found?.statements.some((s) => s.text.includes('Ukraine is no exception'))).toBe(true);
    expect((await searchStored(db, 'zelensk glory'))?.statements.map((s) => s.id)).toEqual(['me-s1']);
    expect((await searchStored(db, 'sergei'))?.people.map((p) => p.id)).toEqual(['sergey-lavrov']);
    // The upgrade filled the people's name-word index.
    const byWord = await db.people.where('words').startsWith('zelensk').distinct().toArray();
    expect(byWord.map((p) => p.id)).toEqual(['me-zelenskyy']);
    const [zelenskyy] = await findPeopleByNames(db, ['Zelenskiy']);
    expect(zelenskyy?.id).toBe('me-zelenskyy');
    const [said] = await statementsOfPerson(db, 'me-zelenskyy');
    expect(Object.keys(said!)).not.toContain('words');
    db.close();
  });
});

describe('version 2 upgrade', () => {
  it('derives exactly the fields a fresh write would, and drops unqueried indexes', async () => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(1), IDBKeyRange });
    for (const row of await db.people.toArray()) expect(row.words).toEqual(personWords(row));
    // Unqueried indexes are gone; the ones lookups use remain (and version 7's origin).
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((i) => i.name)
        .sort();
    expect(indexes('statements')).toEqual(['[personId+date]', 'origin', 'personId']);
    expect(indexes('relations')).toEqual(['fromId', 'origin', 'toId']);
    expect(indexes('people')).toEqual(['keys', 'name', 'origin', 'tokens', 'words']);
    db.close();
  });

  it('keeps each version’s stores unchanged once released', () => {
    // A released version's stores are what readers' databases hold; editing them breaks upgrades.
    expect(SCHEMA_VERSIONS[0]?.stores).toEqual({
      people: 'id, name, *keys, *tokens, updatedAt',
      statements: 'id, personId, date, [personId+date], *tags, updatedAt',
      relations: 'id, fromId, toId, type',
    });
    expect(SCHEMA_VERSIONS[1]?.stores).toEqual({
      people: 'id, name, *keys, *tokens, *words',
      statements: 'id, personId, [personId+date]',
      relations: 'id, fromId, toId',
    });
    // Strictly increasing: version 4 comes from a change made beside version 5's (see migrations/v5.ts).
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });
});

describe('version 3 upgrade', () => {
  it.each(earlier.filter((v) => v < 3))(
    'gives a version %i library empty dismissals and prefs tables that take writes',
    async (version) => {
      const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
      expect(await db.dismissals.count()).toBe(0);
      expect(await db.prefs.count()).toBe(0);
      await db.dismissals.put({
        key: 'pair:a|b',
        earlierId: 'b',
        textKey: 'quote:1|b',
        quoteText: 'words',
        dismissedAt: '2026-01-01T00:00:00.000Z',
      });
      await db.prefs.put({ key: 'remember-sites', value: ['example.com'], updatedAt: '2026-01-01T00:00:00.000Z' });
      expect(await db.dismissals.where('earlierId').equals('b').count()).toBe(1);
      expect((await db.prefs.get('remember-sites'))?.value).toEqual(['example.com']);
      db.close();
    },
  );
});

describe('version 4 upgrade', () => {
  it.each(earlier.filter((v) => v < 4))(
    'gives a version %i library an empty speakerChoices table that takes writes',
    async (version) => {
      const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
      expect(await db.speakerChoices.count()).toBe(0);
      const row = { url: 'https://a.example/x', quoteText: 'words', personId: 'wang-yi', chosenAt: '2026-01-01' };
      await db.speakerChoices.put(row);
      await db.speakerChoices.put({ ...row, personId: null });
      expect(await db.speakerChoices.get(['https://a.example/x', 'words'])).toEqual({ ...row, personId: null });
      expect(await db.speakerChoices.where('url').equals('https://a.example/x').count()).toBe(1);
      db.close();
    },
  );

  it('keeps version 3’s stores unchanged once released', () => {
    expect(SCHEMA_VERSIONS[2]?.stores).toEqual({
      people: 'id, name, *keys, *tokens, *words',
      statements: 'id, personId, [personId+date]',
      relations: 'id, fromId, toId',
      dismissals: 'key, earlierId',
      prefs: 'key',
    });
  });

  it('holds a fixture for every version before the current one', () => {
    // Each version is upgraded from a frozen export of the one before it.
    for (const version of earlier) expect(fixture(version).version).toBe(version);
    expect(earlier).toEqual(SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version));
  });
});

describe('version 5 upgrade', () => {
  it.each(earlier)('gives a version %i library a Recently deleted that restores whole', async (version) => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
    const kept = fixture(version).trash?.length ?? 0;
    expect(await db.trash.count()).toBe(kept);
    const said = await db.statements.where('personId').equals('wang-yi').count();
    const entry = await trashPeople(db, ['wang-yi']);
    expect(entry.statements).toHaveLength(said);
    expect(await db.statements.where('personId').equals('wang-yi').count()).toBe(0);
    await restoreFromTrash(db, entry.id);
    expect(await db.statements.where('personId').equals('wang-yi').count()).toBe(said);
    expect(await db.trash.count()).toBe(kept);
    db.close();
  });
});

describe('version 6 upgrade', () => {
  const review = {
    id: 'r-1',
    claim: 'Ukraine is no exception',
    claimantId: 'wang-yi',
    appearances: ['https://news.example/munich'],
    rating: { alternateName: 'Accurate quote', ratingValue: 5, bestRating: 5, worstRating: 1 },
    reviewer: { name: 'Example Check', url: 'https://check.example/' },
    reviewDate: '2022-02-20',
    url: 'https://check.example/wang-yi-munich',
    statementId: 'wang-yi-munich',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it.each(earlier)('gives a version %i library a reviews table that takes writes', async (version) => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
    const kept = fixture(version).reviews ?? [];
    expect(await countReviews(db)).toBe(kept.length);
    await db.reviews.clear();
    await db.reviews.put(review);
    await db.reviews.put({ ...review, id: 'r-2', claimantId: null, statementId: undefined });
    expect((await db.reviews.where('claimantId').equals('wang-yi').toArray()).map((r) => r.id)).toEqual(['r-1']);
    expect(await db.reviews.where('statementId').equals('wang-yi-munich').count()).toBe(1);
    db.close();
  });

  it('refuses a review the library could not carry in a backup', async () => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(CURRENT_VERSION - 1), IDBKeyRange });
    await expect(db.reviews.put({ ...review, rating: { alternateName: '  ' } })).rejects.toThrow(/alternateName/);
    await db.reviews.put({ ...review, reviewDate: '2022-02-30', url: 'javascript:alert(1)' });
    const stored = await db.reviews.get('r-1');
    expect(stored?.reviewDate).toBeUndefined();
    expect(stored?.url).toBeUndefined();
    db.close();
  });

  it('keeps version 5’s stores unchanged once released', () => {
    expect(SCHEMA_VERSIONS[4]?.stores).toEqual({ trash: 'id, deletedAt' });
  });
});

describe('version 7 upgrade', () => {
  const subscription = {
    id: 'abc12345',
    url: 'https://packs.example/desk.onrecord.json',
    meta: { title: 'Desk' },
    publicKey: null,
    fingerprint: null,
    intervalHours: 24,
    nextCheckAt: '2026-01-02T00:00:00.000Z',
    failures: 0,
    counts: { people: 0, statements: 0, relations: 0, reviews: 0 },
    createdAt: '2026-01-01T00:00:00.000Z',
  };

  it.each(earlier)('gives a version %i library empty subscriptions and an origin index', async (version) => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(version), IDBKeyRange });
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.unsubscribed.count()).toBe(0);
    await db.subscriptions.put(subscription);
    expect((await db.subscriptions.where('url').equals(subscription.url).first())?.id).toBe('abc12345');
    // The reader's own records carry no origin: the index holds none of them.
    for (const table of ['people', 'statements', 'relations', 'reviews'])
      expect(await db.table(table).where('origin').equals('abc12345').count()).toBe(0);
    const [person] = await db.people.toArray();
    await db.people.put({ ...person!, id: 'sub-abc12345-p', origin: 'abc12345' });
    expect(await db.people.where('origin').equals('abc12345').primaryKeys()).toEqual(['sub-abc12345-p']);
    db.close();
  });

  it('indexes origin on every kind of record, beside the indexes lookups already use', async () => {
    const db = new OnRecordDb('onrecord', { indexedDB: await seed(CURRENT_VERSION - 1), IDBKeyRange });
    await db.open();
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((i) => i.name)
        .sort();
    expect(indexes('people')).toEqual(['keys', 'name', 'origin', 'tokens', 'words']);
    expect(indexes('statements')).toEqual(['[personId+date]', 'origin', 'personId']);
    expect(indexes('relations')).toEqual(['fromId', 'origin', 'toId']);
    expect(indexes('reviews')).toEqual(['claimantId', 'origin', 'statementId']);
    db.close();
  });

  it('keeps version 6’s stores unchanged once released', () => {
    expect(SCHEMA_VERSIONS[5]?.stores).toEqual({ reviews: 'id, claimantId, statementId' });
  });
});
