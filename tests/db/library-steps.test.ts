import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { filterChoices, prepareFilterChoices } from '@/components/manager/filter-choices';
import { buildLibraryView, type LibraryData, prepareLibraryView } from '@/lib/core/library-model';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putPerson, putStatement, readLibrary, readLibraryInSteps } from '@/lib/db/repos';
import { buildSearchIndex, buildSearchIndexInSteps } from '@/lib/db/search-index';
import { watchLibrary } from '@/lib/manager/library-store';
import { seeded } from '@/scripts/bench/synthetic-library';
import { freshDb, person, relation, statement } from './helpers';

/** 300 statements by 6 people, a tenth undated and many on the same day, so order rests on ties too. */
function library(): LibraryData {
  const rand = seeded(7);
  const people = ['Wang Yi', 'Sergey Lavrov', 'Hua Chunying', 'Anna Baerbock', 'Olaf Scholz', 'Ada Ng'].map((name, i) =>
    person({ id: `p${i}`, name }),
  );
  const statements = Array.from({ length: 300 }, (_, i) =>
    statement({
      id: `s${String(Math.floor(rand() * 1e6)).padStart(6, '0')}-${i}`,
      personId: `p${i % 6}`,
      text: `words ${i % 17} sovereignty ${i}`,
      tags: [`tag${i % 5}`],
      sources: [{ url: `https://outlet${i % 4}.example/${i}` }],
      date: rand() < 0.1 ? undefined : `2023-0${1 + Math.floor(rand() * 3)}-1${Math.floor(rand() * 3)}`,
    }),
  );
  const relations = Array.from({ length: 30 }, (_, i) =>
    relation({ id: `r${i}`, fromId: statements[i * 9]?.id ?? '', toId: statements[i * 9 + 4]?.id ?? '' }),
  );
  return { people, statements, relations };
}

async function stored(): Promise<OnRecordDb> {
  const db = freshDb();
  const { people, statements, relations } = library();
  for (const p of people) await putPerson(db, p);
  await db.transaction('rw', db.statements, db.relations, async () => {
    await db.statements.bulkPut(statements);
    await db.relations.bulkPut(relations);
  });
  return db;
}

let open: OnRecordDb | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

describe('reading the library in steps', () => {
  it.each([1, 7, 64, 5000])('gives what one read gives, in chunks of %i', async (chunk) => {
    open = await stored();
    let pauses = 0;
    const read = await readLibraryInSteps(open, async () => void pauses++, chunk);
    expect(read).toEqual(await readLibrary(open));
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(300 / chunk));
  });
});

describe('reading the library in steps while another page writes', () => {
  // 30 relations then 300 statements, 7 rows a chunk: pauses 1-5 fall among the relations, 6 on among the statements.
  it.each([1, 3, 6, 20, 45])('never gives a mixed view when a write starts at pause %i', async (at) => {
    open = await stored();
    const db = open;
    const before = await readLibrary(db);
    const ids = before.statements.map((s) => s.id).sort();
    let pauses = 0;
    let write: Promise<unknown> | null = null;
    // Another writer's one transaction (outside the read's, as another page's is), touching records on both
    // sides of the chunks already read.
    const pause = async () => {
      if (++pauses !== at) return;
      write = Dexie.ignoreTransaction(() =>
        db.transaction('rw', db.statements, db.relations, async () => {
          await db.relations.update('r0', { note: 'changed meanwhile' });
          await db.statements.update(ids[0] ?? '', { text: 'changed meanwhile' });
          await db.statements.update(ids.at(-1) ?? '', { text: 'changed meanwhile' });
        }),
      );
    };
    const read = await readLibraryInSteps(db, pause, 7);
    await write;
    const after = await readLibrary(db);
    expect(after).not.toEqual(before);
    expect([before, after]).toContainEqual(read);
  });
});

describe('derived data worked out in steps', () => {
  it('gives the grouping, menus and search answers that working them out at once gives', async () => {
    const data = library();
    const fresh = { ...data, statements: [...data.statements] };
    await prepareLibraryView(data);
    await prepareFilterChoices(data);
    const grouped = buildLibraryView(data);
    const menus = filterChoices(data);
    expect(grouped).toEqual(buildLibraryView(fresh));
    expect(menus).toEqual(filterChoices(fresh));
    const stepped = await buildSearchIndexInSteps(data.people, data.statements);
    const once = buildSearchIndex(data.people, data.statements);
    for (const q of ['sov', 'words 3', 'wang', 'zzz', 'olaf sov'])
      expect(data.statements.filter((s) => stepped.query(q)?.statementIds.has(s.id))).toEqual(
        data.statements.filter((s) => once.query(q)?.statementIds.has(s.id)),
      );
  });
});

describe('the store after a read of everything', () => {
  it('prepares once, then delivers one snapshot equal to a full read, even with a write during the read', async () => {
    open = await stored();
    const db = open;
    const prepared: unknown[] = [];
    const delivered: LibraryData[] = [];
    let wrote = false;
    const stop = watchLibrary(
      db,
      (snapshot) => delivered.push(snapshot),
      (e) => {
        throw e;
      },
      async (snapshot) => {
        prepared.push(snapshot);
        // A write while the page prepares: delivered as it stands, then patched.
        if (!wrote) {
          wrote = true;
          await putStatement(db, statement({ id: 'zz-late', personId: 'p1', date: '2030-01-01' }));
        }
      },
    );
    await expect.poll(() => delivered.at(-1)?.statements.some((s) => s.id === 'zz-late'), { timeout: 5000 }).toBe(true);
    stop();
    expect(prepared).toHaveLength(1);
    expect(delivered[0]).toBe(prepared[0]);
    expect(delivered.at(-1)).toEqual(await readLibrary(db));
  });

  it('reads everything again when a bulk write lands during the read', async () => {
    open = await stored();
    const db = open;
    const delivered: LibraryData[] = [];
    const stop = watchLibrary(
      db,
      (snapshot) => delivered.push(snapshot),
      (e) => {
        throw e;
      },
    );
    // Cleared while the first read is under way: a write of a key range, so the store reads everything again.
    await db.relations.clear();
    await expect.poll(() => delivered.at(-1)?.relations.length, { timeout: 5000 }).toBe(0);
    stop();
    expect(delivered.at(-1)).toEqual(await readLibrary(db));
  });
});
