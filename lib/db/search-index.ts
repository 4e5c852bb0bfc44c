/**
 * An in-memory word index over a library snapshot, for search as you type in the manager, which already holds
 * the whole library. A prefix is a binary search over the sorted vocabulary; matches are counted per statement
 * in typed arrays, so a one-letter query over 100,000 statements stays within a few milliseconds, where the
 * same prefix on the IndexedDB multi-entry index walks every matching index entry.
 */
import { personWords, queryWords, statementWords } from './search-words';
import type { Person, Statement } from './types';

/** A set of ids answered from a bit per statement, so a query matching 100,000 statements builds no strings. */
export interface IdSet {
  has(id: string): boolean;
  readonly size: number;
}

/** What a query matched. */
export interface IndexMatches {
  statementIds: IdSet;
  personIds: Set<string>;
}

/** A built index; build once per library snapshot and query per keystroke. */
export interface SearchIndex {
  query: (text: string) => IndexMatches | null;
}

/** Builds the index: sorted vocabularies with postings for statements (by text) and people (by names). */
export function buildSearchIndex(people: Person[], statements: Statement[]): SearchIndex {
  const statementVocab = vocabulary(statements.map((s) => statementWords(s.text)));
  const personVocab = vocabulary(people.map(personWords));
  const personOrdinal = new Map(people.map((p, i) => [p.id, i]));
  const statementOrdinal = new Map(statements.map((s, i) => [s.id, i]));
  const byPerson: number[][] = people.map(() => []);
  statements.forEach((s, i) => {
    const p = personOrdinal.get(s.personId);
    if (p !== undefined) byPerson[p]!.push(i);
  });
  const count = new Uint16Array(statements.length);
  const stamp = new Uint16Array(statements.length);
  const personCount = new Uint16Array(people.length);
  const personStamp = new Uint16Array(people.length);

  return {
    query(text) {
      const words = [...new Set(queryWords(text))].slice(0, 1000);
      if (words.length === 0) return null;
      count.fill(0);
      stamp.fill(0);
      personCount.fill(0);
      personStamp.fill(0);
      words.forEach((word, w) => {
        const mark = w + 1;
        eachPrefixed(personVocab, word, (p) => {
          if (personStamp[p] !== mark) {
            personStamp[p] = mark;
            personCount[p]!++;
          }
          // A speaker's name matches every statement they made.
          for (const s of byPerson[p]!) tick(s, mark);
        });
        eachPrefixed(statementVocab, word, (s) => tick(s, mark));
      });
      const hit = new Uint8Array(statements.length);
      let size = 0;
      for (let i = 0; i < statements.length; i++)
        if (count[i] === words.length) {
          hit[i] = 1;
          size++;
        }
      const statementIds: IdSet = {
        size,
        has: (id) => {
          const i = statementOrdinal.get(id);
          return i !== undefined && hit[i] === 1;
        },
      };
      const personIds = new Set<string>();
      for (let i = 0; i < people.length; i++) if (personCount[i] === words.length) personIds.add(people[i]!.id);
      return { statementIds, personIds };
    },
  };

  function tick(s: number, mark: number) {
    if (stamp[s] !== mark) {
      stamp[s] = mark;
      count[s]!++;
    }
  }
}

interface Vocabulary {
  words: string[];
  postings: number[][];
}

function vocabulary(docs: string[][]): Vocabulary {
  const postings = new Map<string, number[]>();
  docs.forEach((words, i) => {
    for (const w of words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const words = [...postings.keys()].sort();
  return { words, postings: words.map((w) => postings.get(w)!) };
}

/** Calls `fn` with every document ordinal having a word that starts with `prefix` (repeats across words). */
function eachPrefixed(vocab: Vocabulary, prefix: string, fn: (doc: number) => void): void {
  let lo = 0;
  let hi = vocab.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab.words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < vocab.words.length && vocab.words[i]!.startsWith(prefix); i++)
    for (const doc of vocab.postings[i]!) fn(doc);
}
