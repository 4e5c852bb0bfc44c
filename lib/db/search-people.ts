/** The people part of the manager's search index: names and aliases, re-read whole on change (few records). */

import type { Person } from '@/lib/core/records';
import { Vocabulary } from './search-vocabulary';
import { personWords } from './search-words';

/** The people part: rebuilt whole on any change to the people, which are few next to their statements. */
export class PersonPart {
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
