/**
 * A run of quotes carries its speaker over sentences that are about the same person. When a sentence between
 * the last quote and this one is about someone else ("Karim Benali, père de deux enfants, partage les
 * inquiétudes des enseignants. « … »"), the quote is that person's or nobody's, never the earlier speaker's.
 */

import { must } from './must';
import type { PeopleIndex } from './people-index';
import { isSubject, previousSentence, type Scene } from './salience';

// How many sentences back from the quote are read; a run rarely spans more.
const MAX_SENTENCES = 6;

/** True when a sentence in [from, to) has for subject a named person other than `who`. */
export function nearerSubject(s: Scene, idx: PeopleIndex, from: number, to: number, who: number | null): boolean {
  let end = to;
  for (let p = previousSentence(s.text, to), n = 0; p >= from && n < MAX_SENTENCES; n++) {
    const other = idx.mentions.find(
      (m) =>
        m.start >= p &&
        m.end <= end &&
        m.entity !== who &&
        must(idx.entities[m.entity], 'entity').kind === 'person' &&
        isSubject(s, idx, m.entity, p),
    );
    if (other) return true;
    end = p;
    p = previousSentence(s.text, p);
  }
  return false;
}
