/**
 * The nominative of a full name that Czech text first writes in another case: the reader looks a person up
 * as Jan Král or Tereza Holá, so the card and the people list use the nominative. A man's is rebuilt from his
 * surname written alone later ("podle mluvčího Jana Krále … sdělil Král", not a woman named Jana); a woman's
 * from her surname alone ("Janou Malou" … "Malá") or, when the text never names her again in full ("podle
 * mluvčí ministerstva Terezy Holé"), from the endings a surname in "-ová" or "-á" takes: "-é" in the genitive,
 * dative and locative and "-ou" in the instrumental, her given name saying she is a woman.
 */

import { language } from '@/lib/detect/text/language';
import { fold } from '@/lib/detect/text/name-spelling';
import { czechGiven, writtenGiven } from './given-names-cs';
import type { PeopleIndex } from './people-index';

// A nominative surname alone: a consonant or "-ý" ends it ("Král", "Novotný"); "-a" only for men's surnames
// such as "Kučera", whose oblique forms end in "-y", "-ovi", "-ou" or "-u" (never "-a" again).
const NOMINATIVE = /(?:[^aeiouyáéěíóúůý]|ý)$/u;

/**
 * "Jana Krále" + "Král" -> "Jan Král"; "Ondřeje Kučery" + "Kučera" -> "Ondřej Kučera". `surname` is the
 * surname as the text writes it alone. Undefined when the name is already nominative, is a woman's, or its
 * first word is no listed given name.
 */
export function manNominative(name: string, surname: string): string | undefined {
  const words = name.split(' ');
  const [first, last] = words;
  if (words.length !== 2 || !first || !last || last === surname || /á$/u.test(surname)) return undefined;
  const lastKey = fold(last);
  const aloneKey = fold(surname);
  const consonantStem = NOMINATIVE.test(surname.toLowerCase());
  // "Kučery", "Kučerou": forms a consonant-stem surname never takes ("Novákovi" may be Novák's or Kučera's).
  const aStem = aloneKey.endsWith('a') && /(?:y|ou)$/.test(lastKey);
  if (!consonantStem && !aStem) return undefined;
  // The written surname must be the oblique one's base: "krale" holds "kral", "novotneho" holds "novotn",
  // "hlavacka" holds "hlavack" (the mobile e of "Hlaváček" drops).
  const bases = aStem
    ? [aloneKey.slice(0, -1)]
    : [aloneKey, aloneKey.replace(/y$/, ''), aloneKey.replace(/e(\p{L})$/u, '$1')];
  if (!bases.some((b) => lastKey.startsWith(b) && lastKey.length > b.length)) return undefined;
  const given = czechGiven(first, true);
  const written = given && given.name !== fold(first) ? writtenGiven(given.name) : undefined;
  return written ? `${written} ${surname}` : undefined;
}

// Endings of a man's surname in a case other than the nominative: "Babiše", "Hamáčka", "Novákovi", "Černého".
const MAN_OBLIQUE = /(?:a|e|u|y|ovi|em|ého|ému|ým)$/u;

/**
 * True when a Czech full name is a man's in an oblique case ("Andreje Babiše", "Jana Hamáčka", "Petra
 * Nováka"): his first name, read as a man's, is not in its nominative and his surname has an oblique
 * ending. A woman's name ("Jana Malá", "Petra Nováková") and a nominative ("Ondřej Kučera") are not.
 */
export function isObliqueManName(name: string): boolean {
  const words = name.split(' ');
  const [first, last] = words;
  if (words.length !== 2 || !first || !last || /á$/u.test(last) || !MAN_OBLIQUE.test(last.toLowerCase())) return false;
  // A man's given name takes "-e" only after a soft consonant ("Tomáše", "Andreje"): "Emile" is French.
  if (/e$/u.test(first) && !/[šžčřjcťďň]e$/u.test(first.toLowerCase())) return false;
  const given = czechGiven(first, true);
  return !!given && given.gender === 'm' && given.name !== fold(first);
}

/**
 * The nominative of a woman's full name read only in an oblique case ("Janou Malou"), once the text writes her
 * surname alone in the nominative ("Malá", "Horáková"): the surname as written, the first name's -ou/-u/-y
 * ending back to -a. Undefined when `surname` is not a feminine nominative or the name has no such first name.
 */
export function womanNominativeBySurname(name: string, surname: string): string | undefined {
  const words = name.split(' ');
  if (words.length !== 2 || !/á$/u.test(surname) || words[1] === surname) return undefined;
  const first = (words[0] ?? '').replace(/(?:ou|u|y)$/u, 'a');
  return first.endsWith('a') ? `${first} ${surname}` : undefined;
}

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
