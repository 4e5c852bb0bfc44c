import type { Person, Relation, Statement } from '@/lib/core/records';
import type { OnRecordDb } from './database-schema';
import { listPeople } from './repos-people';
import { listRelations } from './repos-relations';
import { listStatements } from './repos-statements';

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
