/**
 * Keeps the reviews stored inside a statement's row (schema version 8, lib/db/review-rows.ts) when the statement
 * is written again by code that knows only the shared Statement (an edit, a capture merge, an undo): a put whose
 * row does not say which reviews it holds gets the stored row's. Writers that decide a row's reviews themselves
 * (imports, subscriptions, the review store) mark it, so a large import reads nothing more.
 */
import { type DBCore, type DBCoreMutateRequest, type DBCoreTable, Dexie, type Middleware } from 'dexie';
import { hasDecidedReviews, type StatementRow } from './review-rows';

function keepReviews(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req) {
      if (req.type !== 'put') return table.mutate(req);
      const open = req.values
        .map((value, i) => [value as StatementRow, i] as const)
        .filter(([value]) => !hasDecidedReviews(value));
      if (open.length === 0) return table.mutate(req);
      const keys = open.map(([value, i]) => req.keys?.[i] ?? value.id);
      // Dexie's own promise runs the write in this transaction's zone, which the layers below read.
      return Dexie.Promise.resolve(table.getMany({ trans: req.trans, keys })).then((stored) =>
        table.mutate(withStored(req, open, stored as (StatementRow | undefined)[])),
      );
    },
  };
}

function withStored(
  req: DBCoreMutateRequest & { type: 'put' },
  open: readonly (readonly [StatementRow, number])[],
  stored: readonly (StatementRow | undefined)[],
): DBCoreMutateRequest {
  const values = [...req.values];
  open.forEach(([value, i], at) => {
    const reviews = stored[at]?.reviews;
    if (reviews && reviews.length > 0) values[i] = { ...value, reviews };
  });
  return { ...req, values };
}

/** The middleware OnRecordDb installs on itself, for the statements table only. */
export const reviewKeeper: Middleware<DBCore> = {
  stack: 'dbcore',
  // Below Dexie's hooks (level 2), so a row's reviews are read at the last step; after the write guard.
  level: 1,
  name: 'onrecord-review-keeper',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        return name === 'statements' ? keepReviews(table) : table;
      },
    };
  },
};
