/**
 * A file's records become the reader's own when imported: the layer fields only the subscription engine sets
 * (`origin`, a relation's `withdrawn` end) are dropped, so a file, such as a backup holding subscribed records,
 * can never pose as a subscription or mark a relation withdrawn.
 */
import type { Pack } from './pack-schema';

type Layered = { origin?: string; withdrawn?: unknown };

function own<T extends Layered>(records: T[]): T[] {
  if (!records.some((r) => r.origin !== undefined || r.withdrawn !== undefined)) return records;
  return records.map(({ origin: _origin, withdrawn: _withdrawn, ...rest }) => rest as T);
}

/** The pack with every record the reader's own; the same object when none carried a layer field. */
export function asOwnRecords(pack: Pack): Pack {
  const people = own(pack.people);
  const statements = own(pack.statements);
  const relations = own(pack.relations);
  const reviews = own(pack.reviews ?? []);
  const same =
    people === pack.people &&
    statements === pack.statements &&
    relations === pack.relations &&
    reviews === (pack.reviews ?? []);
  return same ? pack : { ...pack, people, statements, relations, reviews };
}
