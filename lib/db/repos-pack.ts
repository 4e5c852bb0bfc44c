import { nameKey } from '../match/names';
import { quoteWords } from '../match/quote-text';
import { checkPack, parsePack, type Rejection } from '../pack/parse-pack';
import { PACK_FORMAT, PACK_VERSION, type Pack, type PackMeta } from '../pack/schema';
import { mergePerson, mergeStatement } from './merge-records';
import { toPerson, toPersonRow } from './repos-people';
import { toStatement, toStatementRow } from './repos-statements';
import type { OnRecordDb } from './schema';
import type { Person, Relation, Statement } from './types';

/** What an import did (or would do), for the reader: new records, records folded in, records left out. */
export interface ImportSummary {
  people: { added: number; merged: number };
  statements: { added: number; merged: number };
  relations: { added: number; merged: number };
  /** Records left out, each with its reason (only with `skipRejected`; otherwise any makes the import fail). */
  rejected: Rejection[];
}

/** An import that was refused, with every problem found; nothing was written. */
export class PackError extends Error {
  constructor(readonly errors: string[]) {
    super(`Not a valid OnRecord pack:\n${errors.join('\n')}`);
    this.name = 'PackError';
  }
}

/** How strict an import is. */
export interface ImportOptions {
  /** Import the valid records and report the rest, instead of refusing the whole pack. */
  skipRejected?: boolean;
}

/**
 * Adds a pack to the library in one transaction: all of it or none. Records already there (same id, or the
 * same person by name, or the same words by the same person on the same day) are merged, never overwritten:
 * the reader's names, words and notes stay; new aliases, roles, sources and tags are added.
 */
export async function importPack(db: OnRecordDb, input: unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  const { pack, rejected } = accept(input, options);
  return db.transaction('rw', db.people, db.statements, db.relations, () => writePack(db, pack, rejected));
}

/** What importing would do, worked out by importing in a transaction that is then rolled back. */
export async function previewImport(db: OnRecordDb, input: unknown): Promise<ImportSummary & { meta: PackMeta }> {
  const { pack, rejected } = accept(input, { skipRejected: true });
  let summary: ImportSummary | undefined;
  try {
    await db.transaction('rw', db.people, db.statements, db.relations, async () => {
      summary = await writePack(db, pack, rejected);
      throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  return { ...summary!, meta: pack.meta };
}

class DryRun extends Error {}

function accept(input: unknown, options: ImportOptions): { pack: Pack; rejected: Rejection[] } {
  if (!options.skipRejected) {
    const parsed = parsePack(input);
    if (!parsed.ok) throw new PackError(parsed.errors);
    return { pack: parsed.pack, rejected: [] };
  }
  const checked = checkPack(input);
  if (!checked.ok) throw new PackError(checked.errors);
  return checked;
}

async function writePack(db: OnRecordDb, pack: Pack, rejected: Rejection[]): Promise<ImportSummary> {
  const now = new Date().toISOString();
  const summary: ImportSummary = {
    people: { added: 0, merged: 0 },
    statements: { added: 0, merged: 0 },
    relations: { added: 0, merged: 0 },
    rejected,
  };
  const personIds = new Map<string, string>();
  const added = new Set<string>();
  for (const p of pack.people) {
    // By name only against people there before this import: two namesakes in one pack stay two people.
    const byName = await db.people.where('keys').equals(nameKey(p.name)).first();
    const existing = (await db.people.get(p.id)) ?? (byName && !added.has(byName.id) ? byName : undefined);
    const incoming: Person = { ...p, createdAt: p.createdAt ?? now, updatedAt: p.updatedAt ?? now };
    const person = existing ? mergePerson(toPerson(existing), incoming, now) : incoming;
    summary.people[existing ? 'merged' : 'added']++;
    if (!existing) added.add(person.id);
    personIds.set(p.id, person.id);
    await db.people.put(toPersonRow(person));
  }
  const statementIds = new Map<string, string>();
  for (const s of pack.statements) {
    const personId = personIds.get(s.personId)!;
    const stored = (await db.statements.get(s.id)) ?? (await findSameStatement(db, personId, s.text, s.date));
    const existing = stored && toStatement(stored);
    const incoming: Statement = { ...s, personId, createdAt: s.createdAt ?? now, updatedAt: s.updatedAt ?? now };
    const statement = existing ? mergeStatement(existing, incoming, now) : incoming;
    summary.statements[existing ? 'merged' : 'added']++;
    statementIds.set(s.id, statement.id);
    if (statement !== existing) await db.statements.put(toStatementRow(statement));
  }
  for (const r of pack.relations) {
    const fromId = statementIds.get(r.fromId)!;
    const toId = statementIds.get(r.toId)!;
    const same = db.relations
      .where('fromId')
      .equals(fromId)
      .and((x) => x.toId === toId && x.type === r.type);
    if ((await db.relations.get(r.id)) || (await same.count()) > 0) {
      summary.relations.merged++;
      continue;
    }
    await db.relations.add({ ...r, fromId, toId, createdAt: r.createdAt ?? now });
    summary.relations.added++;
  }
  return summary;
}

/** The whole library as a pack, for backup or sharing. */
export async function exportPack(db: OnRecordDb, meta: PackMeta): Promise<Pack> {
  const [people, statements, relations] = await db.transaction('r', db.people, db.statements, db.relations, () =>
    Promise.all([db.people.toArray(), db.statements.toArray(), db.relations.toArray()]),
  );
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    meta,
    people: people.map(toPerson),
    statements: statements.map(toStatement),
    relations: relations as Relation[],
  };
}

/** Whether the library holds nothing at all, so first-run data never lands on a reader's own records. */
export async function isLibraryEmpty(db: OnRecordDb): Promise<boolean> {
  const counts = await Promise.all([db.people.count(), db.statements.count(), db.relations.count()]);
  return counts.every((n) => n === 0);
}

async function findSameStatement(db: OnRecordDb, personId: string, text: string, date?: string) {
  const words = quoteWords(text);
  // The compound index narrows to one person's one day; an undated statement compares with the undated only.
  const mine = date
    ? await db.statements.where('[personId+date]').equals([personId, date]).toArray()
    : await db.statements
        .where('personId')
        .equals(personId)
        .filter((s) => s.date === undefined)
        .toArray();
  return mine.find((s) => quoteWords(s.text) === words);
}
