/**
 * Spanish relative clauses around a cue. "…, Rocío Almansa, que ha anunciado que … «vigilante»": the verb's
 * subject is the relative pronoun, which stands for the name before its comma. "La AIReF, que alertó de que
 * la deuda no bajará del 100% del PIB, considera que … «coherente»": the verb after the clause has the same
 * subject, never a name inside the clause.
 */

import { mentionCovering } from '@/lib/detect/people/people-index';
import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Ctx } from './cue-context';

const RELATIVES = new Set(['que', 'quien', 'quienes']);
/** How many words a relative clause set off by commas may run. */
const CLAUSE = 30;
/** How many words the antecedent's phrase or its complement may run. */
const PHRASE = 6;

/**
 * The antecedent of the relative clause that is, or stands right before, the subject of the cue verb at `v`
 * (tokens from `a`); `{ entity: null }` when the antecedent is nobody named; undefined when no relative
 * clause is there.
 */
export function relativeAntecedent(c: Ctx, a: number, v: number): Referent | undefined {
  if (language().code !== 'es') return undefined;
  const glue = language().glue;
  let i = v - 1;
  while (i > a && glue.has(must(c.tokens[i], 'token').lower)) i--;
  // "…, que ha anunciado": the pronoun itself is the subject.
  if (i > a && RELATIVES.has(must(c.tokens[i], 'token').lower) && commaBefore(c, i)) return antecedent(c, i);
  // "X, que …, considera": a clause closed by a comma right before the verb.
  if (i <= a || !commaBefore(c, i + 1)) return undefined;
  for (let k = i; k > Math.max(a, i - CLAUSE); k--) {
    const t = must(c.tokens[k], 'token');
    if (c.quoted[k]) return undefined;
    if (RELATIVES.has(t.lower) && commaBefore(c, k)) return antecedent(c, k);
  }
  return undefined;
}

/** True when a comma (after an optional closing bracket) stands right before token k. */
function commaBefore(c: Ctx, k: number): boolean {
  const prev = c.tokens[k - 1];
  const t = c.tokens[k];
  return !!prev && !!t && /^\)?\s*,\s*$/.test(c.text.slice(prev.end, t.start));
}

/**
 * Who the phrase right before the relative pronoun at token k is: a name, or a title the text gave someone
 * ("el técnico andaluz, que"); past a complement set off by commas ("la senadora X, del bloque Y, que").
 * Nobody named when none of that stands there.
 */
function antecedent(c: Ctx, k: number): Referent {
  const t = must(c.tokens[k], 'token');
  let j = k - 1;
  const of = complementOpening(c, j);
  if (of !== undefined) j = of - 1;
  for (let i = j; i >= Math.max(0, j - PHRASE); i--) {
    const w = must(c.tokens[i], 'token');
    if (i < j && /,/.test(c.text.slice(w.end, must(c.tokens[i + 1], 'token').start))) break;
    const m = mentionCovering(c.idx, w.start, w.end) ?? (i === j ? acronymBefore(c, i) : undefined);
    if (m) return { entity: m.entity, start: m.start, end: m.end };
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (r) return r;
    // "«…», señaló el ejecutivo, quien …": the inverted subject of the cue just read is its quote's speaker.
    const cue = c.tokens[i - 1];
    if (cue && isCueVerb(cue.lower) && c.d.lastSpeaker !== null && c.d.lastSpeakerAt >= sentenceStart(c.text, t.start))
      return { entity: c.d.lastSpeaker, start: w.start, end: must(c.tokens[j], 'token').end };
  }
  return { entity: null, start: t.start, end: t.end };
}

/** The first token of a "de"-complement set off by a comma that ends at token j, if one does. */
function complementOpening(c: Ctx, j: number): number | undefined {
  for (let i = j; i > Math.max(0, j - PHRASE); i--) {
    if (!commaBefore(c, i)) continue;
    return language().of.has(must(c.tokens[i], 'token').lower) ? i : undefined;
  }
  return undefined;
}

/** "La Autoridad … (AIReF), que": the body's name before its acronym in brackets. */
function acronymBefore(c: Ctx, k: number) {
  const t = c.tokens[k];
  const before = c.tokens[k - 1];
  if (!t || !before || !/^\s*\($/.test(c.text.slice(before.end, t.start))) return undefined;
  return mentionCovering(c.idx, before.start, before.end);
}
