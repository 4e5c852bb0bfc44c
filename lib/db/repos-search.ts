import { toPerson } from './repos-people';
import { byDateDesc, toStatement } from './repos-statements';
import type { OnRecordDb } from './schema';
import { queryWords } from './search-words';
import type { Person, Statement } from './types';

/** What a search found: the people whose names match, and statements matching by words or by speaker. */
export interface SearchResult {
  people: Person[];
  /** Up to `limit` matching statements, newest first. */
  statements: Statement[];
  /** Every matching statement's id, for filters and counts beyond the first page. */
  statementIds: Set<string>;
}

/**
 * Search as you type: each word the reader typed is a prefix of a word of the statement or of its speaker's
 * name or aliases. Each word is one prefix query on a multi-entry index; the id sets are intersected, longest
 * (most selective) word first, so a search never reads records it will not show.
 */
export async function searchLibrary(db: OnRecordDb, query: string, limit = 200): Promise<SearchResult | null> {
  const words = [...new Set(queryWords(query))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return db.transaction('r', db.people, db.statements, async () => {
    let ids: Set<string> | null = null;
    let people: Set<string> | null = null;
    for (const word of words) {
      const speakers = new Set((await db.people.where('words').startsWith(word).primaryKeys()) as string[]);
      const byText = await db.statements.where('words').startsWith(word).primaryKeys();
      const bySpeaker = speakers.size
        ? await db.statements
            .where('personId')
            .anyOf([...speakers])
            .primaryKeys()
        : [];
      const found = new Set<string>([...(byText as string[]), ...(bySpeaker as string[])]);
      ids = ids ? intersect(ids, found) : found;
      people = people ? intersect(people, speakers) : speakers;
      if (ids.size === 0 && people.size === 0) break;
    }
    const statementIds = ids ?? new Set<string>();
    const rows = await db.statements.bulkGet([...statementIds].slice(0, Math.max(limit * 5, limit)));
    const statements = rows
      .filter((r) => r !== undefined)
      .map(toStatement)
      .sort(byDateDesc)
      .slice(0, limit);
    const personRows = await db.people.bulkGet([...(people ?? [])]);
    const matchedPeople = personRows.filter((r) => r !== undefined).map(toPerson);
    return { people: matchedPeople, statements, statementIds };
  });
}

function intersect<T>(a: Set<T>, b: Set<T>): Set<T> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((x) => large.has(x)));
}
