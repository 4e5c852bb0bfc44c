import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPack, previewImport } from '@/lib/db/repos-pack';
import type { OnRecordDb } from '@/lib/db/schema';
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
