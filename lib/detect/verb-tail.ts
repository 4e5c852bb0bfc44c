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
  pt: new Set(
    'a ao à aos às ante antes depois durante após desde com por para sem sobre em no na nos nas hoje ontem anteontem logo também ainda então assim já mais minutos horas dias semanas'.split(
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
  pt: new Set(
    'a ao à aos às ante após desde durante com por pelo pela para sem sobre em no na nos nas num numa de do da dos das e que até entre'.split(
      ' ',
    ),
  ),
};
const DETERMINERS: Record<string, Set<string>> = {
  es: new Set('el la los las un una unos unas'.split(' ')),
  pt: new Set('o a os as um uma uns umas'.split(' ')),
};

/**
 * True when tokens [from, to) after a cue verb are only phrases of circumstance: the first opens with a
 * preposition or an adverb of time, and no determiner starts a new noun phrase outside a preposition's reach.
 */
export function circumstanceOnly(text: string, tokens: Token[], from: number, to: number): boolean {
  const openers = OPENERS[language().code];
  const links = PREPOSITIONS[language().code];
  const determiners = DETERMINERS[language().code];
  const first = tokens[from];
  if (!openers || !links || !determiners || !first || from >= to || !openers.has(first.lower)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev) return false;
    if (/[,;:]/.test(text.slice(prev.end, t.start))) return false;
    if (t.cap && k > from) return false;
    if (determiners.has(t.lower) && !links.has(prev.lower)) return false;
  }
  return true;
}
