import type { Relation } from '@/lib/core/records';
import { storableRelation } from '@/lib/pack/storable';
import type { OnRecordDb } from './database-schema';

/** Every relation touching any of these statements, either end, each once. */
export async function relationsOf(db: OnRecordDb, statementIds: string[]): Promise<Relation[]> {
  const ids = [...new Set(statementIds)];
  if (ids.length === 0) return [];
  const [from, to] = await Promise.all([
    db.relations.where('fromId').anyOf(ids).toArray(),
    db.relations.where('toId').anyOf(ids).toArray(),
  ]);
  const seen = new Map<string, Relation>();
  for (const r of [...from, ...to]) seen.set(r.id, r);
  return [...seen.values()];
}

/** Every relation, for the manager. */
export async function listRelations(db: OnRecordDb): Promise<Relation[]> {
  return db.relations.toArray();
}

/** Creates or replaces a relation, stamping createdAt on first write. */
export async function putRelation(db: OnRecordDb, relation: Relation): Promise<Relation> {
  const stored = storableRelation({ ...relation, createdAt: relation.createdAt || new Date().toISOString() });
  await db.relations.put(stored);
  return stored;
}
