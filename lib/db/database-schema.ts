import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Dismissal, Pref, Relation, Review, SpeakerChoice, TrashEntry } from '@/lib/core/records';
import type { Subscription } from '@/lib/core/subscriptions';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './migrations';
import type { PersonRow } from './person-row';
import { reviewKeeper } from './review-keeper';
import type { StatementRow } from './review-rows';
import { storableGuard } from './storable-guard';
import type { UnsubscribedEntry } from './subscribed-records';

export type { PersonRow } from './person-row';
export type { StatementRow } from './review-rows';

/** The database name, shared by the background and every extension page (all in the extension origin). */
export const DB_NAME = 'onrecord';

/**
 * The reader's library: people, their statements, typed relations between statements; dismissals, prefs and
 * the reader's speaker choices.
 */
export class OnRecordDb extends Dexie {
  people!: EntityTable<PersonRow, 'id'>;
  statements!: EntityTable<StatementRow, 'id'>;
  relations!: EntityTable<Relation, 'id'>;
  /** Possible-tension suggestions the reader dismissed, by tensionKey. */
  dismissals!: EntityTable<Dismissal, 'key'>;
  /** The reader's settings that only extension pages and the background may read. */
  prefs!: EntityTable<Pref, 'key'>;
  /** Deleted records, restorable for TRASH_DAYS (lib/db/trash.ts); never read by the card or search. */
  trash!: EntityTable<TrashEntry, 'id'>;
  /** The reader's "Not this speaker?" answers, by page URL and quote text. */
  speakerChoices!: Table<SpeakerChoice, [string, string]>;
  /**
   * Fact-checkers' reviews of claims (schema version 6) that are not kept inside their statement's row (version 8,
   * lib/db/review-rows.ts); read every review through lib/db/review-store.ts.
   */
  reviews!: EntityTable<Review, 'id'>;
  /** Subscribed packs (schema version 7): their addresses, validators and schedule. */
  subscriptions!: EntityTable<Subscription, 'id'>;
  /** What an unsubscribe removed (schema version 7), kept so it can be undone. */
  unsubscribed!: EntityTable<UnsubscribedEntry, 'id'>;

  /** `upTo` opens an older schema version; only migration tests need it. */
  constructor(
    name: string = DB_NAME,
    options?: ConstructorParameters<typeof Dexie>[1],
    upTo: number = CURRENT_VERSION,
  ) {
    super(name, options);
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    // Every write goes through the pack schema, so the library only ever holds what a backup can carry.
    this.use(storableGuard);
    // A statement written without its reviews keeps the stored ones (below the guard: it sees rows as fitted).
    this.use(reviewKeeper);
  }
}
