/**
 * What stands right after a source word ("selon", "según") when it is not a name: a possessive naming
 * someone's circle ("selon son entourage"), or a stressed pronoun standing for a person ("selon lui").
 */

import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';

/** The source after the source word at token k, when a possessive or a stressed pronoun follows it. */
export function sourceWords(c: Ctx, k: number, b: number): Referent | undefined {
  return ownCircle(c, k, b) ?? stressedPronoun(c, k, b);
}

/**
 * "selon son entourage", "selon ses proches": a possessive after the source word names someone's circle, a
 * source nobody names, unless a name stands in apposition ("selon son avocat, Me Ann Cole").
 */
function ownCircle(c: Ctx, k: number, b: number): Referent | undefined {
  const det = c.tokens[k + 1];
  const noun = c.tokens[k + 2];
  if (!det || !noun || k + 2 >= b || !language().possessives.has(det.lower)) return undefined;
  const next = c.tokens[k + 3];
  const apposed =
    next && /^\s*,\s*$/.test(c.text.slice(noun.end, next.start)) ? referentAt(c.idx, c.d, c.tokens, k + 3) : undefined;
  return apposed ?? { entity: null, start: det.start, end: noun.end };
}

/**
 * "Pour l'économiste Élise Marchand, l'effet reste « incertain »": a sentence opening on whose view it is,
 * set off by a comma, cites them as "selon" would. Only the words before that comma can name them.
 */
export function opinionSource(c: Ctx, a: number, b: number): Referent | undefined {
  const first = c.tokens[a];
  if (!first || !language().opinion.has(first.lower)) return undefined;
  for (let i = a + 1; i < b && i < a + 12; i++) {
    const t = c.tokens[i];
    const prev = c.tokens[i - 1];
    if (!t || !prev || c.quoted[i] || /[,;:]/.test(c.text.slice(prev.end, t.start))) return undefined;
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (r) return ofTitle(c, a + 1, r) ? holderAfter(c, r) : r;
  }
  return undefined;
}

/**
 * True when `r` is what a title before it is of, the title perhaps with one modifier: "Para o líder
 * parlamentar do PS, X, …" gives the view of the leader, not of the party.
 */
function ofTitle(c: Ctx, from: number, r: Referent): boolean {
  const at = firstTokenAt(c.tokens, r.start);
  const of = c.tokens[at - 1];
  if (!of || !language().of.has(of.lower)) return false;
  const title = (k: number) => k >= from && ROLE_NOUNS.has(c.tokens[k]?.lower ?? '');
  return title(at - 2) || (title(at - 3) && !c.tokens[at - 2]?.cap);
}

/** The holder a title names in apposition after what it is of ("…do PS, Duarte Rebelo,"), else nobody named. */
function holderAfter(c: Ctx, r: Referent): Referent {
  const k = firstTokenAt(c.tokens, r.end);
  const next = c.tokens[k];
  const named =
    next && /^\s*,\s*$/.test(c.text.slice(r.end, next.start)) ? referentAt(c.idx, c.d, c.tokens, k) : undefined;
  const person = named && named.entity !== null && c.idx.entities[named.entity]?.kind === 'person';
  return person && named ? named : { entity: null, start: r.start, end: r.end };
}

/** "Selon lui, …": the stressed pronoun stands for the person its subject form ("il") would. */
function stressedPronoun(c: Ctx, k: number, b: number): Referent | undefined {
  const t = c.tokens[k + 1];
  const lang = language();
  const g = t && k + 1 < b ? lang.stressed[t.lower] : undefined;
  const subject = g && Object.keys(lang.pronouns).find((p) => lang.pronouns[p] === g);
  if (!t || !subject) return undefined;
  const tokens = c.tokens.slice();
  tokens[k + 1] = { ...t, lower: subject };
  return referentAt(c.idx, c.d, tokens, k + 1);
}
