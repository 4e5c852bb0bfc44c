import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { mergePeople } from '@/lib/db/repos-curation';
import { exportPack, importPack } from '@/lib/db/repos-pack';
import { checkPack } from '@/lib/pack/parse-pack';
import { freshDb, person, statement } from './helpers';

let db: OnRecordDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const meta = { name: 'backup', author: 'me', licence: 'private', date: '2024-01-01' };

describe('the library door', () => {
  it('fits a record written straight to a table, so its export imports without a rejection', async () => {
    await db.people.add({ ...person({ id: 'p1', name: 'Sura Gate' }), keys: [], tokens: [], words: [] });
    await db.statements.put(
      statement({
        id: 's1',
        personId: 'p1',
        text: 'We will never \uD800 accept',
        date: '2023-02-30',
        sources: [
          { url: `https://example.org/${'a'.repeat(2_200)}`, title: 't'.repeat(651), publishedAt: '10000-01-01' },
          { url: 'file:///tmp/page.html' },
        ],
      }),
    );
    const checked = checkPack(JSON.parse(JSON.stringify(await exportPack(db, meta))));
    expect(checked.ok && checked.rejected).toEqual([]);
    expect(checked.ok && checked.pack.statements).toHaveLength(1);
    const stored = await db.statements.get('s1');
    expect(stored?.text).toBe('We will never \uFFFD accept');
    expect(stored?.date).toBeUndefined();
    expect(stored?.sources).toHaveLength(1);
  });

  it('refuses a merge of two people that would exceed the alias limit, and keeps both', async () => {
    const many = (from: number) => Array.from({ length: 150 }, (_, i) => `Alias ${from + i}`);
    await importPack(db, {
      format: 'onrecord-pack',
      version: 1,
      meta,
      people: [
        { id: 'a', name: 'Ann Lee', aliases: many(0) },
        { id: 'b', name: 'Ann B. Lee', aliases: many(150) },
      ],
      statements: [{ id: 's', personId: 'b', text: 'words' }],
      relations: [],
    });
    await expect(mergePeople(db, 'a', 'b')).rejects.toThrow('aliases has more than 200 entries');
    expect(await db.people.count()).toBe(2);
    expect((await db.statements.get('s'))?.personId).toBe('b');
  });

  it('refuses an import whose merge would exceed a limit, writing nothing', async () => {
    const pack = (id: string, from: number) => ({
      format: 'onrecord-pack',
      version: 1,
      meta,
      people: [{ id, name: 'Ann Lee', aliases: Array.from({ length: 150 }, (_, i) => `Alias ${from + i}`) }],
      statements: [{ id: `s-${id}`, personId: id, text: `words ${id}` }],
      relations: [],
    });
    await importPack(db, pack('a', 0));
    await expect(importPack(db, pack('b', 150))).rejects.toThrow('more than 200 entries');
    expect(await db.statements.count()).toBe(1);
  });
});
