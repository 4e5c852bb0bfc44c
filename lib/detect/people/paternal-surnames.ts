/**
 * Spanish names carry two surnames, the father's first ("Lucía Benavides Gil"), and later copy keeps that one
 * alone ("señaló Benavides"): a lone surname stands for a person named in full with it second to last.
 */

import { language } from '@/lib/detect/text/language';
import { isGivenName } from './given-names';
import type { Entity } from './people-index';

/** True when `word` (folded) is the first of two surnames in person `e`'s three-word name, in Spanish text. */
export function isPaternalSurname(e: Entity, word: string): boolean {
  if (e.kind !== 'person' || language().code !== 'es') return false;
  const parts = e.folded.split(' ');
  const first = parts.at(-2);
  // "Jon Ander Lasa", "María José Pérez": a second given name, not a surname. Longer runs are seldom one
  // person's name ("Ane Urrutia Galdakao Domingo": a byline, a place and a weekday).
  return parts.length === 3 && first === word && !isGivenName(word);
}
