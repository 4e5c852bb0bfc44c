/**
 * The nominative of a man's full name that Czech text first writes in another case ("podle mluvčího Jana
 * Krále … sdělil Král", "podle analytika Ondřeje Kučery … říká Kučera"): the reader looks him up as Jan
 * Král, not as a woman named Jana, so the card and the people list use the nominative.
 */
import { czechGiven, writtenGiven } from './given-names-cs';
import { fold } from './names';

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
