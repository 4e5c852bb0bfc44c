/**
 * "Preguntado por la prórroga, el presidente del Gobierno ha evitado comprometer plazos. «…», ha zanjado.":
 * a subjectless cue goes on with the subject of the sentence before, and when that subject is a description
 * ("la ministra", "el presidente del Gobierno", "la jefa comunal") it is whoever the page gave that title,
 * never someone named earlier who merely stands closer. No holder, or more than one: nobody named.
 */

import type { Entity, PeopleIndex, Referent } from '@/lib/detect/people/people-index';
import { titleAt, titleFits } from '@/lib/detect/referents/epithets';
import { firstTokenAt, previousSentence } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { isCueVerb, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Token } from '@/lib/detect/text/tokens';

const DEFINITE = new Set(['el', 'la']);
/**
 * Descriptions Spanish-language local news gives an office besides its title (Chilean and Mexican copy
 * calls the mayor "el edil", "la jefa comunal", "la autoridad comunal"): the title each stands for.
 */
const STANDS_FOR: Record<string, string> = {
  edil: 'alcalde',
  edila: 'alcaldesa',
  'jefe comunal': 'alcalde',
  'jefa comunal': 'alcaldesa',
  'autoridad comunal': 'alcalde',
  'autoridad municipal': 'alcalde',
  'presidente municipal': 'alcalde',
  'presidenta municipal': 'alcaldesa',
};
/** How many words from token i spell one of those descriptions ("el edil", "la jefa comunal"); 0 if none. */
export function localTitleLength(tokens: Token[], i: number): number {
  const one = tokens[i]?.lower ?? '';
  if (STANDS_FOR[`${one} ${tokens[i + 1]?.lower ?? ''}`]) return 2;
  return STANDS_FOR[one] ? 1 : 0;
}

/** Heads of such descriptions that are no title of their own. */
const HEADS = new Set(['autoridad', 'edil', 'edila', 'seremi']);
/** How many words may open a sentence before its subject ("Preguntado por …, el presidente"). */
const FRONTED = 25;
/** How many words a description may run before its verb ("la secretaria general de la Unión … (US)"). */
const REACH = 12;
/** Words that set off a fronted phrase's end and are no subject: "en tanto", "por su parte". */
const LINKS = new Set(['en', 'tanto', 'por', 'su', 'parte', 'además', 'asimismo', 'mientras']);

/** The tokens and text a subjectless cue is read against. */
export interface Scope {
  text: string;
  idx: PeopleIndex;
  tokens: Token[];
  quoted: boolean[];
}

/**
 * Who the description heading the sentence before the quote at `open` (or the quote's own sentence up to it)
 * stands for; `{ entity: null }` when no one or several fit; undefined when that sentence has no description
 * for its subject. Spanish news only: the rule reads Spanish articles and verb forms.
 */
export function descriptionSubject(s: Scope, open: number, fits: (e: Entity) => boolean): Referent | undefined {
  if (language().code !== 'es') return undefined;
  const own = sentenceStart(s.text, open);
  const from = /\p{L}/u.test(s.text.slice(own, open)) ? own : previousSentence(s.text, own);
  if (from < 0) return undefined;
  const at = subjectAt(s, firstTokenAt(s.tokens, from), open);
  if (at === undefined) return undefined;
  const noun = s.tokens[at];
  const article = s.tokens[at - 1];
  if (!noun || !article) return undefined;
  const end = verbAfter(s, at + 1, open);
  if (end < 0) return undefined;
  // "el delegado Óscar Pincheira informó", "la ministra, Lucía Ferrándiz, ha dicho": the name is the subject.
  const named = namedIn(s, at + 1, end);
  if (named) return named;
  return { entity: describedHolder(s, at, end, open, fits), start: article.start, end: noun.end };
}

/**
 * The one person named before `open` whom the description in tokens [at, end) (title noun first, its article
 * before it) stands for, or null when no one or several fit.
 */
export function describedHolder(
  s: Scope,
  at: number,
  end: number,
  open: number,
  fits: (e: Entity) => boolean,
): number | null {
  const noun = must(s.tokens[at], 'title');
  const article = must(s.tokens[at - 1], 'article');
  const phrase = s.tokens
    .slice(at, end)
    .map((t) => t.lower)
    .join(' ');
  // "el titular del Ejecutivo federal" stands for a president, "la diputada navarra" for a diputada.
  const words = phrase.split(' ');
  const qualified = words.slice(1).some((w) => language().of.has(w));
  const listed = titleAt(s.tokens, at);
  const title = !qualified ? noun.lower : listed.includes('_') ? listed : '';
  const holders = new Set<number>();
  for (const m of s.idx.mentions) {
    const e = s.idx.entities[m.entity];
    if (!e || m.start >= open || !fits(e) || !e.role) continue;
    if (holdsDescription(e, phrase, title, article.lower)) holders.add(e.id);
  }
  const only = holders.size === 1 ? [...holders][0] : undefined;
  return only ?? null;
}

/** True when `e`'s stated role is the description: the whole phrase, or its title noun when that is all. */
function holdsDescription(e: Entity, phrase: string, title: string, article: string): boolean {
  const role = (e.role ?? '').toLowerCase().replace(/^(?:el|la)\s+/u, '');
  if (role.includes(phrase)) return true;
  // "la autoridad comunal" is the mayor whatever the mayor's gender: the noun's article says nothing.
  const local = STANDS_FOR[phrase] ?? STANDS_FOR[phrase.split(' ').slice(0, 2).join(' ')];
  if (local) return titleFits(role, e.gender, local, phrase.startsWith('autoridad') ? undefined : article);
  // "el titular de Interior" is whoever heads Interior: a "ministro del Interior", a "consejera de Sanidad".
  const office = /^titular (?:de|del) (?:la |las |los )?(\p{L}+)/u.exec(phrase)?.[1];
  if (office && role.split(/[^\p{L}]+/u).includes(office) && titleFits(role, e.gender, 'titular', article)) return true;
  // "el presidente del Gobierno" for a "presidente de la CEE" is someone else: a title with what it is of
  // fits only as a whole ("jefe_ejecutivo"); a bare title may stand for any holder.
  return title !== '' && titleFits(role, e.gender, title, article);
}

/** A name right after the title or set off by a comma within the subject's phrase, tokens [from, to). */
function namedIn(s: Scope, from: number, to: number): Referent | undefined {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    const m = t && s.idx.mentions.find((x) => x.start === t.start);
    const gap = s.text.slice(s.tokens[k - 1]?.end ?? 0, t?.start ?? 0);
    if (m && (k === from || /^\)?\s*,\s*$/.test(gap))) return { entity: m.entity, start: m.start, end: m.end };
  }
  return undefined;
}

/** Index of the title noun heading the subject of the sentence from token `a`, past a fronted phrase. */
function subjectAt(s: Scope, a: number, open: number): number | undefined {
  if (headsDescription(s, a + 1, open)) return a + 1;
  for (let k = a + 1; k < Math.min(s.tokens.length, a + FRONTED); k++) {
    const t = s.tokens[k];
    const prev = s.tokens[k - 1];
    if (!t || !prev || t.start >= open || s.quoted[k]) return undefined;
    if (!/,\s*$/.test(s.text.slice(prev.end, t.start))) continue;
    let i = k;
    while (LINKS.has(s.tokens[i]?.lower ?? '') && i < k + 3) i++;
    if (i > k && !/,\s*$/.test(s.text.slice(s.tokens[i - 1]?.end ?? 0, s.tokens[i]?.start ?? 0))) i = k;
    if (headsDescription(s, i + 1, open)) return i + 1;
  }
  return undefined;
}

/** True when token `i` is a lower-case title right after a definite article, before the quote. */
export function headsDescription(s: Scope, i: number, open: number): boolean {
  const t = s.tokens[i];
  const det = s.tokens[i - 1];
  if (!t || !det || t.start >= open || s.quoted[i] || t.cap) return false;
  const head = ROLE_NOUNS.has(t.lower) || HEADS.has(t.lower);
  return DEFINITE.has(det.lower) && head && s.text.slice(det.end, t.start) === ' ';
}

/** Index of the verb closing the subject's phrase from token `from` (-1 when a comma or the quote comes first). */
function verbAfter(s: Scope, from: number, open: number): number {
  const glue = language().glue;
  for (let k = from; k < Math.min(s.tokens.length, from + REACH); k++) {
    const w = s.tokens[k];
    const prev = s.tokens[k - 1];
    if (!w || w.start >= open || s.quoted[k]) return -1;
    // A name in apposition is set off by commas: "el presidente, Andrés Villalba, ha dicho".
    if (prev && /[.;:!?]/.test(s.text.slice(prev.end, w.start))) return -1;
    if (w.cap) continue;
    if (isCueVerb(w.lower) || glue.has(w.lower) || /(?:ó|aron|ieron)$/u.test(w.lower)) return k;
  }
  return -1;
}
