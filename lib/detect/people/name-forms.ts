/**
 * The forms one person's name takes in running text: Slavic case endings ("Андрей Рудьков" and
 * "Андрея Рудькова", "Tomáš Souček" and "Tomáše Součka") and elided articles glued to a name in French
 * and Italian ("d'Alan Moore", "dell'Acqua"), so each form joins its person instead of founding a new one.
 */

import { language } from '@/lib/detect/text/language';
import { isObliqueManName } from './name-nominative-cs';

// French and Italian elisions written lower case and glued to a capitalised name.
const ELISION = /^(?:d|l|qu|dell|dall|all|nell|sull|coll)['\u2019](?=\p{Lu})/u;

/** Length of the elided article opening `word` ("d'Alan" -> 2), or 0. */
export function elisionLength(word: string): number {
  return ELISION.exec(word)?.[0].length ?? 0;
}

// Cyrillic, and the letters Czech, Slovak and Polish add to the Latin alphabet.
const SLAVIC_LETTERS = /[\u0400-\u04ff]|[čřěůňťďľĺŕłśźżąęšž]/giu;

/** True when `text` is written in a Slavic language with case endings on names (declared, or judged by its letters). */
export function inflectsNames(text: string): boolean {
  if (language().inflected) return true;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const hits = sample.match(SLAVIC_LETTERS)?.length ?? 0;
  return hits >= 4 && hits / Math.max(1, sample.length) > 0.004;
}

// Endings a Slavic name takes in the oblique cases, on a folded (accent-free, lower-case) word. "Benešovou"
// loses only "-ou": its stem is Benešová's, not Mr Beneš's.
const CASE_ENDING = /(?:ovi|emu|ego|eho|ogo|omu|ому|ого|ем|ом|ой|ею|ою|ым|ym|em|ou|a|e|u|y|i|а|у|ю|я|е|ы|и)$/u;

/** The folded word without a Slavic case ending ("tomase" -> "tomas", "андрея" -> "андре"). */
export function withoutCaseEnding(word: string): string {
  return word.replace(CASE_ENDING, '');
}

/** The folded word without a case ending (and without the mobile e of "Souček"/"Součka"). */
function stem(word: string): string {
  const s = withoutCaseEnding(word);
  const base = s.length >= 3 ? s : word;
  return base.replace(/e(\p{L})$/u, '$1');
}

/** True when two folded words are case forms of one name ("rudkov"/"rudkova", "soucek"/"soucka"). */
export function sameInflected(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 3) return false;
  const sa = stem(a);
  return sa.length >= 3 && sa === stem(b);
}

// Endings only the oblique cases give a Czech name: "Kubátovi", "Kubátem", "Novákovou", "Malou", "Černého".
const OBLIQUE = /(?:ovi|em|ovou|ou|ého|ému|ým)$/u;

/** True when, in a language whose names take cases, `word` is a name in a case other than the subject's. */
export function isOblique(word: string): boolean {
  return language().inflected && (OBLIQUE.test(word.toLowerCase()) || isObliqueManName(word));
}
