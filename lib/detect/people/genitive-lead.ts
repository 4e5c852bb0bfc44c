/**
 * Where a person's name starts in a capitalised run that a title's genitive opens. Czech puts what a title
 * is of between the title and the name ("hejtman Vysočiny Radek Hlaváček", "trenér Hranic Miroslav
 * Doležal"): the place belongs to the title, and the name starts at the given name.
 */

import type { Token } from '@/lib/detect/text/tokens';
import { isGivenName } from './given-names';
import { czechGiven } from './given-names-cs';

/**
 * The index in `run` (a candidate name's tokens) of the given name that starts the person's name after a
 * genitive, or 0 when the run starts with its name. Only in texts whose names take cases (`slavic`), and
 * only when a given name is followed by at least one more word (the surname).
 */
export function nameStartAfterGenitive(run: readonly Token[], slavic: boolean): number {
  if (!slavic || run.length < 3) return 0;
  const opener = run[0];
  if (!opener || isGivenName(opener.text, true)) return 0;
  for (let i = 1; i < run.length - 1; i++) {
    const t = run[i];
    if (t && czechGiven(t.text)) return i;
  }
  return 0;
}

// Endings of a genitive no Czech surname has in the nominative: "Orlů", "Sparty", "Hranic", "Plzně", "Loun".
const GENITIVE = /(?:[^aeiouyáéíóúůý]y|ů|ic|ně|un)$/u;

/**
 * True when a word that follows a title alone reads as the genitive of what the title is of ("kouč Orlů",
 * "trenér Sparty", "starosta Loun"), not as a surname: such a word names a place, club or body.
 */
export function readsAsGenitive(word: string): boolean {
  return GENITIVE.test(word.toLowerCase());
}

/**
 * True when the word `lone` opens a title's complement that a full name closes ("místopředsedkyně Sdružení
 * praktických lékařů Alena Štěpánková"): within four more words, lower case between, a given name starts.
 */
export function opensComplement(tokens: readonly Token[], lone: Token): boolean {
  for (let k = lone.index + 1; k <= lone.index + 4; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.cap) return isGivenName(t.text, true) && !!tokens[k + 1]?.cap;
    if (/[,.;:]/.test(t.text)) return false;
  }
  return false;
}
