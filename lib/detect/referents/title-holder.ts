/**
 * Who holds a title the text uses bare ("la maire", "the senator", "l'élu"): the person last named before it
 * whose stated role has that title, or a title it covers.
 */

import type { Entity, PeopleIndex } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';

/**
 * True when entity `e`'s stated role has the title word `title` ("ministre" in "la ministre du travail"), or a
 * title it covers ("l'élu" for a "député"). Split on anything but letters: accented titles stay whole words.
 */
export function holds(e: Entity, title: string): boolean {
  if (!e.role) return false;
  const words = [e.role, ...(e.titles ?? [])]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u);
  if (words.includes(title)) return true;
  const covered = language().umbrellas[title] ?? language().umbrellas[title.replace(/e$/, '')];
  return !!covered && words.some((w) => covered.has(w) || covered.has(w.replace(/e$/, '')));
}

/** The person last named before `pos` who holds `title` and fits, or null. */
export function holderBefore(
  idx: PeopleIndex,
  pos: number,
  title: string,
  fits: (e: Entity) => boolean,
): number | null {
  for (let i = idx.mentions.length - 1; i >= 0; i--) {
    const m = must(idx.mentions[i], 'mention');
    const e = must(idx.entities[m.entity], 'entity');
    if (m.start < pos && fits(e) && holds(e, title)) return m.entity;
  }
  return null;
}
