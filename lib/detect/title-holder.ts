/**
 * "« … », prévient Erwan Kerhervé. … D’ici là, la maire a demandé à être reçue. « … », promet-elle.": a
 * sentence whose subject is a bare title, read after the last person named, hands the next he/she to whoever
 * the text said holds that title, not to the person named before it.
 */
import { language } from './language';
import { must } from './must';
import type { Entity, PeopleIndex } from './people-index';
import type { Scene } from './salience';
import { titledSubjectSince } from './titled-subject';

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

/**
 * The holder of the title heading a sentence between `salient`'s last mention and the pronoun at `pos`, when
 * the text named one who fits; undefined otherwise (the salient person stands).
 */
export function titleOverSalient(
  s: Scene,
  idx: PeopleIndex,
  pos: number,
  salient: number,
  fits: (e: Entity) => boolean,
): number | undefined {
  let since = -1;
  for (const m of must(idx.entities[salient], 'entity').mentions) if (m.start < pos && m.start > since) since = m.start;
  const title = titledSubjectSince(s, idx, pos, since);
  if (!title) return undefined;
  const holder = holderBefore(idx, pos, title, fits);
  return holder === null || holder === salient ? undefined : holder;
}
