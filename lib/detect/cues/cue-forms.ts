/**
 * Cue forms that news writing bends: a plural noun used as the verb after a name ("," Cole notes.), a body,
 * its title and then the person ("said NASA commentator George Diller"), and a quote in what a relative
 * clause reports ("a student who asked whether he was '…'").
 */

import { mentionCovering, type Referent } from '@/lib/detect/people/people-index';
import { referentAt } from '@/lib/detect/referents/referents';
import { isNounFormCue } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';

/** Words between a subject and its verb: "X also said", "X had said". */
export const BETWEEN_SUBJECT_AND_VERB =
  /^(?:also|later|then|once|again|previously|had|has|have|was|is|would|will|recently|repeatedly|quickly|simply|just|still|earlier|often|\p{L}+ly)$/u;

/**
 * True when a word that is usually a plural noun ("notes", "points", "claims") closes an attribution after a
 * quote as a verb: right after a capitalised name and before a comma, a stop, "out" or "that" ("," Cole notes.).
 */
export function closesAttribution(c: Ctx, v: number): boolean {
  const t = c.tokens[v];
  const before = c.tokens[v - 1];
  if (!t || !isNounFormCue(t.lower) || !before?.cap || before.possessive) return false;
  const next = c.tokens[v + 1];
  if (!next) return true;
  return /[,.;]/.test(c.text.slice(t.end, next.start)) || next.lower === 'out' || next.lower === 'that';
}

/** "said NASA commentator George Diller": a body, its lower-case title words, then the person who spoke. */
export function titledAfterBody(c: Ctx, r: Referent, b: number): Referent | undefined {
  if (r.entity === null || c.idx.entities[r.entity]?.kind !== 'organisation') return undefined;
  // Rare enough (an inverted cue naming a body) for a plain search.
  const from = c.tokens.findIndex((t) => t.start >= r.end);
  if (from < 0) return undefined;
  for (let i = from; i < Math.min(b, from + 4); i++) {
    const t = c.tokens[i];
    const prev = c.tokens[i - 1];
    if (!t || !prev || c.text.slice(prev.end, t.start) !== ' ') return undefined;
    const m = mentionCovering(c.idx, t.start, t.end);
    if (m && m.start === t.start && i > from && c.idx.entities[m.entity]?.kind === 'person')
      return { entity: m.entity, start: m.start, end: m.end };
    if (t.cap) return undefined;
  }
  return undefined;
}

/**
 * "… a student who questioned whether he was "a friend to women" …": the quote sits in what the relative
 * clause reports, so it is the antecedent's: the person named right before "who", else nobody the text names
 * (never the subject of the sentence around it). "Women who had accused Mr. Trump "should be heard"" has no
 * "whether" or "that" after the verb: the quote is not what the relative clause reports.
 */
export function relativeReport(c: Ctx, v: number, b: number): Referent | undefined {
  let w = v - 1;
  while (w > 0 && BETWEEN_SUBJECT_AND_VERB.test(c.tokens[w]?.lower ?? '') && v - w < 3) w--;
  if (c.tokens[w]?.lower !== 'who' || c.quoted[w]) return undefined;
  for (let k = v + 1; k < b; k++)
    if (/^(?:whether|if|that|why|how)$/.test(c.tokens[k]?.lower ?? '')) return antecedent(c, w);
  return undefined;
}

/** Who the "who" at token k stands for: the person named right before it, else someone the text does not name. */
function antecedent(c: Ctx, k: number): Referent {
  const r = referentAt(c.idx, c.d, c.tokens, k - 1);
  const t = c.tokens[k];
  const unnamed = { entity: null, start: t?.start ?? 0, end: t?.end ?? 0 };
  return r && r.entity !== null && c.idx.entities[r.entity]?.kind === 'person' ? r : unnamed;
}
