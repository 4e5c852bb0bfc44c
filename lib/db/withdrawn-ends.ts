/**
 * The reader's relations across layers: a relation the reader made to a subscribed statement stays when the
 * publisher withdraws that statement (or the reader unsubscribes), marked with what the statement said and who
 * said it, and loses the mark when the statement comes back.
 */
import type { Relation, Statement, WithdrawnEnd } from '@/lib/core/records';
import type { OnRecordDb } from './database-schema';

/**
 * The reader's relation as it should now stand, or null when it needs no write: marked when an end is among
 * the statements withdrawn, unmarked when its withdrawn end is in the library again.
 */
export function withdrawnMark(
  relation: Relation,
  withdrawn: ReadonlyMap<string, WithdrawnEnd>,
  present: (id: string) => boolean,
): Relation | null {
  const gone = withdrawn.get(relation.toId) ?? withdrawn.get(relation.fromId);
  if (gone) return relation.withdrawn?.id === gone.id ? null : { ...relation, withdrawn: gone };
  if (relation.withdrawn && present(relation.withdrawn.id)) {
    const { withdrawn: _gone, ...back } = relation;
    return back;
  }
  return null;
}

/** What a withdrawn statement leaves on the relations pointing to it: its words and its speaker's name. */
export function withdrawnEnds(
  statements: readonly Statement[],
  nameOf: (personId: string) => string | undefined,
): Map<string, WithdrawnEnd> {
  return new Map(
    statements.map((s) => [s.id, { id: s.id, text: s.text, personName: nameOf(s.personId) ?? s.personId }]),
  );
}

/**
 * Marks and unmarks the reader's own relations (those without an origin) inside the caller's transaction.
 * Reads the relations once: the reader's are few beside a large subscription, and carry no origin to index.
 */
export async function markReaderRelations(
  db: OnRecordDb,
  withdrawn: ReadonlyMap<string, WithdrawnEnd>,
  present: (id: string) => boolean,
): Promise<number> {
  const own = await db.relations.filter((r) => r.origin === undefined).toArray();
  const changed = own.flatMap((r) => {
    const next = withdrawnMark(r, withdrawn, present);
    return next ? [next] : [];
  });
  if (changed.length > 0) await db.relations.bulkPut(changed);
  return changed.length;
}
