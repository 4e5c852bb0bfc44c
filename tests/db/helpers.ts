import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Person, Relation, Statement } from '@/lib/core/records';
import { OnRecordDb } from '@/lib/db/database-schema';
import { readLibrary } from '@/lib/db/repos-library';
import { byDateDesc } from '@/lib/db/repos-statements';
import { buildSearchIndex, type IdSet } from '@/lib/db/search-index';

/** A database on its own fresh IndexedDB, so tests never share state. */
export function freshDb(): OnRecordDb {
  return new OnRecordDb('onrecord-test', { indexedDB: new IDBFactory(), IDBKeyRange });
}

const T = '2024-01-01T00:00:00.000Z';

/** A person with defaults for the fields a test does not care about. */
export function person(over: Partial<Person> & { id: string; name: string }): Person {
  return { aliases: [], roles: [], kind: 'person', createdAt: T, updatedAt: T, ...over };
}

/** A statement with defaults for the fields a test does not care about. */
export function statement(over: Partial<Statement> & { id: string; personId: string }): Statement {
  return { text: `words of ${over.id}`, sources: [], tags: [], createdAt: T, updatedAt: T, ...over };
}

/** A relation with defaults for the fields a test does not care about. */
export function relation(over: Partial<Relation> & { id: string; fromId: string; toId: string }): Relation {
  return { type: 'qualifies', note: 'n', labelledBy: 'me', createdAt: T, ...over };
}

/**
 * The manager's search over what the database holds now: the library read once and the in-memory index built
 * over it, so database tests can check that writes, merges and upgrades stay findable. Null for a query with no
 * words; statements newest first.
 */
export async function searchStored(
  db: OnRecordDb,
  query: string,
): Promise<{ people: Person[]; statements: Statement[]; statementIds: IdSet } | null> {
  const library = await readLibrary(db);
  const matches = buildSearchIndex(library.people, library.statements).query(query);
  if (!matches) return null;
  return {
    people: library.people.filter((p) => matches.personIds.has(p.id)),
    statements: library.statements.filter((s) => matches.statementIds.has(s.id)).sort(byDateDesc),
    statementIds: matches.statementIds,
  };
}
