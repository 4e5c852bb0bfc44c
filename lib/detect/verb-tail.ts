/**
 * "«…», explicó en rueda de prensa.", "dijo ayer", "resumió a este periódico antes de subir al palco": a cue
 * verb followed only by when, where, how and to whom the words were said has its subject dropped, as much as
 * one closing the sentence. A determiner opening a phrase of its own after that ("en la radio la ministra")
 * is the subject placed last, which other rules read.
 */

import { language } from './language';
import type { Token } from './tokens';

// Spanish prepositions and the words that open a phrase of time, place or manner after a verb.
const OPENERS: Record<string, Set<string>> = {
  es: new Set(
    'a al ante antes después durante tras desde con por para sin sobre mediante en hoy ayer anoche luego también además entonces así ya todavía aún más poco minutos horas días semanas horas'.split(
      ' ',
    ),
  ),
};
// Prepositions, after which a determiner opens the preposition's own noun ("antes de la reunión"); after any
// other word it opens the subject ("dijo ayer un vecino").
const PREPOSITIONS: Record<string, Set<string>> = {
  es: new Set(
    'a al ante tras desde durante mediante con por para sin sobre en de del hacia hasta entre y que'.split(' '),
  ),
};
const DETERMINERS = new Set('el la los las un una unos unas'.split(' '));

/**
 * True when tokens [from, to) after a cue verb are only phrases of circumstance: the first opens with a
 * preposition or an adverb of time, and no determiner starts a new noun phrase outside a preposition's reach.
 */
export function circumstanceOnly(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  startsName?: (k: number) => boolean,
): boolean {
  const openers = OPENERS[language().code];
  const links = PREPOSITIONS[language().code];
  const first = tokens[from];
  if (!openers || !links || !first || from >= to || !openers.has(first.lower)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev) return false;
    if (/[,;:]/.test(text.slice(prev.end, t.start))) return false;
    // "en los pasillos de la Cámara": a name a preposition governs is where it was said, not who said it.
    // A name's later words go with it ("en Onda Sur"), unless a name of its own starts there.
    const more = !!startsName && !!prev.cap && k - 1 > from && !startsName(k);
    if (t.cap && k > from && !governed(tokens, k, links) && !more) return false;
    if (DETERMINERS.has(t.lower) && !links.has(prev.lower)) return false;
  }
  return true;
}

/** True when token k after a cue verb is the object of a preposition ("ha denunciado en la Asamblea"). */
export function placeNoun(tokens: Token[], k: number): boolean {
  const links = PREPOSITIONS[language().code];
  return !!links && governed(tokens, k, links);
}

/** True when token k follows a preposition, directly or past a determiner ("de la Cámara", "en Moncloa"). */
function governed(tokens: Token[], k: number, links: Set<string>): boolean {
  const prev = tokens[k - 1]?.lower ?? '';
  return links.has(prev) || (DETERMINERS.has(prev) && links.has(tokens[k - 2]?.lower ?? ''));
}
