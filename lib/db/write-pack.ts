import type { Person, Relation, Review } from '@/lib/core/records';
import { linkKeys } from '@/lib/factcheck/link-keys';
import { nameKey } from '@/lib/match/name-keys';
import type { Pack } from '@/lib/pack/pack-schema';
import { markStorable } from '@/lib/pack/storable';
import type { OnRecordDb, PersonRow, StatementRow } from './database-schema';
import { mergePerson } from './merge-records';
import {
  type ConflictChoice,
  type ConflictChoices,
  freshId,
  type IdConflict,
  kindClashes,
  type PersonConflict,
} from './pack-conflicts';
import { toPerson, toPersonRow } from './person-row';
import { placeReviews } from './place-reviews';
import { planRelations } from './plan-relations';
import { planStatements } from './plan-statements';
import { reviewsInRow } from './review-rows';
import type { WriteCounts } from './write-counts';
import { planReviews } from './write-reviews';

export type { ConflictChoice, ConflictChoices, IdConflict, PersonConflict, WriteCounts };

/** The rows an import writes, worked out from the pack and the library as it stands, and what they amount to. */
export interface WritePlan {
  counts: WriteCounts;
  people: PersonRow[];
  statements: StatementRow[];
  relations: Relation[];
  /** The reviews kept as rows of `reviews`; the others are inside `statements` (lib/db/review-rows.ts). */
  reviews: Review[];
  /** Review rows that moved inside their statement's row. */
  reviewRowsGone: string[];
}

/**
 * Writes a checked pack inside the caller's transaction with the merge rules of docs/pack-format.md: plans it,
 * then writes the plan.
 */
export async function writePack(
  db: OnRecordDb,
  pack: Pack,
  now: string,
  conflicts: ConflictChoices = {},
): Promise<WriteCounts> {
  const plan = await planPack(db, pack, now, conflicts);
  await writePlan(db, plan);
  return plan.counts;
}

/**
 * Works out what a pack adds and merges, reading only: what it compares against comes from a few batched index
 * queries (none at all for statements when the library holds none), so a 100,000-statement pack costs a handful
 * of requests per table, not several per record. An import preview is this alone, with no write to roll back.
 */
export async function planPack(
  db: OnRecordDb,
  pack: Pack,
  now: string,
  conflicts: ConflictChoices = {},
): Promise<WritePlan> {
  const counts: WriteCounts = {
    people: { added: 0, merged: 0 },
    statements: { added: 0, merged: 0 },
    relations: { added: 0, merged: 0 },
    reviews: { added: 0, merged: 0 },
    conflicts: [],
    personConflicts: [],
  };
  const people = await planPeople(db, pack, now, counts, conflicts.people ?? 'skip');
  const statements = await planStatements(db, pack, people.ids, now, counts, conflicts.statements ?? 'skip');
  const relations = await planRelations(db, pack, statements.ids, now, counts);
  const inside = [...statements.stored.values()].flatMap(reviewsInRow);
  const planned = await planReviews(db, pack.reviews ?? [], people.ids, statements.ids, now, counts.reviews, inside);
  // Always placed, so a statement the import rewrites keeps the reviews inside it without another read.
  const placed = await placeReviews(db, statements, planned.reviews, planned.storedRowIds);
  return {
    counts,
    people: people.rows,
    statements: placed.statements,
    relations,
    reviews: placed.reviews,
    reviewRowsGone: placed.gone,
  };
}

/** Writes a plan with one bulk request per table, inside the caller's transaction. */
export async function writePlan(db: OnRecordDb, plan: WritePlan): Promise<void> {
  await db.people.bulkPut(plan.people);
  await db.statements.bulkPut(plan.statements);
  await db.relations.bulkAdd(plan.relations);
  if (plan.reviewRowsGone.length > 0) await db.reviews.bulkDelete(plan.reviewRowsGone);
  if (plan.reviews.length > 0) await db.reviews.bulkPut(plan.reviews);
}

async function planPeople(db: OnRecordDb, pack: Pack, now: string, counts: WriteCounts, choice: ConflictChoice) {
  const ids = pack.people.map((p) => p.id);
  // Name keys and `sameAs` link keys share the people's `keys` index: one query finds both.
  const keys = [...new Set(pack.people.flatMap((p) => [nameKey(p.name), ...linkKeys(p.links)]))];
  const [byIdRows, byNameRows] = await Promise.all([
    db.people.bulkGet(ids),
    db.people.where('keys').anyOf(keys).toArray(),
  ]);
  // Rows as they stand during this import; a person merged twice builds on the first merge.
  const current = new Map<string, Person>();
  for (const row of [...byNameRows, ...byIdRows]) if (row) current.set(row.id, toPerson(row));
  const clashes = kindClashes(byIdRows, pack, counts.personConflicts);
  const byName = new Map<string, string>();
  for (const row of byNameRows) for (const k of row.keys) if (!byName.has(k)) byName.set(k, row.id);
  const mapped = new Map<string, string>();
  const fresh = new Set<string>();
  for (const p of pack.people) {
    const incoming: Person = { ...p, createdAt: p.createdAt ?? now, updatedAt: p.updatedAt ?? now };
    if (clashes.has(p.id)) {
      // Skipped: the person is left out, and their statements and relations with them. Otherwise added as the
      // pack has it, under its id (replacing the stored record) or under a new one.
      if (choice === 'skip') continue;
      const placed = choice === 'new' ? { ...incoming, id: freshId(p.id, current) } : incoming;
      counts.people.added++;
      current.set(placed.id, placed);
      fresh.add(placed.id);
      mapped.set(p.id, placed.id);
      continue;
    }
    // By a shared link, else by name, only against people there before this import: two namesakes in one pack
    // stay two people. A link names one person for sure; a name may be a namesake's.
    const byLink = linkKeys(p.links).find((k) => byName.has(k));
    const existingId = current.has(p.id) ? p.id : byName.get(byLink ?? nameKey(p.name));
    const existing = existingId ? current.get(existingId) : undefined;
    // A new person is the pack check's output, so the library's door need not check it again; a merge is checked.
    const person = existing ? mergePerson(existing, incoming, now) : incoming;
    if (!existing) fresh.add(person.id);
    counts.people[existing ? 'merged' : 'added']++;
    current.set(person.id, person);
    mapped.set(p.id, person.id);
  }
  const rows = [...new Set(mapped.values())].flatMap((id) => {
    const person = current.get(id);
    if (!person) return [];
    const row = toPersonRow(person);
    return fresh.has(id) ? markStorable(row) : row;
  });
  return { ids: mapped, rows };
}
