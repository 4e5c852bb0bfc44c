import type { Statement } from '@/lib/core/records';
import { storableStatement } from '@/lib/pack/storable';
import type { OnRecordDb, StatementRow } from './database-schema';
import { statementOfRow } from './review-rows';

/** The shared Statement shape of a stored row, so a field ever derived for storage never reaches callers. */
export function toStatement(row: StatementRow): Statement {
  return statementOfRow(row);
}

/**
 * The row a statement is stored as; every statement write goes through here, the one place to derive fields. The
 * reviews kept inside a stored row stay there (lib/db/review-keeper.ts).
 */
export function toStatementRow(statement: Statement): StatementRow {
  return statement;
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

/** Creates or replaces a statement, stamping updatedAt (and createdAt on first write); returns it as stored. */
export async function putStatement(db: OnRecordDb, statement: Statement): Promise<Statement> {
  const now = new Date().toISOString();
  const stored = storableStatement({
    ...toStatement(statement),
    createdAt: statement.createdAt || now,
    updatedAt: now,
  });
  await db.statements.put(toStatementRow(stored));
  return stored;
}
