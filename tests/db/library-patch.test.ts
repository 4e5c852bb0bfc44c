import { afterEach, describe, expect, it } from 'vitest';
import { filterChoices, outletsOf } from '@/components/manager/filters';
import { visibleView } from '@/components/manager/visible-view';
import { buildLibraryView, type LibraryData, type PersonView, type RelationView } from '@/lib/core/library-model';
import type { OnRecordDb } from '@/lib/db/database-schema';
import {
  deleteStatements,
  importPack,
  type LibrarySnapshot,
  mergePeople,
  putPerson,
  putRelation,
  putStatement,
  readLibrary,
} from '@/lib/db/repos';
import { buildSearchIndex } from '@/lib/db/search-index';
import { libraryActions } from '@/lib/manager/library-actions';
import { changedKeys, watchLibrary } from '@/lib/manager/library-store';
import { STARTER_PACK } from '@/lib/pack/starter-data';
import { seeded } from '@/scripts/bench/synthetic-library';
import { freshDb, person, relation, statement } from './helpers';

/** The filter menus counted plainly, without any remembered state. */
function choicesFromScratch(data: LibraryData): { tags: string[]; outlets: string[] } {
  const tags = new Map<string, string>();
  const outlets = new Set<string>();
  for (const s of data.statements) {
    for (const t of s.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
    for (const o of outletsOf(s)) outlets.add(o);
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  return { tags: [...tags.values()].sort(byText), outlets: [...outlets].sort(byText) };
}

/**
 * The grouping worked out plainly, remembering nothing: people by name, each one's statements newest first
 * (undated last, ties in library order), each statement with the relations that touch it, in library order.
 */
function fromScratch(data: LibraryData): PersonView[] {
  const byId = new Map(data.statements.map((s) => [s.id, s]));
  const nameOf = (id: string) => data.people.find((p) => p.id === id)?.name ?? null;
  const views = (id: string): RelationView[] =>
    data.relations.flatMap((relation): RelationView[] => {
      const side = relation.fromId === id ? 'later' : relation.toId === id ? 'earlier' : null;
      if (!side) return [];
      const self = byId.get(id) ?? null;
      const other = byId.get(side === 'later' ? relation.toId : relation.fromId) ?? null;
      const otherSpeaker = self && other && other.personId !== self.personId ? nameOf(other.personId) : null;
      return [{ relation, side, other, otherSpeaker }];
    });
  return [...data.people]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((person) => ({
      person,
      statements: data.statements
        .filter((s) => s.personId === person.id)
        .sort((a, b) => (a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? 1 : -1))
        .map((statement) => ({ statement, relations: views(statement.id) })),
    }));
}

function library(): LibraryData {
  const rand = seeded(11);
  const people = ['Wang Yi', 'Sergey Lavrov', 'Hua Chunying', 'Anna Baerbock', 'Olaf Scholz'].map((name, i) =>
    person({ id: `p${i}`, name }),
  );
  const statements = Array.from({ length: 400 }, (_, i) =>
    statement({
      id: `s${String(i).padStart(3, '0')}`,
      personId: `p${i % 5}`,
      date: rand() < 0.1 ? undefined : `2022-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
    }),
  );
  const relations = Array.from({ length: 40 }, (_, i) =>
    relation({
      id: `r${i}`,
      fromId: `s${String(i * 7).padStart(3, '0')}`,
      toId: `s${String(i * 7 + 3).padStart(3, '0')}`,
    }),
  );
  return { people, statements, relations };
}

describe('library view patching', () => {
  it('gives the same grouping as from scratch after each kind of change, reusing untouched people', () => {
    let data = library();
    buildLibraryView(data);
    const rand = seeded(4);
    for (let step = 0; step < 40; step++) {
      const before = buildLibraryView(data);
      const pick = data.statements[Math.floor(rand() * data.statements.length)]!;
      const roll = rand();
      let next: LibraryData;
      if (roll < 0.2)
        next = { ...data, statements: data.statements.map((s) => (s === pick ? { ...s, text: 'edited' } : s)) };
      else if (roll < 0.35)
        next = {
          ...data,
          statements: data.statements.map((s) => (s === pick ? { ...s, personId: 'p4', date: '2023-01-01' } : s)),
        };
      else if (roll < 0.5) next = { ...data, statements: data.statements.filter((s) => s !== pick) };
      else if (roll < 0.6)
        next = {
          ...data,
          statements: [statement({ id: `n${step}`, personId: 'p2', date: '2024-01-01' }), ...data.statements],
        };
      else if (roll < 0.75)
        next = {
          ...data,
          relations: [...data.relations, relation({ id: `nr${step}`, fromId: pick.id, toId: 's001' })],
        };
      else if (roll < 0.85) next = { ...data, relations: data.relations.slice(1) };
      else if (roll < 0.95)
        next = { ...data, people: data.people.map((p) => (p.id === 'p1' ? { ...p, name: `Renamed ${step}` } : p)) };
      else next = { ...data, people: [...data.people, person({ id: `np${step}`, name: 'Aaron New' })] };
      const patched = buildLibraryView(next);
      expect(patched).toEqual(fromScratch(next));
      // Only the people the change touched are regrouped.
      const reused = patched.filter((v) => before.includes(v)).length;
      expect(reused).toBeGreaterThan(0);
      data = next;
    }
  });

  it('regroups one person when one statement changes', () => {
    const data = library();
    const before = buildLibraryView(data);
    const target = data.statements.find(
      (s) => s.personId === 'p0' && !data.relations.some((r) => [r.fromId, r.toId].includes(s.id)),
    )!;
    const after = buildLibraryView({
      ...data,
      statements: data.statements.map((s) => (s === target ? { ...s, text: 'x' } : s)),
    });
    expect(after.filter((v) => !before.includes(v)).map((v) => v.person.id)).toEqual(['p0']);
  });
});

describe('filter choices', () => {
  it('match a fresh count after each change, and stay the same menus when only counts move', () => {
    const rand = seeded(21);
    const tags = ['Ukraine', 'ukraine', 'Russia', 'energy', 'Gas'];
    const outlet = (i: number) => ({
      url: `https://news${i % 4}.example/${i}`,
      outlet: ['AP', 'BBC', 'Reuters'][i % 3],
    });
    let data: LibraryData = {
      ...library(),
      statements: library().statements.map((s, i) => ({ ...s, tags: [tags[i % 3]!], sources: [outlet(i)] })),
    };
    let menus = filterChoices(data);
    for (let step = 0; step < 60; step++) {
      const pick = data.statements[Math.floor(rand() * data.statements.length)]!;
      const roll = rand();
      const change = (over: Partial<typeof pick>) => data.statements.map((s) => (s === pick ? { ...s, ...over } : s));
      const statements =
        roll < 0.3
          ? change({ text: 'edited' })
          : roll < 0.5
            ? change({ tags: [tags[Math.floor(rand() * tags.length)]!] })
            : roll < 0.6
              ? change({ sources: [outlet(Math.floor(rand() * 9))] })
              : roll < 0.8
                ? data.statements.filter((s) => s !== pick)
                : [
                    ...data.statements,
                    statement({ id: `n${step}`, personId: 'p0', tags: ['energy', `new${step % 3}`] }),
                  ];
      data = { ...data, statements };
      const patched = filterChoices(data);
      // A tag spelled two ways ('Ukraine', 'ukraine') depends on library order, so it is counted again.
      if (roll < 0.3 && !pick.tags.includes('Ukraine') && !pick.tags.includes('ukraine')) expect(patched).toBe(menus);
      expect(patched).toEqual(choicesFromScratch(data));
      menus = filterChoices(data);
    }
  });
});

describe('visible view', () => {
  it('pages across people, counts what is left, and keeps its answer for the same inputs', () => {
    const views = buildLibraryView(library());
    const ids = new Set(
      library()
        .statements.filter((_, i) => i % 3 === 0)
        .map((s) => s.id),
    );
    const shown = visibleView(views, ids, null, '', 50);
    expect(shown.people.flatMap((p) => p.statements)).toHaveLength(50);
    expect(shown.hidden).toBe(ids.size - 50);
    expect(shown.people.every((p) => p.statements.every((s) => ids.has(s.statement.id)))).toBe(true);
    expect(visibleView(views, ids, null, '', 50)).toBe(shown);
    expect(visibleView(views, ids, null, '', 100)).not.toBe(shown);
    const one = visibleView(views, null, null, 'p3', 10);
    expect(one.people.map((p) => p.person.id)).toEqual(['p3']);
    expect(one.hidden).toBe(80 - 10);
    // A person found by name shows with no statement left.
    expect(visibleView(views, new Set(), new Set(['p2']), '', 10).people.map((p) => p.person.id)).toEqual(['p2']);
  });
});

describe('library store', () => {
  let db: OnRecordDb;
  let stop = () => {};
  afterEach(() => {
    stop();
    db.close();
  });

  const watch = () => {
    const snapshots: LibrarySnapshot[] = [];
    stop = watchLibrary(
      db,
      (s) => snapshots.push(s),
      (e) => {
        throw e;
      },
    );
    return snapshots;
  };

  it('patches its snapshot after each write, reusing unchanged records, and matches a full read', async () => {
    db = freshDb();
    await importPack(db, STARTER_PACK);
    const snapshots = watch();
    await expect.poll(() => snapshots.length).toBe(1);
    const first = snapshots[0]!;
    const wang = first.statements.find((s) => s.personId === 'wang-yi')!;
    const writes: (() => Promise<unknown>)[] = [
      () => putStatement(db, { ...wang, text: 'Edited words.', date: '2001-01-01' }),
      () => putStatement(db, statement({ id: 'new', personId: 'hua-chunying', date: '2030-01-01' })),
      () => putPerson(db, { ...first.people[0]!, name: 'Zed Renamed' }),
      () => putRelation(db, relation({ id: 'rel-new', fromId: 'new', toId: wang.id })),
      () => deleteStatements(db, ['new']),
      () => putStatement(db, statement({ id: 'tagged', personId: 'wang-yi', tags: ['Unique'] })),
      () => deleteStatements(db, ['tagged']),
      () => mergePeople(db, 'wang-yi', 'hua-chunying'),
    ];
    const actions = libraryActions(
      db,
      () => {},
      () => snapshots.at(-1) ?? null,
    );
    await actions.search('wang');
    buildLibraryView(first);
    filterChoices(first);
    for (const write of writes) {
      const count = snapshots.length;
      await write();
      await expect.poll(() => snapshots.length).toBeGreaterThan(count);
      await expect
        .poll(async () => JSON.stringify(snapshots.at(-1)) === JSON.stringify(await readLibrary(db)))
        .toBe(true);
      // Grouping, menus and search, patched from the store's note of what changed, match a fresh reading.
      const latest = snapshots.at(-1)!;
      const views = buildLibraryView(latest);
      const menus = filterChoices(latest);
      for (const query of ['wang', 'edited', 'ukraine', 'words']) {
        const found = await actions.search(query);
        const fresh = buildSearchIndex(latest.people, latest.statements).query(query);
        const ids = latest.statements.map((s) => s.id);
        expect(ids.filter((id) => found?.statementIds.has(id))).toEqual(
          ids.filter((id) => fresh?.statementIds.has(id)),
        );
      }
      expect(views).toEqual(fromScratch(latest));
      expect(menus).toEqual(choicesFromScratch(latest));
      buildLibraryView(latest);
      filterChoices(latest);
    }
    // The first edit replaced one statement; every other record was the same object.
    const second = snapshots[1]!;
    expect(second.statements.filter((s) => first.statements.includes(s))).toHaveLength(first.statements.length - 1);
    expect(second.people).toBe(first.people);
  });

  it('reads everything again after a bulk write', async () => {
    db = freshDb();
    const snapshots = watch();
    await expect.poll(() => snapshots.length).toBeGreaterThan(0);
    expect(snapshots[0]!.statements).toEqual([]);
    await importPack(db, STARTER_PACK);
    await expect.poll(() => snapshots.at(-1)!.statements.length).toBe(8);
    expect(JSON.stringify(snapshots.at(-1))).toBe(JSON.stringify(await readLibrary(db)));
  });

  it('reads the keys of a write from Dexie’s change report', () => {
    const one = { from: 'b', to: 'b', l: { from: 'a', to: 'a' }, r: { from: 'c', to: 'c' } };
    expect(changedKeys('lib', { 'idb://lib/statements/': one as never })).toEqual({
      people: new Set(),
      statements: new Set(['a', 'b', 'c']),
      relations: new Set(),
    });
    expect(changedKeys('lib', { 'idb://other/statements/': one as never })).toBeUndefined();
    expect(changedKeys('lib', { 'idb://lib/people/': { from: 'a', to: 'z' } as never })).toBeNull();
  });
});
