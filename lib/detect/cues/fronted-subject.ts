/**
 * "En un comunicado difundido tras el Consejo de Ministros, la patronal ha advertido de que la ley «…»": Spanish
 * news fronts a phrase of circumstance (where, when, in what document, asked about what) before the subject.
 * The subject is the noun phrase after its comma, right before the verb; a name inside the fronted phrase is
 * only where or when, never who spoke. A description no one named holds is nobody named.
 */

import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';
import { describedHolder, headsDescription } from './description-subject';

/** Words that open a fronted phrase: prepositions and conjunctions of time and circumstance. */
const OPENERS = new Set(
  'en tras durante desde con al ante sobre a para por mientras sin frente pese después antes cuando según al'.split(
    ' ',
  ),
);
/** Articles and possessives that open the subject's noun phrase. */
const DETERMINERS = new Set(['el', 'la', 'los', 'las', 'su', 'sus']);
/** How many words the subject's noun phrase may run before its verb. */
const PHRASE = 10;

/** The subject after a fronted phrase of the cue verb at `v` (sentence from token `a`), or undefined. */
export function frontedSubject(c: Ctx, a: number, v: number): Referent | undefined {
  if (language().code !== 'es' || !opensFronted(must(c.tokens[a], 'token').lower)) return undefined;
  const glue = language().glue;
  let i = v - 1;
  while (i > a && glue.has(must(c.tokens[i], 'token').lower)) i--;
  let k = i;
  while (k > a && i - k < PHRASE && !commaBefore(c, k)) k--;
  if (k <= a + 1 || !commaBefore(c, k) || i - k >= PHRASE) return undefined;
  const det = must(c.tokens[k], 'token');
  const noun = c.tokens[k + 1];
  if (!DETERMINERS.has(det.lower) || !noun || noun.cap || k + 1 > i) return undefined;
  for (let j = k; j <= i; j++) {
    if (c.quoted[j]) return undefined;
    // "el delegado Óscar Pincheira": a name in the subject's phrase is read as usual; not one a title is of
    // ("la portavoz del Gobierno").
    const of = language().of.has(c.tokens[j - 1]?.lower ?? '') || language().of.has(c.tokens[j - 2]?.lower ?? '');
    if (!of && c.idx.mentions.some((m) => m.start === c.tokens[j]?.start)) return undefined;
  }
  const at = { start: det.start, end: noun.end };
  const open = must(c.tokens[v], 'token').start;
  if (headsDescription(c, k + 1, open)) {
    const person = (e: { kind: string }) => e.kind === 'person';
    return { entity: describedHolder(c, k + 1, i + 1, open, person), ...at };
  }
  const r = referentAt(c.idx, c.d, c.tokens, k + 1);
  return r?.entity != null ? r : { entity: null, ...at };
}

/** True for a word opening a fronted phrase: a preposition, or a participle ("Preguntado por …,"). */
function opensFronted(word: string): boolean {
  return OPENERS.has(word) || /^(?:pregunt|consult|interrog|cuestion|requer)(?:ado|ada|ados|adas)$/u.test(word);
}

/** True when a comma stands right before token k. */
function commaBefore(c: Ctx, k: number): boolean {
  const prev = c.tokens[k - 1];
  const t = c.tokens[k];
  return !!prev && !!t && /,\s*$/.test(c.text.slice(prev.end, t.start));
}

/**
 * "La organización que preside Antonio Garamendi ha advertido …": a name closing a relative clause right
 * before the verb is the object of that clause; the subject is the noun phrase the clause hangs off, or
 * nobody named when that phrase names no one.
 */
export function relativeHeadSubject(c: Ctx, a: number, v: number): Referent | undefined {
  if (language().code !== 'es') return undefined;
  const glue = language().glue;
  let i = v - 1;
  while (i > a && glue.has(must(c.tokens[i], 'token').lower)) i--;
  const last = c.tokens[i];
  const m = last && c.idx.mentions.find((x) => x.start <= last.start && last.end <= x.end);
  if (!m || c.quoted[i]) return undefined;
  let k = i;
  while (k > a && must(c.tokens[k - 1], 'token').end > m.start) k--;
  // "que preside", "que dirige desde 2019": one or two words between the pronoun and the name.
  let q = k - 1;
  while (q > k - 4 && q > a && c.tokens[q]?.lower !== 'que') q--;
  if (c.tokens[q]?.lower !== 'que' || commaBefore(c, q)) return undefined;
  for (let j = q + 1; j < k; j++) if (must(c.tokens[j], 'token').cap || commaBefore(c, j)) return undefined;
  let d = q - 1;
  while (d > q - 4 && d >= a && !DETERMINERS.has(must(c.tokens[d], 'token').lower)) d--;
  const det = c.tokens[d];
  const noun = c.tokens[d + 1];
  if (!det || !noun || d < a || !DETERMINERS.has(det.lower) || noun.cap || d + 1 >= q) return undefined;
  const r = referentAt(c.idx, c.d, c.tokens, d + 1);
  return r?.entity != null ? r : { entity: null, start: det.start, end: noun.end };
}
