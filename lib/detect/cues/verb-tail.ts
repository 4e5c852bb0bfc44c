/**
 * "«…», explicó en rueda de prensa.", "dijo ayer", "resumió a este periódico antes de subir al palco": a cue
 * verb followed only by when, where, how and to whom the words were said has its subject dropped, as much as
 * one closing the sentence. A determiner opening a phrase of its own after that ("en la radio la ministra")
 * is the subject placed last, which other rules read.
 */

import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';

// Spanish prepositions and the words that open a phrase of time, place or manner after a verb.
const OPENERS: Record<string, Set<string>> = {
  es: new Set(
    'a al ante entre antes después durante tras desde con por para sin sobre mediante en hoy ayer anoche luego también además entonces así ya todavía aún más poco minutos horas días semanas horas'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'a ao à aos às ante entre antes depois durante após desde com por para sem sobre em no na nos nas hoje ontem anteontem logo também ainda então assim já mais minutos horas dias semanas'.split(
      ' ',
    ),
  ),
  // "«…», racconta dal letto di Medicina", "ha spiegato ieri in consiglio comunale".
  it: new Set(
    'a al alla allo ai agli alle da dal dalla dallo dai dagli dalle in nel nella nello nei negli nelle con col per tra fra su sul sulla dopo prima durante davanti dietro accanto fuori sotto sopra lungo vicino oggi ieri stamattina stamane stasera poi anche ancora subito già sempre così'.split(
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
  it: new Set(
    "a al alla allo ai agli alle da dal dalla dallo dai dagli dalle di del della dello dei degli delle dell' dell’ in nel nella nello nei negli nelle con col per tra fra su sul sulla e che via piazza corso viale largo".split(
      ' ',
    ),
  ),
};
// Determiners that open a noun phrase, per language.
const DETERMINERS: Record<string, Set<string>> = {
  es: new Set('el la los las un una unos unas'.split(' ')),
  pt: new Set('o a os as um uma uns umas'.split(' ')),
  it: new Set("il lo la i gli le l' l’ un uno una un'".split(' ')),
};
// Languages whose names of places and wards follow a preposition after the verb ("dal letto di Medicina").
const NAMED_PLACES = new Set(['it']);

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
  const code = language().code;
  const openers = OPENERS[code];
  const links = PREPOSITIONS[code];
  const determiners = DETERMINERS[code];
  const first = tokens[from];
  if (!openers || !links || !determiners || !first || from >= to || !openers.has(first.lower)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev) return false;
    if (/[,;:]/.test(text.slice(prev.end, t.start))) return false;
    // "en los pasillos de la Cámara": a name a preposition governs is where it was said, not who said it.
    // A name's later words go with it ("en Onda Sur"), unless a name of its own starts there.
    const more = !!startsName && !!prev.cap && k - 1 > from && !startsName(k);
    const placed = NAMED_PLACES.has(code)
      ? links.has(prev.lower)
      : code === 'es' && (governed(tokens, k, links, determiners) || more || namedPlace(tokens, k, links, determiners));
    if (t.cap && k > from && !placed) return false;
    if (determiners.has(t.lower) && !links.has(prev.lower)) return false;
  }
  return true;
}

// Kinds of place that take a person's name ("el aeropuerto Jorge Chávez", "la avenida Simón Bolívar").
const PLACE_KINDS = new Set(
  'aeropuerto hospital estadio coliseo colegio escuela liceo universidad avenida calle plaza puente parque teatro auditorio museo'.split(
    ' ',
  ),
);

/**
 * True when token k is the name a kind of place bears, that place the object of a preposition ("en el
 * aeropuerto Guillermo Concha Iberico"): where it was said, however much the name looks like a person's.
 */
function namedPlace(tokens: Token[], k: number, links: Set<string>, determiners: Set<string>): boolean {
  const kind = tokens[k - 1];
  return !!kind && !kind.cap && PLACE_KINDS.has(kind.lower) && governed(tokens, k - 1, links, determiners);
}

/** True when token k after a cue verb is the object of a preposition ("ha denunciado en la Asamblea"). */
export function placeNoun(tokens: Token[], k: number): boolean {
  const links = PREPOSITIONS.es;
  const determiners = DETERMINERS.es;
  return language().code === 'es' && !!links && !!determiners && governed(tokens, k, links, determiners);
}

/** True when token k follows a preposition, directly or past a determiner ("de la Cámara", "en Moncloa"). */
function governed(tokens: Token[], k: number, links: Set<string>, determiners: Set<string>): boolean {
  const prev = tokens[k - 1]?.lower ?? '';
  return links.has(prev) || (determiners.has(prev) && links.has(tokens[k - 2]?.lower ?? ''));
}
