/**
 * *Copy to my record*: a subscribed record is the publisher's and stays read-only; the reader edits a copy of
 * their own instead. Planning the copy is pure (which records to write, with new ids and no origin), so each
 * rule is tested without a database.
 */
import type { LibraryData } from '@/lib/core/library-model';
import type { Person, Statement } from '@/lib/core/records';

/** What to copy: a subscribed person (the person alone) or a subscribed statement (with its speaker if needed). */
export interface CopyTarget {
  kind: 'person' | 'statement';
  id: string;
}

/** The records a copy writes, and the reader's own person the copy belongs to. */
export interface CopyPlan {
  people: Person[];
  statements: Statement[];
  /** The reader's own person the copied statement is filed under, or the copied person. */
  person: Person;
  /** Whether the reader's own person with that name already existed (nothing new for a person copy). */
  reused: boolean;
}

/** Makes a fresh record id with a prefix ("p", "s"). */
export type IdMaker = (prefix: 'p' | 's') => string;

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** The reader's own person named like `person`, or a new own copy of it. */
function ownPerson(
  person: Person,
  data: LibraryData,
  makeId: IdMaker,
  now: string,
): { person: Person; reused: boolean } {
  if (!person.origin) return { person, reused: true };
  const mine = data.people.find((p) => !p.origin && p.kind === person.kind && sameName(p.name, person.name));
  if (mine) return { person: mine, reused: true };
  const { origin: _origin, ...rest } = person;
  return { person: { ...rest, id: makeId('p'), createdAt: now, updatedAt: now }, reused: false };
}

/** What copying `target` writes; null when the record is not there or is the reader's own already. */
export function planCopy(target: CopyTarget, data: LibraryData, makeId: IdMaker, now: string): CopyPlan | null {
  if (target.kind === 'person') {
    const person = data.people.find((p) => p.id === target.id);
    if (!person?.origin) return null;
    const own = ownPerson(person, data, makeId, now);
    return { people: own.reused ? [] : [own.person], statements: [], person: own.person, reused: own.reused };
  }
  const statement = data.statements.find((s) => s.id === target.id);
  const speaker = statement && data.people.find((p) => p.id === statement.personId);
  if (!statement?.origin || !speaker) return null;
  const own = ownPerson(speaker, data, makeId, now);
  const { origin: _origin, ...rest } = statement;
  const copy: Statement = { ...rest, id: makeId('s'), personId: own.person.id, createdAt: now, updatedAt: now };
  return { people: own.reused ? [] : [own.person], statements: [copy], person: own.person, reused: own.reused };
}
