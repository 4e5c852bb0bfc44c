import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { describeWriteError, isQuotaError } from '@/lib/db/errors';
import {
  clearLibrary,
  deletePeople,
  deleteRelation,
  deleteStatements,
  exportPack,
  listPeople,
  mergePeople,
  putPerson,
  putStatement,
  readLibrary,
  restoreRecords,
  statementsOfPerson,
} from '@/lib/db/repos';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';
import { freshDb, person, searchStored, statement } from './helpers';

const META = { name: 'Snapshot', author: 'test', licence: 'none', date: '2026-01-01' };
const MUNICH = 'wang-yi-2022-02-19-munich-sovereignty';

let db: OnRecordDb;
beforeEach(async () => {
  db = freshDb();
  await loadStarterPackIfEmpty(db);
});
afterEach(() => db.close());

describe('search over the stored library', () => {
  it.each([
    ['ukraine exception', [MUNICH]],
    ['UKRAINE   Exc', [MUNICH]],
    ['“no exception”', [MUNICH]],
    ['sovereignty wang', null],
    ['lavrov forced', ['sergey-lavrov-2022-02-24-call-forced']],
    ['zzzz', []],
  ])('%j finds %j', async (query, ids) => {
    const found = await searchStored(db, query);
    const got = found!.statements.map((s) => s.id);
    if (ids) expect(got).toEqual(ids);
    else {
      // Every statement by Wang Yi that says "sovereignty", and nobody else's.
      expect(got.length).toBeGreaterThan(0);
      for (const s of found!.statements) {
        expect(s.personId).toBe('wang-yi');
        expect(s.text.toLowerCase()).toContain('sovereignty');
      }
    }
  });

  it('finds people by alias words and transliteration, and their statements by name', async () => {
    expect((await searchStored(db, 'top diplomat'))!.people.map((p) => p.id)).toEqual(['wang-yi']);
    expect((await searchStored(db, 'Sergei'))!.people.map((p) => p.id)).toEqual(['sergey-lavrov']);
    const byName = await searchStored(db, 'hua');
    expect(byName!.statements.every((s) => s.personId === 'hua-chunying')).toBe(true);
    expect(byName!.statementIds.size).toBe(byName!.statements.length);
  });

  it('returns nothing to search for an empty query, and follows edits', async () => {
    expect(await searchStored(db, '  ...  ')).toBeNull();
    const s = (await db.statements.get(MUNICH))!;
    await putStatement(db, { ...s, text: 'Completely different words.' });
    expect((await searchStored(db, 'exception'))!.statements).toEqual([]);
    expect((await searchStored(db, 'complet diff'))!.statements.map((x) => x.id)).toEqual([MUNICH]);
  });
});

describe('deletes and undo', () => {
  it('deletes statements with their relations, and puts every record back exactly', async () => {
    const before = await exportPack(db, META);
    const removed = await deleteStatements(db, [MUNICH]);
    expect(removed.statements.map((s) => s.id)).toEqual([MUNICH]);
    expect(removed.relations).toHaveLength(1);
    expect((await readLibrary(db)).relations).toEqual([]);
    await restoreRecords(db, removed);
    expect(await exportPack(db, META)).toEqual(before);
    expect((await searchStored(db, 'exception'))!.statements.map((s) => s.id)).toEqual([MUNICH]);
  });

  it('deletes a person with everything they said, and undoes it', async () => {
    const before = await exportPack(db, META);
    const removed = await deletePeople(db, ['wang-yi']);
    expect(removed.people.map((p) => p.id)).toEqual(['wang-yi']);
    expect(removed.statements).toHaveLength(4);
    expect(await statementsOfPerson(db, 'wang-yi')).toEqual([]);
    await restoreRecords(db, removed);
    expect(await exportPack(db, META)).toEqual(before);
  });

  it('removes one relation and restores it', async () => {
    const [relation] = (await readLibrary(db)).relations;
    const removed = await deleteRelation(db, relation!.id);
    expect((await readLibrary(db)).relations).toEqual([]);
    await restoreRecords(db, removed);
    expect((await readLibrary(db)).relations).toEqual([relation]);
  });

  it('empties the library', async () => {
    await clearLibrary(db);
    expect(await readLibrary(db)).toEqual({ people: [], statements: [], relations: [] });
  });
});

describe('mergePeople', () => {
  it('folds a duplicate into the kept person: names become aliases, roles and statements move', async () => {
    await putPerson(
      db,
      person({
        id: 'dup',
        name: 'Wang Yi (FM)',
        aliases: ['王毅'],
        roles: [{ title: 'State Councilor', from: '2018-03-19' }],
      }),
    );
    await putStatement(db, statement({ id: 'dup-s', personId: 'dup', text: 'Another thing he said.' }));
    const merged = await mergePeople(db, 'wang-yi', 'dup');
    expect(merged.name).toBe('Wang Yi');
    expect(merged.aliases).toEqual(expect.arrayContaining(['Wang Yi (FM)', '王毅']));
    expect(merged.roles.map((r) => r.title)).toContain('State Councilor');
    expect((await listPeople(db)).map((p) => p.id)).not.toContain('dup');
    expect((await statementsOfPerson(db, 'wang-yi')).map((s) => s.id)).toContain('dup-s');
    expect((await searchStored(db, '王毅'))!.people.map((p) => p.id)).toEqual(['wang-yi']);
  });

  it('refuses to merge a person into themselves or into someone missing', async () => {
    await expect(mergePeople(db, 'wang-yi', 'wang-yi')).rejects.toThrow(/themselves/);
    await expect(mergePeople(db, 'wang-yi', 'nobody')).rejects.toThrow(/no longer in the library/);
  });
});

describe('write errors', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it.each([
    [quota(), true],
    [Object.assign(new Error('Dexie wrapped it'), { name: 'AbortError', inner: quota() }), true],
    [new Error('something else'), false],
    ['a string', false],
  ])('recognises running out of space in %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('says nothing was lost when the disk is full, and the library is indeed unchanged', async () => {
    const before = await exportPack(db, META);
    db.statements.hook('creating', () => {
      throw quota();
    });
    const error = await putStatement(db, statement({ id: 'new', personId: 'wang-yi' })).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(describeWriteError(error)).toMatch(/no room left.*not saved.*Nothing was lost/s);
    expect(await exportPack(db, META)).toEqual(before);
  });
});
