/**
 * Czech text often names a woman first in another case ("podle mluvčí ministerstva Terezy Holé", "podle
 * ministryně Evy Dvořákové") and never again in full: the reader looks her up as Tereza Holá, Eva Dvořáková,
 * so the card and the people list use the nominative. A woman's surname in "-ová" or an adjective's "-á" takes
 * "-é" in the genitive, dative and locative and "-ou" in the instrumental; her given name says she is a woman.
 */
import { czechGiven, writtenGiven } from './given-names-cs';
import { language } from './language';
import { fold } from './name-spelling';
import type { PeopleIndex } from './people-index';

// A woman's surname in an oblique case: a consonant, then "-é" or "-ou" ("Holé", "Dvořákové", "Malou").
const OBLIQUE_SURNAME = /[^aeiouyáéěíóúůý](?:é|ou)$/u;

/** The nominative of a Czech woman's two-word name read in an oblique case, or undefined when it is none. */
export function womanNominative(name: string): string | undefined {
  const words = name.split(' ');
  const [first, last] = words;
  if (words.length !== 2 || !first || !last || !OBLIQUE_SURNAME.test(last)) return undefined;
  const given = czechGiven(first);
  const written = given?.gender === 'f' ? writtenGiven(given.name) : undefined;
  return written ? `${written} ${last.replace(/(?:é|ou)$/u, 'á')}` : undefined;
}

/** Renames the women a Czech text names only in an oblique case to their nominative, keeping the form read. */
export function womenInNominative(idx: PeopleIndex): void {
  if (language().code !== 'cs') return;
  for (const e of idx.entities) {
    const name = e.kind === 'person' ? womanNominative(e.name) : undefined;
    if (!name) continue;
    if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
    Object.assign(e, { name, folded: fold(name), gender: 'f' as const });
  }
}
