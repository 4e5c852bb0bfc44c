/** How *Recently deleted* and the delete question put what goes into words; pure, so the wording is tested alone. */
import type { TrashEntry } from '@/lib/core/records';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 statements and 1 relation", "no statements": what goes with a person. */
export function withThem(counts: { statements: number; relations: number }): string {
  if (counts.statements === 0 && counts.relations === 0) return 'no statements';
  const parts = [plural(counts.statements, 'statement', 'statements')];
  if (counts.relations > 0) parts.push(plural(counts.relations, 'relation', 'relations'));
  return parts.join(' and ');
}

/** One line for an entry: the people deleted with what went with them, or the statements' first words. */
export function describeEntry(entry: Pick<TrashEntry, 'people' | 'statements' | 'relations'>): string {
  const counts = { statements: entry.statements.length, relations: entry.relations.length };
  if (entry.people.length > 0) return `${entry.people.map((p) => p.name).join(', ')}, with ${withThem(counts)}`;
  const first = entry.statements[0]?.text ?? '';
  const words = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  const more = entry.statements.length > 1 ? ` and ${plural(entry.statements.length - 1, 'other', 'others')}` : '';
  return `“${words}”${more}`;
}
