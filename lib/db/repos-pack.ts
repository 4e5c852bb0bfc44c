import { nameKey } from '../match/names';
import { quoteWords } from '../match/quote-text';
import { parsePack } from '../pack/parse-pack';
import { PACK_FORMAT, PACK_VERSION, type Pack, type PackMeta } from '../pack/schema';
import { toPerson, toPersonRow } from './repos-people';
import { toStatement, toStatementRow } from './repos-statements';
import type { OnRecordDb } from './schema';
import type { Person, Relation, Role, Statement } from './types';

/** What an import did, for the reader: new records, and records folded into ones already there. */
export interface ImportSummary {
  people: { added: number; merged: number };
  statements: { added: number; merged: number };
  relations: { added: number; merged: number };
}

/** An import that was refused, with every problem found; nothing was written. */
export class PackError extends Error {
  constructor(readonly errors: string[]) {
    super(`Not a valid OnRecord pack:\n${errors.join('\n')}`);
    this.name = 'PackError';
  }
}

/**
 * Adds a pack to the library in one transaction: all of it or none. Records already there (same id, or the
 * same person by name, or the same words by the same person on the same day) are merged, never overwritten:
 * the reader's names, words and notes stay; new aliases, roles, sources and tags are added.
 */
export async function importPack(db: OnRecordDb, input: unknown): Promise<ImportSummary> {
  const parsed = parsePack(input);
  if (!parsed.ok) throw new PackError(parsed.errors);
  const { pack } = parsed;
  const now = new Date().toISOString();
  const summary: ImportSummary = {
    people: { added: 0, merged: 0 },
    statements: { added: 0, merged: 0 },
    relations: { added: 0, merged: 0 },
  };
  await db.transaction('rw', db.people, db.statements, db.relations, async () => {
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
      const same = await db.relations
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
  });
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

function mergePerson(mine: Person, theirs: Person, now: string): Person {
  const aliases = union(
    mine.aliases,
    [theirs.name, ...theirs.aliases].filter((a) => nameKey(a) !== nameKey(mine.name)),
  );
  const roleKey = (r: Role) => `${r.title.toLowerCase()}|${r.from ?? ''}|${r.to ?? ''}`;
  const known = new Set(mine.roles.map(roleKey));
  const roles = [...mine.roles, ...theirs.roles.filter((r) => !known.has(roleKey(r)))];
  const changed = aliases.length !== mine.aliases.length || roles.length !== mine.roles.length;
  return changed ? { ...mine, aliases, roles, updatedAt: now } : mine;
}

function mergeStatement(mine: Statement, theirs: Statement, now: string): Statement {
  const known = new Set(mine.sources.map((s) => s.url));
  const sources = [...mine.sources, ...theirs.sources.filter((s) => !known.has(s.url))];
  const tags = union(mine.tags, theirs.tags);
  const filled = {
    venue: mine.venue ?? theirs.venue,
    date: mine.date ?? theirs.date,
    context: mine.context ?? theirs.context,
  };
  const changed =
    sources.length !== mine.sources.length ||
    tags.length !== mine.tags.length ||
    Object.entries(filled).some(([k, val]) => val !== mine[k as keyof Statement]);
  return changed ? { ...mine, ...stripUndefined(filled), sources, tags, updatedAt: now } : mine;
}

/** Case-insensitive union that keeps the first spelling seen. */
function union(a: string[], b: string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  return [...a, ...b.filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()))];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, val]) => val !== undefined)) as Partial<T>;
}
