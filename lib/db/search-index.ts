/**
 * An in-memory word index over the library, for search as you type in the manager, which already holds the
 * whole library. A prefix is a binary search over the sorted vocabulary; matches are counted per statement in
 * typed arrays, so a one-letter query over 100,000 statements stays within a few milliseconds, where the same
 * prefix on the IndexedDB multi-entry index walks every matching index entry.
 *
 * The index is built once and then kept up to date: `update` compares a new library snapshot with the records
 * it holds (by object identity, so a snapshot that reuses unchanged records costs one pass of map lookups) and
 * adds, replaces or removes only the statements that changed. An edit in a 100,000-statement library therefore
 * costs milliseconds instead of a rebuild.
 */

import { finishInSteps, finishNow } from '@/lib/core/in-steps';
import type { Person, Statement } from '@/lib/core/records';
import { PersonPart } from './search-people';
import { type IdSet, StatementDocs, type UpdateCounts } from './search-statements';
import { queryWords } from './search-words';

export type { IdSet, UpdateCounts } from './search-statements';

/** What a query matched. */
export interface IndexMatches {
  statementIds: IdSet;
  personIds: Set<string>;
}

/** A built index; build once, `update` after each library change, query per keystroke. */
export interface SearchIndex {
  query: (text: string) => IndexMatches | null;
  /**
   * Brings the index to this snapshot: changed records (by identity) are replaced, missing ones removed. When
   * the caller knows which statements changed since the last update (`changed`: id -> new version, undefined
   * when removed), only those are looked at.
   */
  update: (
    people: Person[],
    statements: Statement[],
    changed?: ReadonlyMap<string, Statement | undefined>,
  ) => UpdateCounts;
}

/** Changes named by the caller are applied one by one up to this many. */
const MAX_KNOWN_CHANGES = 200;

/** Past this share of changed statements an update rebuilds the statement part instead. */
const MAX_CHANGED_SHARE = 0.05;

/** A removed statement leaves a free slot; past this share of free slots the statement part is rebuilt. */
const MAX_FREE_SHARE = 0.3;

/** Builds the index: sorted vocabularies with postings for statements (by text) and people (by names). */
export function buildSearchIndex(people: Person[], statements: Statement[]): SearchIndex {
  return searchIndexOver(finishNow(new StatementDocs().fill(statements)), new PersonPart(people));
}

/**
 * Builds the same index across tasks, so a page taking in a 100,000-statement library (a subscription landing,
 * a big import) keeps answering while its search index is made.
 */
export async function buildSearchIndexInSteps(people: Person[], statements: Statement[]): Promise<SearchIndex> {
  const docs = await finishInSteps(new StatementDocs().fill(statements));
  return searchIndexOver(docs, new PersonPart(people));
}

function searchIndexOver(built: StatementDocs, people: PersonPart): SearchIndex {
  let docs = built;
  let persons = people;

  return {
    query(text) {
      const words = [...new Set(queryWords(text))].slice(0, 1000);
      if (words.length === 0) return null;
      return { statementIds: docs.match(words, persons), personIds: persons.matched(words) };
    },
    update(nextPeople, nextStatements, changed) {
      if (nextPeople !== persons.people && !sameRecords(persons.people, nextPeople))
        persons = new PersonPart(nextPeople);
      let counts: UpdateCounts;
      if (changed && changed.size <= MAX_KNOWN_CHANGES) counts = docs.apply(changed);
      // A bulk change (an import, clearing the library) is quicker to index from scratch than record by record.
      else if (docs.changes(nextStatements) > Math.max(1000, nextStatements.length * MAX_CHANGED_SHARE)) {
        docs = finishNow(new StatementDocs().fill(nextStatements));
        return { added: 0, replaced: 0, removed: 0, rebuilt: true };
      } else counts = docs.update(nextStatements);
      if (docs.free > 1000 && docs.free > docs.slots * MAX_FREE_SHARE) {
        docs = finishNow(new StatementDocs().fill(nextStatements));
        counts.rebuilt = true;
      }
      return counts;
    },
  };
}

/** Whether two lists hold the same record objects in the same order. */
function sameRecords<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
