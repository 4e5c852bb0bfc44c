import { t } from '@/lib/core/i18n';
import type { Person, Relation, Statement } from '@/lib/core/records';
import type { OnRecordDb } from './database-schema';
import { mergePerson } from './merge-records';
import { toPerson, toPersonRow } from './person-row';
import { toStatement, toStatementRow } from './repos-statements';
import { gatherReviews, releaseReviews } from './review-store';

/** Records a delete removed, kept by the manager so Undo can put them back exactly as they were. */
export interface Removed {
  people: Person[];
  statements: Statement[];
  relations: Relation[];
}

/** Deletes statements and every relation touching them, in one transaction; returns what went. */
export function deleteStatements(db: OnRecordDb, ids: string[]): Promise<Removed> {
  return removeRecords(db, [], ids);
}

/** Deletes people with everything they said and every relation touching it; returns what went. */
export async function deletePeople(db: OnRecordDb, personIds: string[]): Promise<Removed> {
  return db.transaction('rw', [db.people, db.statements, db.relations, db.reviews], async () => {
    const said = await db.statements.where('personId').anyOf(personIds).primaryKeys();
    return removeRecords(db, personIds, said as string[]);
  });
}

/** Deletes one relation. */
export async function deleteRelation(db: OnRecordDb, id: string): Promise<Removed> {
  const relation = await db.relations.get(id);
  await db.relations.delete(id);
  return { people: [], statements: [], relations: relation ? [relation] : [] };
}

/** Puts back what a delete removed (Undo), in one transaction, with the reviews of its statements. */
export function restoreRecords(db: OnRecordDb, removed: Removed): Promise<void> {
  return db.transaction('rw', [db.people, db.statements, db.relations, db.reviews], async () => {
    await db.people.bulkPut(removed.people.map(toPersonRow));
    await db.statements.bulkPut(removed.statements.map(toStatementRow));
    await db.relations.bulkPut(removed.relations);
    await gatherReviews(
      db,
      removed.statements.map((s) => s.id),
    );
  });
}

/**
 * Folds `goneId` into `keepId`: the kept person gains the other's name as an alias, their aliases and roles,
 * and every statement; the other person is deleted. For two records a reader sees are the same person.
 */
export async function mergePeople(db: OnRecordDb, keepId: string, goneId: string): Promise<Person> {
  if (keepId === goneId) throw new Error(t('writeErrorMergeSelf'));
  return db.transaction('rw', [db.people, db.statements, db.speakerChoices, db.reviews], async () => {
    const [keep, gone] = await db.people.bulkGet([keepId, goneId]);
    if (!keep || !gone) throw new Error(t('writeErrorPeopleGone'));
    const now = new Date().toISOString();
    const merged = mergePerson(toPerson(keep), { ...toPerson(gone), updatedAt: now }, now);
    await db.people.put(toPersonRow({ ...merged, updatedAt: now }));
    await db.statements
      .where('personId')
      .equals(goneId)
      .modify((row) => {
        row.personId = keepId;
        row.updatedAt = now;
      });
    // A quote the reader gave to the merged-away person now belongs to the one kept.
    await db.speakerChoices.where('personId').equals(goneId).modify({ personId: keepId });
    // So are the claims fact-checkers reviewed: the card finds reviews by claimant.
    await db.reviews.where('claimantId').equals(goneId).modify({ claimantId: keepId, updatedAt: now });
    await db.people.delete(goneId);
    return merged;
  });
}

/**
 * Empties the library (after the reader confirmed, and was offered an export), with the dismissed suggestions
 * that pointed into it and the speakers the reader chose (they name its people). Settings (prefs: which sites
 * remember quotes) are opt-ins, not library, and stay.
 */
export function clearLibrary(db: OnRecordDb): Promise<void> {
  // Recently deleted goes too: "everything" must not leave a restorable copy behind.
  // Subscriptions go with their records: a subscription kept over an emptied library would claim records it
  // no longer has, and its next unchanged check (a 304) would not bring them back.
  const tables = [
    db.people,
    db.statements,
    db.relations,
    db.reviews,
    db.dismissals,
    db.speakerChoices,
    db.trash,
    db.subscriptions,
    db.unsubscribed,
  ];
  return db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}

async function removeRecords(db: OnRecordDb, personIds: string[], statementIds: string[]): Promise<Removed> {
  return db.transaction('rw', [db.people, db.statements, db.relations, db.reviews], async () => {
    const [people, statements, from, to] = await Promise.all([
      db.people.bulkGet(personIds),
      db.statements.bulkGet(statementIds),
      db.relations.where('fromId').anyOf(statementIds).toArray(),
      db.relations.where('toId').anyOf(statementIds).toArray(),
    ]);
    const relations = [...new Map([...from, ...to].map((r) => [r.id, r])).values()];
    await db.relations.bulkDelete(relations.map((r) => r.id));
    // The reviews inside them stay in the library as rows, naming the statement, as a Restore finds them.
    await releaseReviews(db, statementIds);
    await db.statements.bulkDelete(statementIds);
    await db.people.bulkDelete(personIds);
    return {
      people: people.filter((p) => p !== undefined).map(toPerson),
      statements: statements.filter((s) => s !== undefined).map(toStatement),
      relations,
    };
  });
}
