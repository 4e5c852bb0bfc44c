/** The statement part of the manager's search index: postings per slot, kept up to date edit by edit. */

import type { Steps } from '@/lib/core/in-steps';
import type { Statement } from '@/lib/core/records';
import type { PersonPart } from './search-people';
import { removeValue, Vocabulary } from './search-vocabulary';
import { statementWords } from './search-words';

/** A set of ids answered from a bit per statement, so a query matching 100,000 statements builds no strings. */
export interface IdSet {
  has(id: string): boolean;
  readonly size: number;
}

/** What an update changed, in statements (people are re-read whole: a library has few of them). */
export interface UpdateCounts {
  added: number;
  replaced: number;
  removed: number;
  rebuilt: boolean;
}

/** Statements indexed between two points where a stepped build may pause. */
const FILL_STEP = 500;

/**
 * The statement part. Each statement has a slot (its ordinal in the postings); an edit replaces the slot's
 * postings in place, a removal empties the slot, a new statement takes a new slot at the end.
 */
export class StatementDocs {
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
