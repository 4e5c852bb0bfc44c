/** Shapes the manager shows, built from plain library records: pure, so grouping rules are tested alone. */
import type { Person, Relation, Statement } from '../../lib/db/types';

/** The library as the manager receives it. */
export interface LibraryData {
  people: Person[];
  statements: Statement[];
  relations: Relation[];
}

/** A relation seen from one of its statements, with the statement at the other end. */
export interface RelationView {
  relation: Relation;
  /** 'later': this statement is the later one (relation.fromId); 'earlier': it is relation.toId. */
  side: 'later' | 'earlier';
  other: Statement | null;
  /** Who said the other statement, when it is someone else. */
  otherSpeaker: string | null;
}

/** A statement with the relations that touch it. */
export interface StatementView {
  statement: Statement;
  relations: RelationView[];
}

/** A person with their statements, newest first. */
export interface PersonView {
  person: Person;
  statements: StatementView[];
}

/** Groups records per person, people by name, statements newest first, undated last. */
export function buildLibraryView(data: LibraryData): PersonView[] {
  const statementsById = new Map(data.statements.map((s) => [s.id, s]));
  const peopleById = new Map(data.people.map((p) => [p.id, p]));
  const relationsByStatement = new Map<string, RelationView[]>();
  const attach = (id: string, view: RelationView) => {
    relationsByStatement.set(id, [...(relationsByStatement.get(id) ?? []), view]);
  };
  for (const relation of data.relations) {
    const from = statementsById.get(relation.fromId) ?? null;
    const to = statementsById.get(relation.toId) ?? null;
    const speakerOf = (s: Statement | null, than: Statement | null) =>
      s && than && s.personId !== than.personId ? (peopleById.get(s.personId)?.name ?? null) : null;
    attach(relation.fromId, { relation, side: 'later', other: to, otherSpeaker: speakerOf(to, from) });
    attach(relation.toId, { relation, side: 'earlier', other: from, otherSpeaker: speakerOf(from, to) });
  }
  const byPerson = new Map<string, Statement[]>();
  for (const s of data.statements) byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s]);
  return [...data.people]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((person) => ({
      person,
      statements: [...(byPerson.get(person.id) ?? [])]
        .sort(newestFirst)
        .map((statement) => ({ statement, relations: relationsByStatement.get(statement.id) ?? [] })),
    }));
}

/** "3 people · 7 statements · 1 relation", for the header. */
export function describeCounts(data: LibraryData): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(data.people.length, 'person', 'people'),
    n(data.statements.length, 'statement', 'statements'),
    n(data.relations.length, 'relation', 'relations'),
  ].join(' · ');
}

function newestFirst(a: Statement, b: Statement): number {
  if (a.date === b.date) return 0;
  if (!a.date) return 1;
  if (!b.date) return -1;
  return a.date < b.date ? 1 : -1;
}
