/**
 * The nominative of a man's full name that Czech text first writes in another case ("podle mluvčího Jana
 * Krále … sdělil Král", "podle analytika Ondřeje Kučery … říká Kučera"): the reader looks him up as Jan
 * Král, not as a woman named Jana, so the card and the people list use the nominative.
 */
import { czechGiven, writtenGiven } from './given-names-cs';
import { fold } from './name-spelling';

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
