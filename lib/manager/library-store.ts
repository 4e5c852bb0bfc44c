/**
 * The manager's copy of the library, kept current as the library changes here or in another extension page.
 *
 * Reading 100,000 statements takes over a second, so an edit does not re-read the library: Dexie reports each
 * committed write with the keys it touched (its `storagemutated` event, broadcast between extension pages), and
 * the store reads just those records and patches its snapshot. Unchanged records stay the same objects, which
 * lets the page's grouping and search index update only what changed. A write whose keys are not listed (a
 * bulk import, clearing the library) makes the store read everything again, in chunks with the page's main
 * thread given back between them (all in one readonly transaction, so never a mix of before and after a write),
 * so a 100,000-statement subscription landing freezes no page.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { noteChange } from '@/lib/core/library-model';
import type { Person, Statement } from '@/lib/core/records';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { toPerson } from '@/lib/db/person-row';
import { type LibrarySnapshot, readLibraryInSteps } from '@/lib/db/repos';
import { byDateDesc, toStatement } from '@/lib/db/repos-statements';

const TABLES = ['people', 'statements', 'relations'] as const;
type TableName = (typeof TABLES)[number];

/** Past this many changed records a write is re-read whole: one read of everything is then as quick. */
const MAX_PATCH = 2000;

/** Keys written since the last read, per table; null when a write's keys are not known (read everything). */
type Pending = Record<TableName, Set<string>> | null;

/**
 * Watches the library; calls `onSnapshot` with each new snapshot. Returns a function that stops watching.
 * `prepare` runs after a read of everything, before the snapshot is delivered: the page works out what it
 * derives from the library (grouping, menus, search index) across tasks there, so drawing it costs no long task.
 */
export function watchLibrary(
  db: OnRecordDb,
  onSnapshot: (snapshot: LibrarySnapshot) => void,
  onError: (error: unknown) => void,
  prepare?: (snapshot: LibrarySnapshot) => Promise<void>,
): () => void {
  let snapshot: LibrarySnapshot | null = null;
  let pending: Pending = null;
  let dirty = true;
  let running = false;
  let stopped = false;
  // A read of everything not yet prepared for: a patch over it still needs the page's derived data worked out.
  let unprepared = false;

  const listener = (parts: ObservabilitySet) => {
    const keys = changedKeys(db.name, parts);
    if (keys === undefined) return;
    dirty = true;
    if (keys === null || pending === null || snapshot === null) pending = null;
    else for (const table of TABLES) for (const key of keys[table]) pending[table].add(key);
    const waiting = pending;
    if (waiting && TABLES.reduce((n, t) => n + waiting[t].size, 0) > MAX_PATCH) pending = null;
    void run();
  };

  const run = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (dirty && !stopped) {
        const work = pending;
        dirty = false;
        pending = emptyPending();
        const whole = !(work && snapshot);
        unprepared ||= whole;
        const next = work && snapshot ? await patchSnapshot(db, snapshot, work) : await readLibraryInSteps(db);
        if (stopped) return;
        snapshot = next;
        // The read is one state of the library, but a write heard meanwhile landed after it: the next pass patches
        // (or re-reads) what it wrote, and only then is a snapshot delivered, so none is already out of date.
        if (whole && dirty) continue;
        if (unprepared && prepare) await prepare(next);
        unprepared = false;
        if (stopped) return;
        onSnapshot(next);
      }
    } catch (e) {
      // The next write tries again from a full read.
      pending = null;
      if (!stopped) onError(e);
    } finally {
      running = false;
    }
  };

  Dexie.on('storagemutated', listener);
  void run();
  return () => {
    stopped = true;
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}

function emptyPending(): Record<TableName, Set<string>> {
  return { people: new Set(), statements: new Set(), relations: new Set() };
}

/** A node of Dexie's range set: an interval, with smaller and larger intervals below it. */
interface RangeNode {
  from: unknown;
  to: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/**
 * The primary keys a write changed, per table of this database: undefined when it touched none of them, null
 * when it changed a range of keys (a bulk write or a clear) rather than single keys.
 */
export function changedKeys(dbName: string, parts: ObservabilitySet): Pending | undefined {
  let found = false;
  const keys = emptyPending();
  for (const table of TABLES) {
    const tree = parts[`idb://${dbName}/${table}/`] as RangeNode | undefined;
    if (!tree || !('from' in tree)) continue;
    found = true;
    const stack: RangeNode[] = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (typeof node.from !== 'string' || node.from !== node.to) return null;
      keys[table].add(node.from);
      if (keys[table].size > MAX_PATCH) return null;
      if (node.l) stack.push(node.l);
      if (node.r) stack.push(node.r);
    }
  }
  return found ? keys : undefined;
}

/**
 * Reads the changed records in one transaction and puts them into a copy of the snapshot, in the order
 * readLibrary gives (people by name, statements newest first, relations by id; ties by id).
 */
export async function patchSnapshot(
  db: OnRecordDb,
  snapshot: LibrarySnapshot,
  keys: Record<TableName, Set<string>>,
): Promise<LibrarySnapshot> {
  const ids = (t: TableName) => [...keys[t]];
  const [people, statements, relations] = await db.transaction('r', db.people, db.statements, db.relations, () =>
    Promise.all([
      keys.people.size ? db.people.bulkGet(ids('people')) : [],
      keys.statements.size ? db.statements.bulkGet(ids('statements')) : [],
      keys.relations.size ? db.relations.bulkGet(ids('relations')) : [],
    ]),
  );
  const fresh = present(statements).map(toStatement);
  const next = {
    people: patchList(snapshot.people, keys.people, present(people).map(toPerson), byName),
    statements: patchList(snapshot.statements, keys.statements, fresh, newestFirst),
    relations: patchList(snapshot.relations, keys.relations, present(relations), byId),
  };
  // Tells the page's grouping, menus and search index which statements changed, so none compares them all.
  const changed = new Map<string, Statement | undefined>([...keys.statements].map((id) => [id, undefined]));
  for (const s of fresh) changed.set(s.id, s);
  noteChange(next, { previous: snapshot, statements: changed });
  return next;
}

function present<T>(rows: (T | undefined)[]): T[] {
  return rows.filter((r): r is T => r !== undefined);
}

/** The list without the records of `changed` ids, with `fresh` merged in at their places in `order`. */
function patchList<T extends { id: string }>(
  list: T[],
  changed: Set<string>,
  fresh: T[],
  order: (a: T, b: T) => number,
): T[] {
  if (changed.size === 0) return list;
  const kept = list.filter((x) => !changed.has(x.id));
  const added = [...fresh].sort(order);
  const out: T[] = [];
  let i = 0;
  for (const x of added) {
    for (let k = kept[i]; k !== undefined && order(k, x) <= 0; k = kept[++i]) out.push(k);
    out.push(x);
  }
  return out.concat(kept.slice(i));
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The people index's order: name, then id. */
function byName(a: Person, b: Person): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : byId(a, b);
}

function newestFirst(a: Statement, b: Statement): number {
  return byDateDesc(a, b) || byId(a, b);
}
