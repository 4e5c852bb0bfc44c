import type { OnRecordDb, StatementRow } from './schema';
import { statementOutlets } from './search-words';
import type { Statement } from './types';

/** Drops the derived search fields so callers only ever see the shared Statement shape. */
export function toStatement(row: StatementRow | Statement): Statement {
  const { outlets: _o, ...statement } = row as StatementRow & { words?: unknown };
  return statement;
}

/** Adds the derived search fields; every statement write goes through here so search never goes stale. */
export function toStatementRow(statement: Statement): StatementRow {
  const plain = toStatement(statement);
  return { ...plain, outlets: statementOutlets(plain.sources) };
}

/** Newest first; undated statements last, since a card reads best from the latest words back. */
export function byDateDesc(a: Statement, b: Statement): number {
  if (a.date === b.date) return 0;
  if (!a.date) return 1;
  if (!b.date) return -1;
  return a.date < b.date ? 1 : -1;
}

/** Everything one person said, newest first. */
export async function statementsOfPerson(db: OnRecordDb, personId: string): Promise<Statement[]> {
  const rows = await db.statements.where('personId').equals(personId).toArray();
  return rows.map(toStatement).sort(byDateDesc);
}

/** Every statement, newest first, for the manager. */
export async function listStatements(db: OnRecordDb): Promise<Statement[]> {
  const rows = await db.statements.toArray();
  return rows.map(toStatement).sort(byDateDesc);
}

/** How many statements each person has, keyed by person id (people with none are absent). */
export async function countStatementsByPerson(db: OnRecordDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.statements.orderBy('personId').eachKey((key) => {
    const id = String(key);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}

/** Creates or replaces a statement, stamping updatedAt (and createdAt on first write). */
export async function putStatement(db: OnRecordDb, statement: Statement): Promise<Statement> {
  const now = new Date().toISOString();
  const stored: Statement = { ...toStatement(statement), createdAt: statement.createdAt || now, updatedAt: now };
  await db.statements.put(toStatementRow(stored));
  return stored;
}
