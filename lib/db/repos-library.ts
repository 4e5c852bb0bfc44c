import { Dexie } from 'dexie';
import { finishInSteps, nextTask } from '@/lib/core/in-steps';
import { mergeRuns } from '@/lib/core/merge-runs';
import type { Person, Relation, Statement } from '@/lib/core/records';
import type { OnRecordDb } from './database-schema';
import { listPeople } from './repos-people';
import { listRelations } from './repos-relations';
import { byDateDesc, listStatements, toStatement } from './repos-statements';

/** The whole library as plain records, read consistently, for pages that show all of it (the manager). */
export interface LibrarySnapshot {
  people: Person[];
  statements: Statement[];
  relations: Relation[];
}

/** Reads every record in one transaction, so a view never mixes states before and after a write. */
export function readLibrary(db: OnRecordDb): Promise<LibrarySnapshot> {
  return db.transaction('r', db.people, db.statements, db.relations, async () => {
    const [people, statements, relations] = await Promise.all([listPeople(db), listStatements(db), listRelations(db)]);
    return { people, statements, relations };
  });
}

/** Rows read per request when the library is read in steps: a few milliseconds of the page's time each. */
export const READ_CHUNK = 5000;

/**
 * Reads every record as `readLibrary` does, in the same order, but in key-ordered chunks with the page's main
 * thread given back between them, so a page taking in 100,000 statements keeps answering. Every chunk is read
 * in one readonly transaction, so the snapshot is one state of the library: a write from this page or another
 * waits for the read to end and is then heard of as a change.
 */
export async function readLibraryInSteps(
  db: OnRecordDb,
  pause = nextTask,
  chunk = READ_CHUNK,
): Promise<LibrarySnapshot> {
  // IndexedDB commits a transaction once a task ends with no request pending, which a pause would do; Dexie.waitFor
  // keeps it busy with small requests through each pause, and keeps the transaction's zone for the next chunk.
  const held = () => Dexie.waitFor(pause());
  const { people, relations, runs } = await db.transaction('r', db.people, db.statements, db.relations, async () => {
    const people = await listPeople(db);
    const relations = (await readChunks(db.relations, chunk, (r: Relation) => r, held)).flat();
    const runs = await readChunks(db.statements, chunk, toStatement, held, (run) => run.sort(byDateDesc));
    return { people, relations, runs };
  });
  const statements = await finishInSteps(mergeRuns(runs, byDateDesc), pause);
  return { people, statements, relations };
}

/** Every row of `table` in primary-key order, `chunk` rows at a time, each chunk mapped and finished. */
/** What reading in key order needs of a table. */
interface KeyOrdered<Row> {
  orderBy(index: ':id'): Limited<Row>;
  where(index: ':id'): { above(key: string): Limited<Row> };
}

/** A key-ordered read cut to its first rows. */
interface Limited<Row> {
  limit(count: number): { toArray(): PromiseLike<Row[]> };
}

async function readChunks<Row extends { id: string }, T>(
  table: KeyOrdered<Row>,
  chunk: number,
  map: (row: Row) => T,
  pause: () => Promise<void>,
  finish: (chunk: T[]) => T[] = (chunk) => chunk,
): Promise<T[][]> {
  const chunks: T[][] = [];
  let after: string | null = null;
  for (;;) {
    const rows: Row[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after))
      .limit(chunk)
      .toArray();
    const last = rows.at(-1);
    if (!last) return chunks;
    chunks.push(finish(rows.map(map)));
    after = last.id;
    await pause();
  }
}
