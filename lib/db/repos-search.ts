import { readLibrary } from './repos-library';
import { toPerson } from './repos-people';
import { byDateDesc } from './repos-statements';
import type { OnRecordDb } from './schema';
import { buildSearchIndex, type IdSet } from './search-index';
import { queryWords } from './search-words';
import type { Person, Statement } from './types';

/** What a search found: the people whose names match, and statements matching by words or by speaker. */
export interface SearchResult {
  people: Person[];
  /** Up to `limit` matching statements, newest first. */
  statements: Statement[];
  /** Every matching statement's id. */
  statementIds: IdSet;
}

/**
 * People whose name or alias words start with every word typed, from the people `*words` index: no statement
 * is read, so it suits a quick "who is this" lookup.
 */
export async function searchPeople(db: OnRecordDb, query: string): Promise<Person[]> {
  const words = [...new Set(queryWords(query))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return [];
  const rows = await db.people.where('words').startsWith(words[0]!).distinct().toArray();
  return rows.filter((r) => words.every((w) => r.words.some((x) => x.startsWith(w)))).map(toPerson);
}

/**
 * A one-off search of the whole library: each word typed is a prefix of a word of the statement or of its
 * speaker's names. Reads the library and builds the index each call; the manager keeps one index per snapshot.
 */
export async function searchLibrary(db: OnRecordDb, query: string, limit = 200): Promise<SearchResult | null> {
  const library = await readLibrary(db);
  const matches = buildSearchIndex(library.people, library.statements).query(query);
  if (!matches) return null;
  return {
    people: library.people.filter((p) => matches.personIds.has(p.id)),
    statements: library.statements
      .filter((s) => matches.statementIds.has(s.id))
      .sort(byDateDesc)
      .slice(0, limit),
    statementIds: matches.statementIds,
  };
}
