import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { importPack, previewImport } from '@/lib/db/repos-pack';
import { freshDb } from './helpers';

let db: OnRecordDb;
beforeEach(async () => {
  db = freshDb();
  await importPack(db, pack('ann', 'Ann Lee', 'Words Ann said'));
});
afterEach(() => db.close());

const meta = { name: 'p', author: 'a', licence: 'l', date: '2024-01-01' };

/** A pack of one person with statement "s1" and a relation from a second statement to it. */
function pack(personId: string, name: string, words: string) {
  return {
    format: 'onrecord-pack',
    version: 1,
    meta,
    people: [{ id: personId, name }],
    statements: [
      { id: 's1', personId, text: words },
      { id: `${personId}-2`, personId, text: `${words}, again` },
    ],
    relations: [
      { id: `${personId}-r`, fromId: `${personId}-2`, toId: 's1', type: 'qualifies', note: '', labelledBy: 'me' },
    ],
  };
}

describe('a pack statement with the id of another person’s statement', () => {
  it('is shown in the preview as a conflict, never merged silently', async () => {
    const preview = await previewImport(db, pack('bob', 'Bob Stone', 'Words Bob said'));
    expect(preview.conflicts).toEqual([{ id: 's1', incoming: 'Words Bob said', stored: 'Words Ann said' }]);
    expect(preview.statements.merged).toBe(0);
  });

  it.each([
    ['skip', 'Ann Lee', 'Words Ann said', 0, 3],
    ['new', 'Ann Lee', 'Words Ann said', 1, 4],
    ['replace', 'Bob Stone', 'Words Bob said', 1, 3],
  ] as const)('with "%s", s1 is %s’s “%s”', async (choice, owner, words, bobRelations, total) => {
    const summary = await importPack(db, pack('bob', 'Bob Stone', 'Words Bob said'), { conflicts: choice });
    expect(summary.conflicts).toHaveLength(1);
    const s1 = await db.statements.get('s1');
    const person = await db.people.get(s1!.personId);
    expect(person?.name).toBe(owner);
    expect(s1?.text).toBe(words);
    expect(await db.statements.count()).toBe(total);
    expect(await db.relations.where('id').equals('bob-r').count()).toBe(bobRelations);
    if (choice === 'new') {
      const bobs = await db.statements.where('personId').equals('bob').toArray();
      expect(bobs.map((s) => s.text).sort()).toEqual(['Words Bob said', 'Words Bob said, again']);
    }
  });
});

/** A pack of one record under `id`, of `kind`, with one statement and a relation between two of its statements. */
function kindPack(id: string, name: string, kind: 'person' | 'organisation') {
  return {
    format: 'onrecord-pack',
    version: 1,
    meta,
    people: [{ id, name, kind }],
    statements: [
      { id: 'k1', personId: id, text: `${name} said one thing` },
      { id: 'k2', personId: id, text: `${name} said another thing` },
    ],
    relations: [{ id: 'kr', fromId: 'k2', toId: 'k1', type: 'qualifies', note: '', labelledBy: 'me' }],
  };
}

describe('a pack person with the id of a stored record of the other kind', () => {
  it.each([
    ['person', 'organisation'],
    ['organisation', 'person'],
  ] as const)('a pack %s over a stored %s is a conflict in the preview, never a merge', async (incoming, stored) => {
    await importPack(db, kindPack('x1', 'Acme Stone', stored));
    const before = await db.people.get('x1');
    const preview = await previewImport(db, kindPack('x1', 'Jo Acme', incoming));
    expect(preview.personConflicts).toEqual([
      { id: 'x1', incoming: { name: 'Jo Acme', kind: incoming }, stored: { name: 'Acme Stone', kind: stored } },
    ]);
    expect(preview.people.merged).toBe(0);
    // The preview wrote nothing.
    expect(await db.people.get('x1')).toEqual(before);
  });

  it('a pack record of the same kind under the same id still merges', async () => {
    await importPack(db, kindPack('x1', 'Acme Stone', 'organisation'));
    const preview = await previewImport(db, kindPack('x1', 'Acme Stone Ltd', 'organisation'));
    expect(preview.personConflicts).toEqual([]);
    expect(preview.people.merged).toBe(1);
  });

  it.each([
    ['skip', 'Acme Stone', 'organisation', 1, 0],
    ['new', 'Acme Stone', 'organisation', 2, 2],
    ['replace', 'Jo Acme', 'person', 1, 0],
  ] as const)(
    'with "%s", x1 is “%s” (%s), %i records in all, %i pack statements elsewhere',
    async (choice, name, kind, records, moved) => {
      await importPack(db, kindPack('x1', 'Acme Stone', 'organisation'));
      const peopleBefore = await db.people.count();
      const incoming = { ...kindPack('x1', 'Jo Acme', 'person'), statements: [], relations: [] };
      incoming.statements = [
        { id: 'j1', personId: 'x1', text: 'Jo said this' },
        { id: 'j2', personId: 'x1', text: 'Jo said that' },
      ] as never;
      const summary = await importPack(db, incoming, { personConflicts: choice });
      expect(summary.personConflicts).toHaveLength(1);
      const x1 = await db.people.get('x1');
      expect(x1?.name).toBe(name);
      expect(x1?.kind).toBe(kind);
      expect((await db.people.count()) - peopleBefore + 1).toBe(records);
      // The organisation's own statements stay under x1 whatever the choice.
      expect((await db.statements.where('personId').equals('x1').toArray()).map((s) => s.text)).toEqual(
        expect.arrayContaining(['Acme Stone said one thing', 'Acme Stone said another thing']),
      );
      const jo = await db.statements.where('id').anyOf(['j1', 'j2']).toArray();
      expect(jo.filter((s) => s.personId !== 'x1')).toHaveLength(moved);
      expect(jo).toHaveLength(choice === 'skip' ? 0 : 2);
    },
  );

  it('leaves statement conflicts to their own choice', async () => {
    const summary = await importPack(db, pack('bob', 'Bob Stone', 'Words Bob said'), {
      conflicts: 'skip',
      personConflicts: 'replace',
    });
    expect(summary.personConflicts).toEqual([]);
    expect(summary.conflicts).toHaveLength(1);
    expect((await db.statements.get('s1'))?.text).toBe('Words Ann said');
  });
});
