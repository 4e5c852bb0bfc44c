/** Shapes the manager shows, built from plain library records: pure, so grouping rules are tested alone. */

import { finishInSteps, finishNow, type Steps } from '@/lib/core/in-steps';
import { tCount } from '@/lib/core/plural';
import type { Person, Relation, Statement } from '@/lib/core/records';

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

/**
 * What changed from one library snapshot to the next, when whoever made the snapshot knows (the manager's
 * store does): each written or removed statement's id, with its new version (undefined when removed).
 */
export interface LibraryChange {
  previous: LibraryData;
  statements: ReadonlyMap<string, Statement | undefined>;
}

const changes = new WeakMap<LibraryData, LibraryChange>();

/** Records how `next` differs from the snapshot before it, so the page can skip comparing every record. */
export function noteChange(next: LibraryData, change: LibraryChange): void {
  // Only the newest step is kept: a chain of notes would keep every earlier snapshot alive.
  changes.delete(change.previous);
  changes.set(next, change);
}

/** How `data` differs from the snapshot before it, when that was recorded. */
export function changeOf(data: LibraryData): LibraryChange | undefined {
  return changes.get(data);
}

/**
 * Groups records per person, people by name, statements newest first, undated last.
 *
 * The manager calls this after every change to a library of up to 100,000 statements, so it remembers its last
 * input and output: when the new library reuses the unchanged record objects (as the manager's snapshot does)
 * only the people whose statements, relations or names changed are regrouped; every other person's view is the
 * same object as before. The result is the same as grouping from scratch.
 */
export function buildLibraryView(data: LibraryData): PersonView[] {
  if (last?.data === data) return last.views;
  last = (last && patchView(last, data)) ?? finishNow(fullView(data));
  return last.views;
}

/** The last grouping, kept to patch the next one. */
interface Grouped {
  data: LibraryData;
  views: PersonView[];
  statementsById: Map<string, Statement>;
  peopleById: Map<string, Person>;
  viewOf: Map<string, PersonView>;
  relations: Set<Relation>;
}

let last: Grouped | null = null;

/** Past this share of changed statements, grouping from scratch is as quick as patching. */
const PATCH_LIMIT = 0.05;

/** Records handled between two points where a stepped grouping may pause. */
const STEP = 2000;

/**
 * Groups the library as `buildLibraryView` does, in steps a page can run across tasks: the grouping after a
 * bulk change (a 100,000-statement subscription landing) is then ready before the page draws it.
 */
export async function prepareLibraryView(data: LibraryData): Promise<void> {
  if (last?.data === data) return;
  const prev = last;
  const patched = prev && patchView(prev, data);
  const next = patched ?? (await finishInSteps(fullView(data)));
  // Another grouping may have been made meanwhile (the page drew a newer library): the newest one stays.
  if (last === prev) last = next;
}

function* fullView(data: LibraryData): Steps<Grouped> {
  const statementsById = new Map<string, Statement>();
  for (const [i, s] of data.statements.entries()) {
    statementsById.set(s.id, s);
    if (i % STEP === 0) yield;
  }
  const peopleById = new Map(data.people.map((p) => [p.id, p]));
  const relationsOf = relationViews(data.relations, statementsById, peopleById);
  yield;
  const byPerson = new Map<string, Statement[]>();
  for (const [i, s] of data.statements.entries()) {
    const list = byPerson.get(s.personId);
    if (list) list.push(s);
    else byPerson.set(s.personId, [s]);
    if (i % STEP === 0) yield;
  }
  const views: PersonView[] = [];
  for (const person of sortedPeople(data.people)) {
    views.push(personView(person, byPerson.get(person.id), relationsOf));
    yield;
  }
  return grouped(data, views, statementsById, peopleById);
}

/** Regroups only what changed since `prev`, or returns null when most of the library changed. */
function patchView(prev: Grouped, data: LibraryData): Grouped | null {
  const limit = Math.max(50, data.statements.length * PATCH_LIMIT);
  // Statements whose view may differ: changed, new or removed ones, and the other end of their relations.
  const touched = new Set<string>();
  // What touched statements were before, when the previous map is patched in place.
  const before = new Map<string, Statement | undefined>();
  let statementsById: Map<string, Statement>;
  const hint = changeOf(data);
  if (hint?.previous === prev.data && hint.statements.size <= limit) {
    // The store says which statements it wrote or removed: patch the previous map instead of comparing all.
    statementsById = prev.statementsById;
    for (const [id, s] of hint.statements) {
      touched.add(id);
      before.set(id, statementsById.get(id));
      if (s) statementsById.set(id, s);
      else statementsById.delete(id);
    }
  } else {
    statementsById = new Map<string, Statement>();
    for (const s of data.statements) {
      statementsById.set(s.id, s);
      if (prev.statementsById.get(s.id) !== s && touched.add(s.id).size > limit) return null;
    }
    if (statementsById.size !== prev.statementsById.size || touched.size > 0)
      for (const id of prev.statementsById.keys())
        if (!statementsById.has(id) && touched.add(id).size > limit) return null;
  }
  const previous = (id: string) => (before.has(id) ? before.get(id) : prev.statementsById.get(id));
  const peopleById = new Map(data.people.map((p) => [p.id, p]));
  // People whose view is rebuilt: speakers of touched statements (before and after) and changed people.
  const affected = new Set<string>();
  for (const p of data.people) if (prev.peopleById.get(p.id) !== p) affected.add(p.id);
  for (const id of prev.peopleById.keys()) if (!peopleById.has(id)) affected.add(id);
  const relations = new Set(data.relations);
  for (const r of data.relations) if (!prev.relations.has(r)) touched.add(r.fromId).add(r.toId);
  for (const r of prev.relations) if (!relations.has(r)) touched.add(r.fromId).add(r.toId);
  // A renamed speaker shows in the relations of the statements at the other end of theirs.
  for (const id of affected) for (const view of prev.viewOf.get(id)?.statements ?? []) touched.add(view.statement.id);
  const relationsOf = relationViews(data.relations, statementsById, peopleById);
  for (const id of [...touched]) {
    for (const view of relationsOf.get(id) ?? []) if (view.other) touched.add(view.other.id);
    for (const view of prev.viewOf.get(previous(id)?.personId ?? '')?.statements ?? [])
      if (view.statement.id === id) for (const rel of view.relations) if (rel.other) touched.add(rel.other.id);
  }
  for (const id of touched) {
    const was = previous(id);
    const now = statementsById.get(id);
    if (was) affected.add(was.personId);
    if (now) affected.add(now.personId);
  }
  const byPerson = new Map<string, Statement[]>();
  if (affected.size > 0)
    for (const s of data.statements) {
      if (!affected.has(s.personId)) continue;
      const list = byPerson.get(s.personId);
      if (list) list.push(s);
      else byPerson.set(s.personId, [s]);
    }
  const samePeople =
    data.people.length === prev.data.people.length && data.people.every((p, i) => p === prev.data.people[i]);
  const order = samePeople ? prev.views.map((v) => v.person) : sortedPeople(data.people);
  const fresh = (person: Person) => personView(person, byPerson.get(person.id), relationsOf);
  const views = order.map((person) =>
    affected.has(person.id) ? fresh(person) : (prev.viewOf.get(person.id) ?? fresh(person)),
  );
  return grouped(data, views, statementsById, peopleById);
}

function grouped(
  data: LibraryData,
  views: PersonView[],
  statementsById: Map<string, Statement>,
  peopleById: Map<string, Person>,
): Grouped {
  const viewOf = new Map(views.map((v) => [v.person.id, v]));
  return { data, views, statementsById, peopleById, viewOf, relations: new Set(data.relations) };
}

function sortedPeople(people: Person[]): Person[] {
  return [...people].sort((a, b) => a.name.localeCompare(b.name));
}

function personView(person: Person, said: Statement[] | undefined, relationsOf: Map<string, RelationView[]>) {
  return {
    person,
    statements: [...(said ?? [])]
      .sort(newestFirst)
      .map((statement) => ({ statement, relations: relationsOf.get(statement.id) ?? [] })),
  };
}

/** Each statement's relations, seen from that statement. */
function relationViews(
  relations: Relation[],
  statementsById: Map<string, Statement>,
  peopleById: Map<string, Person>,
): Map<string, RelationView[]> {
  const relationsByStatement = new Map<string, RelationView[]>();
  const attach = (id: string, view: RelationView) => {
    const list = relationsByStatement.get(id);
    if (list) list.push(view);
    else relationsByStatement.set(id, [view]);
  };
  for (const relation of relations) {
    const from = statementsById.get(relation.fromId) ?? null;
    const to = statementsById.get(relation.toId) ?? null;
    const speakerOf = (s: Statement | null, than: Statement | null) =>
      s && than && s.personId !== than.personId ? (peopleById.get(s.personId)?.name ?? null) : null;
    attach(relation.fromId, { relation, side: 'later', other: to, otherSpeaker: speakerOf(to, from) });
    attach(relation.toId, { relation, side: 'earlier', other: from, otherSpeaker: speakerOf(from, to) });
  }
  return relationsByStatement;
}

/** "3 people · 7 statements · 1 relation", for the header. */
export function describeCounts(data: LibraryData): string {
  return [
    tCount('managerPeople', data.people.length),
    tCount('managerStatements', data.statements.length),
    tCount('managerRelations', data.relations.length),
  ].join(' · ');
}

function newestFirst(a: Statement, b: Statement): number {
  if (a.date === b.date) return 0;
  if (!a.date) return 1;
  if (!b.date) return -1;
  return a.date < b.date ? 1 : -1;
}
