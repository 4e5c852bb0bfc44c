/**
 * Italian cues put a place or whom the speaker told between the verb and its subject: "ha spiegato in aula
 * il maresciallo", "ha detto in conferenza stampa il ministro", or leave the subject out after whom they
 * told: "«…», ha detto ai cronisti." The first is the title after the phrase; the second goes on with whom
 * the text was just about, as "«…», ha aggiunto." does.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { referentAt } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';
import { droppedSubject } from './dropped-subject';

// Prepositions opening a phrase of place, time or manner after an Italian cue verb.
const PHRASE = new Set(['in', 'nel', 'nella', 'durante', 'davanti', 'dopo', 'prima', 'con', 'al', 'alla', 'a']);

/** The end of a short lower-case phrase opening at token k on a preposition, or -1 ("in aula", "ai cronisti"). */
function phraseEnd(c: Ctx, k: number, starts: (w: string) => boolean): number {
  if (!starts(c.tokens[k]?.lower ?? '')) return -1;
  let i = k + 1;
  while (
    i < k + 4 &&
    c.tokens[i] &&
    !c.tokens[i]?.cap &&
    !c.quoted[i] &&
    !language().articles.has(c.tokens[i]?.lower ?? '')
  )
    i++;
  return i > k + 1 ? i : -1;
}

/**
 * The speaker of the Italian cue verb at v whose subject comes after a short phrase, or whose only words after
 * it say whom the speaker told; undefined when the words after the verb are of another shape.
 */
export function lateSubject(c: Ctx, q: { open: number }, v: number, b: number): Referent | undefined {
  if (language().code !== 'it') return undefined;
  const verb = must(c.tokens[v], 'token');
  // "ha detto ai cronisti." / "ha spiegato ai giornalisti": nothing else to the sentence's end.
  const told = phraseEnd(c, v + 1, (w) => language().addressee.has(w));
  if (told >= b) return droppedSubject(c, q.open, verb);
  const end = phraseEnd(c, v + 1, (w) => PHRASE.has(w) || language().addressee.has(w));
  if (end < 0 || !language().articles.has(c.tokens[end]?.lower ?? '')) return undefined;
  for (let i = end + 1; i < Math.min(b, end + 3); i++) {
    if (c.quoted[i]) continue;
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (r) return r;
  }
  return undefined;
}
