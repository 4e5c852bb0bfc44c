import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { OnRecordDb } from '../../lib/db/schema';
import type { Person, Relation, Statement } from '../../lib/db/types';

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
