/** How *Recently deleted* and the delete question put what goes into words; pure, so the wording is tested alone. */

import { formatList, t } from '@/lib/core/i18n';
import { tCount } from '@/lib/core/plural';
import type { TrashEntry } from '@/lib/core/records';

/** "2 statements and 1 relation", "no statements": what goes with a person. */
export function withThem(counts: { statements: number; relations: number }): string {
  if (counts.statements === 0 && counts.relations === 0) return t('managerNoStatements');
  const statements = tCount('managerStatements', counts.statements);
  return counts.relations > 0
    ? t('managerAnd', [statements, tCount('managerRelations', counts.relations)])
    : statements;
}

/** One line for an entry: the people deleted with what went with them, or the statements' first words. */
export function describeEntry(entry: Pick<TrashEntry, 'people' | 'statements' | 'relations'>): string {
  const counts = { statements: entry.statements.length, relations: entry.relations.length };
  if (entry.people.length > 0)
    return t('managerPeopleWith', [formatList(entry.people.map((p) => p.name)), withThem(counts)]);
  const first = entry.statements[0]?.text ?? '';
  const words = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  const more = entry.statements.length > 1 ? ` ${tCount('managerOthers', entry.statements.length - 1)}` : '';
  return `“${words}”${more}`;
}
