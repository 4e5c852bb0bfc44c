/** What one word of a capitalised run is: an acronym, initials, a name's word, a plural demonym or a title. */

import { DEMONYMS, HONORIFICS, NOT_NAME, ROLE_MODIFIERS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';

/** True for an acronym that names a body ("NATO", "BBC"), not a country or a time ("US", "PM"). */
export const isAcronym = (t: Token) =>
  /^\p{Lu}{2,6}$/u.test(t.text) && !['US', 'UK', 'EU', 'UN', 'TV', 'AM', 'PM'].includes(t.text);

/** True for initials ("J.K.", "U.S."): they may open a name, never end one. */
export const isInitials = (t: Token) => /^(?:\p{Lu}\.){2,3}$/u.test(t.text);

/** True for a word in capitals and digits only once stops, hyphens and apostrophes are left out ("NATO", "G-7"). */
function allCapitals(word: string): boolean {
  // A lower-case ASCII second letter survives the stripping and rules capitals out with no string built.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word.replace(/[.\-']/g, ''));
}

/**
 * True for a word that can be part of a name: a lone capital with no full stop ("E spiega", "su X Giovanna
 * Ruffini") is a word or a network, and a word in capitals an acronym.
 */
export const isNameToken = (t: Token) => t.cap && t.text.length > 1 && !NOT_NAME.has(t.lower) && !allCapitals(t.text);

/** True for a plural demonym ("Americans", "Ukrainians", "the Japanese"), not a surname like Evans or Reese. */
export function isGroupName(word: string): boolean {
  if (word.endsWith('ans')) return DEMONYMS.has(word.slice(0, -1)) || /(?:ians|eans)$/.test(word);
  return /[^e]ese$/.test(word);
}

/** Index of the first token of the title phrase that ends a run ("Attorney General", "Secretary"). */
export function lastTitleStart(run: Token[]): number {
  let i = run.length - 1;
  while (i > 0 && isTitleWord(run[i - 1])) i--;
  return i;
}

/** True for a word of a title phrase: an honorific, a role noun or a word that modifies one. */
function isTitleWord(t: Token | undefined): boolean {
  return !!t && (HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower));
}

/** Index of the last title token (honorific, role noun, role word) in a run, or -1. */
export function lastTitle(run: Token[]): number {
  let k = -1;
  run.forEach((t, i) => {
    if (HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower)) k = i;
  });
  return k;
}
