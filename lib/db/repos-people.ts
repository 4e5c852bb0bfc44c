import type { Person } from '@/lib/core/records';
import { nameKey, nameTokens } from '@/lib/match/name-keys';
import { storablePerson } from '@/lib/pack/storable';
import type { OnRecordDb } from './database-schema';
import { toPerson, toPersonRow } from './person-row';

/**
 * Candidate people for names seen on a page: exact name/alias keys (any spelling) and shared name tokens, so
 * "Lavrov" finds "Sergey Lavrov". Over-inclusive on purpose; lib/match/resolve-person decides who is meant.
 */
export async function findPeopleByNames(db: OnRecordDb, names: string[]): Promise<Person[]> {
  const keys = [...new Set(names.map(nameKey).filter(Boolean))];
  const tokens = [...new Set(names.flatMap(nameTokens).filter((t) => t.length > 1))];
  if (keys.length === 0) return [];
  const [byKey, byToken] = await Promise.all([
    db.people.where('keys').anyOf(keys).toArray(),
    tokens.length ? db.people.where('tokens').anyOf(tokens).toArray() : Promise.resolve([]),
  ]);
  const seen = new Map<string, Person>();
  for (const row of [...byKey, ...byToken]) if (!seen.has(row.id)) seen.set(row.id, toPerson(row));
  return [...seen.values()];
}

/** One person by id, or undefined. */
export async function getPerson(db: OnRecordDb, id: string): Promise<Person | undefined> {
  const row = await db.people.get(id);
  return row ? toPerson(row) : undefined;
}

/** Everyone in the library, by name, for the manager and the popup. */
export async function listPeople(db: OnRecordDb): Promise<Person[]> {
  const rows = await db.people.orderBy('name').toArray();
  return rows.map(toPerson);
}

/** Creates or replaces a person, stamping updatedAt (and createdAt on first write); returns it as stored. */
export async function putPerson(db: OnRecordDb, person: Person): Promise<Person> {
  const now = new Date().toISOString();
  const stored = storablePerson({ ...person, createdAt: person.createdAt || now, updatedAt: now });
  await db.people.put(toPersonRow(stored));
  return stored;
}
