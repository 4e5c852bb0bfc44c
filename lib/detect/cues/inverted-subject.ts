/**
 * The speaker after a cue verb that follows the quote ("said Wang", "afirmó el consejero, Javier Ortega"):
 * named, titled, in apposition, placed late, or dropped.
 */

import { isOblique } from '@/lib/detect/people/name-forms';
import { mentionCovering } from '@/lib/detect/people/people-index';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { ROLE_MODIFIERS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { czechCircumstanceOnly } from './circumstance-cs';
import type { Ctx } from './cue-context';
import { titledAfterBody } from './cue-forms';
import { scan, tokenAt } from './cue-scan';
import { demonstrativeSubject } from './demonstratives';
import { droppedSubject } from './dropped-subject';
import { genericDescription } from './generic-description';
import { lateSubject } from './late-subject';
import { isTitleOf } from './lead-in';
import { pastMedium } from './medium-phrases';
import { pastAddressee, told } from './subject-forms';
import { completesTitle } from './title-complements';
import { bodyOfTitle } from './title-genitive-cs';
import { isOutletDative } from './told-outlets';
import { circumstanceOnly, placeNoun } from './verb-tail';

/** The subject after the cue verb (or the medium phrase ending) at `v`: named, titled, in apposition or dropped. */
export function invertedAt(c: Ctx, q: RawQuote, span: { a: number; b: number }, v: number): Referent | undefined {
  const { b } = span;
  const lang = language();
  const medium = pastMedium(c, v);
  if (medium > v + 1 && medium < b) return invertedAt(c, q, span, medium - 1);
  const shown = v + 2 < b ? demonstrativeSubject(c, v + 1, q.open) : undefined;
  if (shown) return shown;
  // "«…», señaló el ejecutivo": a word for what the speaker is stands for the subject of the sentence before.
  let r = genericDescription(c, v + 1, q.open) ?? scan(c, v + 1, Math.min(b, v + 4), 1);
  // "ha denunciado en la Asamblea de Madrid": where it was said, not who said it.
  if (r && placeNoun(c.tokens, tokenAt(c.tokens, r.start))) r = undefined;
  let reach = v + 3;
  // "afirmou à Lusa o dirigente": whom the speaker told may stand between the verb and its subject.
  const next = !r || told(c, r) ? pastAddressee(c, v + 1) : -1;
  const after = next > 0 ? scan(c, next, Math.min(b, next + 3), 1) : undefined;
  if (after?.entity != null) [r, reach] = [after, next + 2];
  // "reconnaissait l'entraîneur de Vannes Atlantique": what the title is of does not speak; its holder does.
  // "ha afirmado el presidente del Gobierno, Andrés Villalba": unless its holder is named in apposition.
  // "uvedl předseda ANO": the body a title is of does not speak either.
  if (r && (isTitleOf(c, v + 1, r) || bodyOfTitle(c, v, r)))
    return titleThenName(c, v, b, r) ?? { entity: null, start: must(c.tokens[v + 1], 'token').start, end: r.end };
  if (r && tokenAt(c.tokens, r.start) <= reach && !isOblique(c.text.slice(r.start, r.end)) && !told(c, r))
    return titleThenName(c, v, b, r) ?? titledAfterBody(c, r, b) ?? r;
  // "said Security Council President Ana Reyes": a long title before the name.
  for (let i = v + 1; i < Math.min(b, v + 10) && !c.quoted[i]; i++) {
    const t = must(c.tokens[i], 'token');
    const named = mentionCovering(c.idx, t.start, t.end);
    const person = named && c.idx.entities[named.entity]?.kind === 'person';
    if (named && person && named.start === t.start && !isOblique(c.text.slice(named.start, named.end)))
      return { entity: named.entity, start: named.start, end: named.end };
    const gap = c.text.slice(must(c.tokens[i - 1], 'token').end, t.start);
    const titleWord = t.cap || t.lower === 'of' || t.lower === 'the' || ROLE_MODIFIERS.has(t.lower);
    if (gap !== ' ' || !(titleWord || ROLE_NOUNS.has(t.lower))) break;
  }
  const inApposition = apposed(c, v, b);
  if (inApposition) return inApposition;
  // Freer word orders put an object or a place first: "píše na Twitteru Gary Lineker", "dijo ayer en Madrid X".
  // Czech news sets a place and a channel before the subject: "uvedla na sociální síti X předsedkyně … Lucie Vrbová".
  // "explicó en rueda de prensa", "ha declarado en los pasillos de la Cámara": only when and where it was
  // said follows, a place's name included; the subject is dropped.
  const startsName = (k: number) => c.idx.mentions.some((m) => m.start === c.tokens[k]?.start);
  const dropped =
    v + 1 >= b ||
    circumstanceOnly(c.text, c.tokens, v + 1, b, startsName) ||
    placeThenClause(c, v, b, startsName) ||
    czechCircumstanceOnly(c.tokens, v + 1, b, lang.glue);
  const named =
    lang.code === 'en' || dropped ? undefined : namedAfter(c, v + 1, Math.min(b, v + (lang.inflected ? 12 : 8)));
  if (named) return named;
  const late = dropped ? undefined : lateSubject(c, q, v, b);
  if (late) return late;
  // "teilte das Ministerium mit": a subject we cannot name is still this quote's, not someone named earlier.
  // "…,“ řekla novinářům.": whom the speaker told, with nobody after it, leaves the subject dropped too.
  // "«…», explicou ao Público.": whom the speaker told closing the sentence leaves the subject dropped as well.
  const bare =
    c.tokens.slice(v + 1, b).every((t) => lang.glue.has(t.lower) || isOutletDative(t)) || pastAddressee(c, v + 1) >= b;
  const then = must(c.tokens[v + 1 < b ? v + 1 : v], 'token');
  if (lang.code !== 'en' && !dropped && !bare && !lang.glue.has(then.lower) && !isOutletDative(then))
    return { entity: null, start: must(c.tokens[v], 'token').start, end: must(c.tokens[v + 1], 'token').end };
  // "..., añadió." with the subject dropped: the speaker just quoted goes on, or whom the text is about.
  const verb = c.tokens[v];
  if ((dropped || bare) && lang.code !== 'en' && verb) return droppedSubject(c, q.open, verb);
  return undefined;
}

/** "afirmó el consejero de Medio Ambiente, Javier Ortega": what the title names is not the speaker. */
function titleThenName(c: Ctx, v: number, b: number, r: Referent): Referent | undefined {
  const first = tokenAt(c.tokens, r.start);
  // "précise son directeur, Olivier Lambotte": the title itself may be what was resolved first.
  if (!c.tokens.slice(v + 1, first + 1).some((t) => ROLE_NOUNS.has(t.lower))) return undefined;
  const named = apposed(c, v, b, 20);
  // "précise son directeur adjoint, Paul Hamelin": a few words may still qualify the title before the comma,
  // and the body it is of: "la secretaria general de la Confederación … (CTI), Rocío Almansa".
  return named && completesTitle(c.text.slice(r.end, named.start)) ? named : undefined;
}

/** "said one of the organisers, Ann Cole": a name in apposition closes the phrase after the verb at v. */
function apposed(c: Ctx, v: number, b: number, reach = 12): Referent | undefined {
  for (let i = v + 2; i < Math.min(b, v + reach); i++) {
    // "… de Trabajadores Independientes (CTI), Rocío Almansa": an acronym in brackets may close the title.
    if (!/^\)?\s*,\s*$/.test(c.text.slice(must(c.tokens[i - 1], 'token').end, must(c.tokens[i], 'token').start)))
      continue;
    const named = c.idx.mentions.find((m) => m.start === must(c.tokens[i], 'token').start);
    if (named) return { entity: named.entity, start: named.start, end: named.end };
  }
  return undefined;
}

/** The first named mention in tokens [from, to): the subject placed late in an inverted cue. */
function namedAfter(c: Ctx, from: number, to: number): Referent | undefined {
  const of = language().of;
  for (let i = from; i < to && !c.quoted[i]; i++) {
    const m = mentionCovering(c.idx, must(c.tokens[i], 'token').start, must(c.tokens[i], 'token').end);
    // "afirmó el consejero de Medio Ambiente": what a title is of does not speak; its unnamed holder does.
    const titled = c.tokens.slice(from, i).some((t) => ROLE_NOUNS.has(t.lower));
    if (m && titled && of.has(c.tokens[i - 1]?.lower ?? ''))
      return { entity: null, start: c.tokens[from]?.start ?? m.start, end: m.end };
    // "řekl Kubátovi blízký zdroj": a name in the dative is not who spoke, nor is whom the speaker told.
    if (m && !isOblique(c.text.slice(m.start, m.end)) && !told(c, m))
      return { entity: m.entity, start: m.start, end: m.end };
  }
  return undefined;
}

/**
 * "ha denunciado en la Asamblea de Madrid, donde ha acusado …": a place after the verb, then a clause set off
 * by a comma that opens on a lower-case word (a relative, a preposition), names no subject either.
 */
function placeThenClause(c: Ctx, v: number, b: number, startsName: (k: number) => boolean): boolean {
  let k = v + 1;
  while (k < b && !/,/.test(c.text.slice(must(c.tokens[k - 1], 'token').end, must(c.tokens[k], 'token').start))) k++;
  const next = c.tokens[k];
  if (k >= b || !next || next.cap || language().articles.has(next.lower)) return false;
  return circumstanceOnly(c.text, c.tokens, v + 1, k, startsName);
}
