import { Dexie, type EntityTable } from 'dexie';
import type { Person, Relation, Statement } from './types';

/** A person as stored: the record plus derived index keys, so a name lookup is one index query. */
export interface PersonRow extends Person {
  /** nameKey of the name and of each alias (lib/match/names). */
  keys: string[];
  /** Every folded token of the name and aliases, for bare-surname lookups. */
  tokens: string[];
}

/** The database name, shared by the background and every extension page (all in the extension origin). */
export const DB_NAME = 'onrecord';

/** The reader's library: people, their statements, and typed relations between statements. */
export class OnRecordDb extends Dexie {
  people!: EntityTable<PersonRow, 'id'>;
  statements!: EntityTable<Statement, 'id'>;
  relations!: EntityTable<Relation, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      people: 'id, name, *keys, *tokens, updatedAt',
      statements: 'id, personId, date, [personId+date], *tags, updatedAt',
      relations: 'id, fromId, toId, type',
    });
  }
}
