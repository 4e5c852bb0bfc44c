import type { Person, Relation, Review, Statement } from '@/lib/core/records';
import { linkKeys } from '@/lib/factcheck/link-keys';
import { nameKey } from '@/lib/match/name-keys';
import { quoteWords } from '@/lib/match/quote-text';
import { findSameUtterance } from '@/lib/match/same-utterance';
import type { Pack } from '@/lib/pack/pack-schema';
import { markStorable } from '@/lib/pack/storable';
import type { OnRecordDb, PersonRow, StatementRow } from './database-schema';
import { mergePerson, mergeStatement } from './merge-records';
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
import { toStatement, toStatementRow } from './repos-statements';
import { reviewsInRow } from './review-rows';
import { planReviews } from './write-reviews';

export type { ConflictChoice, ConflictChoices, IdConflict, PersonConflict };

/** Counts of records a pack added and merged, per kind, and the id conflicts found. */
export interface WriteCounts {
  people: { added: number; merged: number };
  statements: { added: number; merged: number };
  relations: { added: number; merged: number };
  reviews: { added: number; merged: number };
  conflicts: IdConflict[];
  /** Pack people whose id is a stored record of the other kind (person / organisation). */
  personConflicts: PersonConflict[];
}

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

async function planStatements(
  db: OnRecordDb,
  pack: Pack,
  personIds: Map<string, string>,
  now: string,
  counts: WriteCounts,
  choice: ConflictChoice,
) {
  // A statement of a person left out (a kind conflict the reader chose to skip) is left out with them.
  const incoming = pack.statements.flatMap((s) => {
    const personId = personIds.get(s.personId);
    return personId === undefined ? [] : [{ ...s, personId }];
  });
  // Everything the pack's speakers already said: the only statements a new one can be the same as. Records
  // with the pack's ids are among them unless a different person said them; only those are looked up by id.
  const speakers = [...new Set(incoming.map((s) => s.personId))];
  const stored = (await db.statements.count()) > 0;
  const candidates = stored ? await db.statements.where('personId').anyOf(speakers).toArray() : [];
  const read = new Set(candidates.map((s) => s.id));
  const byIdRows = stored
    ? await getKnown(
        db.statements,
        incoming.map((s) => s.id).filter((id) => !read.has(id)),
      )
    : [];
  const current = new Map<string, Statement>();
  // Statements by person and day; words are compared only within one, so most records never need them.
  const sameDay = new Map<string, string[]>();
  const words = new Map<string, string>();
  const wordsOf = (s: Statement) => {
    const known = words.get(s.id);
    if (known !== undefined) return known;
    const found = quoteWords(s.text);
    words.set(s.id, found);
    return found;
  };
  // Same words match only statements there before this import: a library holding one sentence twice (typed
  // twice in the manager) exports both, and its backup must restore both.
  const remember = (s: Statement, stored: boolean) => {
    if (stored && !current.has(s.id)) sameDay.set(dayKey(s), [...(sameDay.get(dayKey(s)) ?? []), s.id]);
    current.set(s.id, s);
    words.delete(s.id);
  };
  const sameWords = (s: Statement) =>
    sameDay.get(dayKey(s))?.find((id) => {
      const stored = current.get(id);
      return stored !== undefined && wordsOf(stored) === wordsOf(s);
    });
  const storedRows = new Map<string, StatementRow>();
  for (const row of [...candidates, ...byIdRows]) {
    if (!row) continue;
    storedRows.set(row.id, row);
    remember(toStatement(row), true);
  }
  const overlapping = overlapIndex([...current.values()]);
  const mapped = new Map<string, string>();
  const changed = new Set<string>();
  for (const s of incoming) {
    let full: Statement = markStorable({ ...s, createdAt: s.createdAt ?? now, updatedAt: s.updatedAt ?? now });
    const clash = current.get(s.id);
    if (clash && clash.personId !== s.personId && !mapped.has(s.id)) {
      counts.conflicts.push({ id: s.id, incoming: s.text, stored: clash.text });
      if (choice === 'skip') continue;
      if (choice === 'replace') {
        counts.statements.added++;
        current.set(s.id, full);
        changed.add(s.id);
        mapped.set(s.id, s.id);
        continue;
      }
      full = markStorable({ ...full, id: freshId(s.id, current) });
    }
    const existingId = current.has(full.id) ? full.id : (sameWords(full) ?? overlapping(full));
    words.delete(full.id);
    const existing = existingId ? current.get(existingId) : undefined;
    const statement = existing ? mergeStatement(existing, full, now) : full;
    counts.statements[existing ? 'merged' : 'added']++;
    if (statement !== existing) changed.add(statement.id);
    remember(statement, false);
    mapped.set(s.id, statement.id);
  }
  const rows = [...changed].flatMap((id) => {
    const statement = current.get(id);
    return statement ? [toStatementRow(statement)] : [];
  });
  return { ids: mapped, rows, stored: storedRows };
}

async function planRelations(
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

/** The two table methods getKnown needs, so it takes any of the library's tables. */
interface KeyedTable<T> {
  bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>;
  toCollection(): { primaryKeys(): PromiseLike<string[]> };
}

/**
 * The stored records with these ids. A large pack reads the table's keys once (one cursor) and fetches only the
 * ids that exist, instead of one request per id, most of which find nothing on a first import.
 */
async function getKnown<T>(table: KeyedTable<T>, ids: string[]): Promise<T[]> {
  if (ids.length < 1000) return (await table.bulkGet(ids)).filter((r) => r !== undefined);
  const keys = new Set(await table.toCollection().primaryKeys());
  const known = ids.filter((id) => keys.has(id));
  return known.length ? (await table.bulkGet(known)).filter((r) => r !== undefined) : [];
}

/**
 * Finds, among the statements stored before the import, one a pack statement quotes part of (or more of): the
 * same utterance, by the same person, on the same day or reported at the same address. Only those few are
 * compared, so a large pack stays linear; statements within one pack are compared by their whole words only.
 */
function overlapIndex(stored: Statement[]): (s: Statement) => string | undefined {
  const near = new Map<string, Statement[]>();
  const add = (key: string, s: Statement) => near.set(key, [...(near.get(key) ?? []), s]);
  for (const s of stored) {
    add(dayKey(s), s);
    for (const src of s.sources) add(`${s.personId}\u0000${src.url}`, s);
  }
  return (s) => {
    const keys = [dayKey(s), ...s.sources.map((src) => `${s.personId}\u0000${src.url}`)];
    const candidates = [...new Set(keys.flatMap((k) => near.get(k) ?? []))];
    return candidates.length ? findSameUtterance(s, candidates)?.id : undefined;
  };
}

/** Same person, same day (or both undated). */
function dayKey(s: Statement): string {
  return `${s.personId}\u0000${s.date ?? ''}`;
}

function relationKey(r: { fromId: string; toId: string; type: string }): string {
  return `${r.fromId}\u0000${r.toId}\u0000${r.type}`;
}
