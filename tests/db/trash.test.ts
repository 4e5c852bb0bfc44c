import { beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { clearLibrary, putPerson, putRelation, putStatement } from '@/lib/db/repos';
import {
  emptyTrash,
  isExpired,
  listTrash,
  personDeleteCounts,
  purgeDay,
  restoreFromTrash,
  TRASH_DAYS,
  trashPeople,
  trashStatements,
} from '@/lib/db/trash';
import { freshDb, person, relation, searchStored, statement } from './helpers';

let db: OnRecordDb;
beforeEach(async () => {
  db = freshDb();
  await putPerson(db, person({ id: 'ann', name: 'Ann Lee' }));
  await putPerson(db, person({ id: 'bo', name: 'Bo Park' }));
  await putStatement(db, statement({ id: 'a1', personId: 'ann', text: 'Bread tax will fall' }));
  await putStatement(db, statement({ id: 'a2', personId: 'ann', text: 'Bread tax will never fall' }));
  await putStatement(db, statement({ id: 'b1', personId: 'bo', text: 'Ports stay open' }));
  await putRelation(db, relation({ id: 'r1', fromId: 'a2', toId: 'a1', type: 'reverses' }));
  await putRelation(db, relation({ id: 'r2', fromId: 'b1', toId: 'a1' }));
});

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe('Recently deleted', () => {
  it('counts what a person takes with them', async () => {
    expect(await personDeleteCounts(db, 'ann')).toEqual({ statements: 2, relations: 2 });
    expect(await personDeleteCounts(db, 'bo')).toEqual({ statements: 1, relations: 1 });
  });

  it('takes a person out of the library and search, and restores every statement and relation', async () => {
    const before = {
      people: await db.people.count(),
      statements: await db.statements.count(),
      relations: await db.relations.toArray(),
    };
    const entry = await trashPeople(db, ['ann']);
    expect(entry.people.map((p) => p.id)).toEqual(['ann']);
    expect(await db.statements.where('personId').equals('ann').count()).toBe(0);
    expect(await db.relations.count()).toBe(0);
    expect((await searchStored(db, 'bread'))?.statements ?? []).toEqual([]);
    expect((await listTrash(db)).map((e) => e.id)).toEqual([entry.id]);
    await restoreFromTrash(db, entry.id);
    expect(await db.people.count()).toBe(before.people);
    expect(await db.statements.count()).toBe(before.statements);
    expect(await db.relations.toArray()).toEqual(before.relations);
    expect((await searchStored(db, 'bread'))?.statements.map((s) => s.id).sort()).toEqual(['a1', 'a2']);
    expect(await listTrash(db)).toEqual([]);
  });

  it('will not restore statements whose person was deleted since', async () => {
    const said = await trashStatements(db, ['b1']);
    await trashPeople(db, ['bo']);
    await expect(restoreFromTrash(db, said.id)).rejects.toThrow(/restore them first/);
    expect(await db.statements.get('b1')).toBeUndefined();
  });

  it.each([
    [0, false],
    [TRASH_DAYS - 1, false],
    [TRASH_DAYS, true],
  ])('after %i days an entry is expired: %s', async (days, expired) => {
    const entry = await trashStatements(db, ['b1'], day(0));
    expect(isExpired(entry, day(days))).toBe(expired);
    expect((await listTrash(db, day(days))).length).toBe(expired ? 0 : 1);
    // A purged entry is gone for good, not only hidden.
    expect(await db.trash.count()).toBe(expired ? 0 : 1);
  });

  it('says the day an entry goes', async () => {
    expect(purgeDay(await trashStatements(db, ['b1'], day(0)))).toBe('2026-01-31');
  });

  it('lists newest first, empties on request, and goes with Delete everything', async () => {
    const first = await trashStatements(db, ['b1'], day(0));
    const second = await trashStatements(db, ['a1'], day(1));
    expect((await listTrash(db, day(2))).map((e) => e.id)).toEqual([second.id, first.id]);
    await emptyTrash(db);
    expect(await db.trash.count()).toBe(0);
    await trashStatements(db, ['a2']);
    await clearLibrary(db);
    expect(await db.trash.count()).toBe(0);
  });
});
