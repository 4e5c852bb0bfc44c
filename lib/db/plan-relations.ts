import type { Relation } from '@/lib/core/records';
import type { Pack } from '@/lib/pack/pack-schema';
import type { OnRecordDb } from './database-schema';
import { getKnown } from './known-rows';
import type { WriteCounts } from './write-counts';

/** Plans a pack's relations: a relation already stored (same id, or same statements and type) is merged. */
export async function planRelations(
  db: OnRecordDb,
  pack: Pack,
  statementIds: Map<string, string>,
  now: string,
  counts: WriteCounts,
) {
  // A relation whose statement was skipped (an id conflict the reader chose to skip) is skipped with it.
  const incoming = pack.relations.flatMap((r) => {
    const fromId = statementIds.get(r.fromId);
    const toId = statementIds.get(r.toId);
    return fromId === undefined || toId === undefined ? [] : [{ ...r, fromId, toId }];
  });
  const [byId, sameFrom] = await Promise.all([
    getKnown(
      db.relations,
      incoming.map((r) => r.id),
    ),
    db.relations
      .where('fromId')
      .anyOf([...new Set(incoming.map((r) => r.fromId))])
      .toArray(),
  ]);
  const ids = new Set(byId.filter((r) => r !== undefined).map((r) => r.id));
  const same = new Set(sameFrom.map(relationKey));
  const added: Relation[] = [];
  for (const r of incoming) {
    if (ids.has(r.id) || same.has(relationKey(r))) {
      counts.relations.merged++;
      continue;
    }
    added.push({ ...r, createdAt: r.createdAt ?? now });
    // Same statements and type match only relations there before this import, as statements do.
    ids.add(r.id);
    counts.relations.added++;
  }
  return added;
}

function relationKey(r: { fromId: string; toId: string; type: string }): string {
  return `${r.fromId}\u0000${r.toId}\u0000${r.type}`;
}
