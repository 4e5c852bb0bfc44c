/**
 * "La AIReF considera que el límite es «coherente», aunque advierte de que las previsiones son «optimistas»":
 * a cue verb opening a clause joined to the sentence's first ("y ha añadido", "pero advierte", "aunque
 * matiza") shares that verb's subject; a name between the two is only what the first clause spoke about.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { isCueAt } from '@/lib/detect/referents/verb-or-noun';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Ctx } from './cue-context';

/** Conjunctions joining a second clause that keeps the subject, in Spanish news. */
const JOINS = new Set(['y', 'e', 'pero', 'aunque', 'mientras', 'si', 'bien', 'donde']);

/**
 * The subject of the cue verb at `v` when it opens a joined clause: `subjectOf` read at the first cue verb of
 * the sentence (from token `a`); undefined when the verb opens no joined clause or no earlier cue stands.
 */
export function coordinatedSubject(
  c: Ctx,
  a: number,
  v: number,
  subjectOf: (c: Ctx, from: number, v: number) => Referent | undefined,
): Referent | undefined {
  if (language().code !== 'es') return undefined;
  const glue = language().glue;
  let i = v - 1;
  while (i > a && glue.has(must(c.tokens[i], 'token').lower)) i--;
  if (i <= a || !JOINS.has(must(c.tokens[i], 'token').lower)) return undefined;
  for (let k = i - 1; k >= a; k--) {
    if (c.quoted[k] || !isCueAt(c.tokens, k)) continue;
    // "«…», ha denunciado en la Asamblea, donde ha acusado …": the first cue's quote was just attributed.
    const last = c.d.lastSpeaker;
    const own = last !== null && c.d.lastSpeakerAt >= sentenceStart(c.text, must(c.tokens[v], 'token').start);
    const t = must(c.tokens[k], 'token');
    return subjectOf(c, a, k) ?? (own ? { entity: last, start: t.start, end: t.end } : undefined);
  }
  return undefined;
}
