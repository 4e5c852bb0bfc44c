/**
 * The library's one door, as a Dexie middleware: every put and add to people, statements, relations and reviews, from
 * any page of the extension and any code path, goes through lib/pack/storable before IndexedDB sees it. A
 * record that cannot be fitted to the pack format fails its write (and so its whole transaction) with a message.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Relation, Review } from '@/lib/core/records';
import {
  isMarkedStorable,
  markStorable,
  storablePerson,
  storableRelation,
  storableReview,
  storableStatement,
} from '@/lib/pack/storable';
import { type PersonRow, toPerson, toPersonRow } from './person-row';
import { fromEmbedded, hasDecidedReviews, markReviewsDecided, type StatementRow, toEmbedded } from './review-rows';

/** A statement row and the reviews inside it (schema version 8), each fitted as its own record would be. */
function storableStatementRow(row: StatementRow): StatementRow {
  if (isMarkedStorable(row)) return row;
  if (!row.reviews) {
    const fitted = storableStatement(row);
    return hasDecidedReviews(row) ? markReviewsDecided(fitted) : fitted;
  }
  const { reviews, ...plain } = row;
  const statement = storableStatement(plain);
  const inside = reviews.map((r) => toEmbedded(storableReview(fromEmbedded(r, statement))));
  const fitted = markStorable({ ...statement, reviews: inside });
  return hasDecidedReviews(row) ? markReviewsDecided(fitted) : fitted;
}

const FIT: Record<string, (value: unknown) => unknown> = {
  people: (row) =>
    isMarkedStorable(row as object) ? row : markStorable(toPersonRow(storablePerson(toPerson(row as PersonRow)))),
  statements: (row) => storableStatementRow(row as StatementRow),
  relations: (row) => storableRelation(row as Relation),
  reviews: (row) => storableReview(row as Review),
};

/** Whether a write runs inside a schema upgrade, where a refusal would leave the library unopenable. */
function inUpgrade(req: DBCoreMutateRequest): boolean {
  return (req.trans as unknown as { mode?: string }).mode === 'versionchange';
}

function fitAll(fitRecord: (value: unknown) => unknown, values: readonly unknown[], upgrading: boolean): unknown[] {
  return values.map((value) => {
    if (!upgrading) return fitRecord(value);
    // An upgrade fits what it can and keeps the rest as it was: a migration never drops or blocks a record.
    try {
      return fitRecord(value);
    } catch (e) {
      console.warn('OnRecord: a record kept as it was during an upgrade', e);
      return value;
    }
  });
}

function guardTable(table: DBCoreTable, fitRecord: (value: unknown) => unknown): DBCoreTable {
  return {
    ...table,
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      return table.mutate({ ...req, values: fitAll(fitRecord, req.values, inUpgrade(req)) });
    },
  };
}

/** The middleware OnRecordDb installs on itself. */
export const storableGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'onrecord-storable',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        const fitRecord = FIT[name];
        return fitRecord ? guardTable(table, fitRecord) : table;
      },
    };
  },
};
