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

import { finishInSteps, finishNow, type Steps } from '@/lib/core/in-steps';
import type { Person, Statement } from '@/lib/core/records';
import { personWords, queryWords, statementWords } from './search-words';

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

/** What an update changed, in statements (people are re-read whole: a library has few of them). */
export interface UpdateCounts {
  added: number;
  replaced: number;
  removed: number;
  rebuilt: boolean;
}

/** Changes named by the caller are applied one by one up to this many. */
const MAX_KNOWN_CHANGES = 200;

/** Past this share of changed statements an update rebuilds the statement part instead. */
const MAX_CHANGED_SHARE = 0.05;

/** Statements indexed between two points where a stepped build may pause. */
const FILL_STEP = 500;

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

/** The people part: rebuilt whole on any change to the people, which are few next to their statements. */
class PersonPart {
  readonly vocab: Vocabulary;
  readonly count: Uint16Array;
  readonly stamp: Uint16Array;

  constructor(readonly people: Person[]) {
    this.vocab = new Vocabulary();
    people.forEach((p, i) => {
      this.vocab.addDoc(personWords(p), i);
    });
    this.vocab.sort();
    this.count = new Uint16Array(people.length);
    this.stamp = new Uint16Array(people.length);
  }

  /** Counts, per person, how many of the words prefix one of their name words; calls `each` per word match. */
  tally(words: string[], each: (person: Person, mark: number) => void): void {
    this.count.fill(0);
    this.stamp.fill(0);
    words.forEach((word, w) => {
      const mark = w + 1;
      this.vocab.eachPrefixed(word, (p) => {
        if (this.stamp[p] !== mark) {
          this.stamp[p] = mark;
          this.count[p] = (this.count[p] ?? 0) + 1;
          const person = this.people[p];
          if (person) each(person, mark);
        }
      });
    });
  }

  /** The ids of people matching every word; valid right after `tally` with the same words. */
  matched(words: string[]): Set<string> {
    const ids = new Set<string>();
    for (const [i, person] of this.people.entries()) if (this.count[i] === words.length) ids.add(person.id);
    return ids;
  }
}

/**
 * The statement part. Each statement has a slot (its ordinal in the postings); an edit replaces the slot's
 * postings in place, a removal empties the slot, a new statement takes a new slot at the end.
 */
class StatementDocs {
  readonly vocab = new Vocabulary();
  /** The record in each slot; undefined once removed. */
  readonly docs: (Statement | undefined)[] = [];
  readonly slotOf = new Map<string, number>();
  /** Slots of each speaker's statements (a name match covers everything the person said). */
  readonly bySpeaker = new Map<string, number[]>();
  free = 0;
  private count = new Uint16Array(0);
  private stamp = new Uint16Array(0);
  private seen = new Uint32Array(0);
  private generation = 0;

  /** Indexes `statements` into this empty part, yielding where a stepped build may pause. */
  *fill(statements: Statement[]): Steps<StatementDocs> {
    for (const [i, s] of statements.entries()) {
      this.add(s, false);
      if (i % FILL_STEP === 0) yield;
    }
    this.vocab.sort();
    return this;
  }

  get slots(): number {
    return this.docs.length;
  }

  /** Applies known changes: id -> the statement's new version, or undefined when it was removed. */
  apply(changed: ReadonlyMap<string, Statement | undefined>): UpdateCounts {
    const counts: UpdateCounts = { added: 0, replaced: 0, removed: 0, rebuilt: false };
    for (const [id, s] of changed) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) {
        if (s) {
          this.add(s, true);
          counts.added++;
        }
      } else if (!s) {
        this.remove(slot);
        counts.removed++;
      } else if (this.docs[slot] !== s) {
        const old = this.docs[slot];
        if (old) this.replace(slot, old, s);
        counts.replaced++;
      }
    }
    return counts;
  }

  /** How many statements an update to `statements` would add, replace or remove. */
  changes(statements: Statement[]): number {
    let changed = 0;
    let kept = 0;
    for (const s of statements) {
      const slot = this.slotOf.get(s.id);
      if (slot === undefined) changed++;
      else {
        kept++;
        if (this.docs[slot] !== s) changed++;
      }
    }
    return changed + Math.max(0, this.slotOf.size - kept);
  }

  update(statements: Statement[]): UpdateCounts {
    const counts: UpdateCounts = { added: 0, replaced: 0, removed: 0, rebuilt: false };
    const gen = ++this.generation;
    this.grow();
    let kept = 0;
    for (const s of statements) {
      const slot = this.slotOf.get(s.id);
      if (slot === undefined) {
        this.add(s, true);
        this.grow();
        this.seen[this.docs.length - 1] = gen;
        counts.added++;
        continue;
      }
      if (this.seen[slot] === gen) continue; // the same id twice in one snapshot: the first wins
      this.seen[slot] = gen;
      kept++;
      const old = this.docs[slot];
      if (old === s || !old) continue;
      this.replace(slot, old, s);
      counts.replaced++;
    }
    if (kept + counts.added < this.slotOf.size)
      for (let slot = 0; slot < this.docs.length; slot++)
        if (this.docs[slot] && this.seen[slot] !== gen) {
          this.remove(slot);
          counts.removed++;
        }
    return counts;
  }

  /** Slots matching every word, by the statement's words or by its speaker's names. */
  match(words: string[], persons: PersonPart): IdSet {
    const n = this.docs.length;
    this.grow();
    const count = this.count;
    const stamp = this.stamp;
    count.fill(0, 0, n);
    stamp.fill(0, 0, n);
    const tick = (s: number, mark: number) => {
      if (stamp[s] !== mark) {
        stamp[s] = mark;
        count[s] = (count[s] ?? 0) + 1;
      }
    };
    // A speaker's name matches every statement they made.
    persons.tally(words, (person, mark) => {
      for (const s of this.bySpeaker.get(person.id) ?? []) tick(s, mark);
    });
    words.forEach((word, w) => {
      this.vocab.eachPrefixed(word, (s) => tick(s, w + 1));
    });
    const hit = new Uint8Array(n);
    let size = 0;
    for (let i = 0; i < n; i++)
      if (count[i] === words.length && this.docs[i]) {
        hit[i] = 1;
        size++;
      }
    // Answers from this query's slots: a later edit gives a statement a new slot only when it is new.
    const slotOf = this.slotOf;
    return {
      size,
      has: (id) => {
        const i = slotOf.get(id);
        return i !== undefined && hit[i] === 1;
      },
    };
  }

  private add(s: Statement, keepSorted: boolean): void {
    const slot = this.docs.length;
    const words = statementWords(s.text);
    this.docs.push(s);
    this.slotOf.set(s.id, slot);
    this.speakerSlots(s.personId).push(slot);
    if (keepSorted) for (const w of words) this.vocab.insert(w, slot);
    else this.vocab.addDoc(words, slot);
  }

  private replace(slot: number, old: Statement, s: Statement): void {
    this.docs[slot] = s;
    if (old.personId !== s.personId) {
      removeValue(this.speakerSlots(old.personId), slot);
      this.speakerSlots(s.personId).push(slot);
    }
    if (old.text === s.text) return;
    // The words the slot was indexed under are read again from the old text (words are not kept per slot:
    // at 100,000 statements they would double the index's memory).
    const before = statementWords(old.text);
    const after = statementWords(s.text);
    const next = new Set(after);
    const prev = new Set(before);
    for (const w of before) if (!next.has(w)) this.vocab.removePosting(w, slot);
    for (const w of after) if (!prev.has(w)) this.vocab.insert(w, slot);
  }

  private remove(slot: number): void {
    const s = this.docs[slot];
    if (!s) return;
    // Its postings stay (a search skips empty slots): finding them in long posting lists costs more than
    // carrying them until the next rebuild.
    removeValue(this.speakerSlots(s.personId), slot);
    this.slotOf.delete(s.id);
    this.docs[slot] = undefined;
    this.free++;
  }

  private speakerSlots(personId: string): number[] {
    const slots = this.bySpeaker.get(personId);
    if (slots) return slots;
    const fresh: number[] = [];
    this.bySpeaker.set(personId, fresh);
    return fresh;
  }

  /** Keeps the per-slot arrays at least as long as the slots, doubling so appends stay cheap. */
  private grow(): void {
    const n = this.docs.length;
    if (this.count.length >= n) return;
    const size = Math.max(n, this.count.length * 2, 64);
    this.count = new Uint16Array(size);
    this.stamp = new Uint16Array(size);
    const seen = new Uint32Array(size);
    seen.set(this.seen);
    this.seen = seen;
  }
}

/** A sorted vocabulary with the slots (postings) of each word. */
class Vocabulary {
  private postings = new Map<string, number[]>();
  private words: string[] = [];
  private lists: number[][] = [];

  /** Bulk loading: postings only, `sort` once at the end. */
  addDoc(words: string[], doc: number): void {
    for (const w of words) {
      const list = this.postings.get(w);
      if (list) list.push(doc);
      else this.postings.set(w, [doc]);
    }
  }

  sort(): void {
    this.words = [...this.postings.keys()].sort();
    this.lists = this.words.map((w) => this.postings.get(w) ?? []);
  }

  /** Adds one posting, inserting the word into the sorted vocabulary when it is new. */
  insert(word: string, doc: number): void {
    const list = this.postings.get(word);
    if (list) {
      list.push(doc);
      return;
    }
    const fresh = [doc];
    this.postings.set(word, fresh);
    const at = this.lowerBound(word);
    this.words.splice(at, 0, word);
    this.lists.splice(at, 0, fresh);
  }

  /** Removes one posting; a word left with none stays in the vocabulary and matches nothing. */
  removePosting(word: string, doc: number): void {
    const list = this.postings.get(word);
    if (list) removeValue(list, doc);
  }

  /** Calls `fn` with every document having a word that starts with `prefix` (repeats across words). */
  eachPrefixed(prefix: string, fn: (doc: number) => void): void {
    const { words, lists } = this;
    for (let i = this.lowerBound(prefix); words[i]?.startsWith(prefix); i++) for (const doc of lists[i] ?? []) fn(doc);
  }

  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.words[mid] ?? '') < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Removes one occurrence of `value`; order does not matter, so the last element fills the gap. */
function removeValue(list: number[], value: number): void {
  const i = list.lastIndexOf(value);
  if (i < 0) return;
  const last = list.pop();
  if (last !== undefined && i < list.length) list[i] = last;
}
