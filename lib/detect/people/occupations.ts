/**
 * Words naming what someone does, read where a sentence opens on one before a name ("Saxophonist Felix
 * Navarro has led …"): the word is the person's role, not a given name the lists do not know.
 */

import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { isGivenName } from './given-names';

// Occupations outside the role lists that performers and critics are introduced by.
const PERFORMERS = new Set(['singer', 'drummer', 'rapper', 'dancer', 'comic', 'actor', 'actress', 'conductor']);

/** True for a word naming what someone does ("saxophonist", "historian", "singer") that is no given name. */
export function isOccupation(lower: string, slavic: boolean): boolean {
  if (isGivenName(lower, slavic)) return false;
  return ROLE_NOUNS.has(lower) || PERFORMERS.has(lower) || /^\p{Ll}{4,}(?:ist|ian)$/u.test(lower);
}
