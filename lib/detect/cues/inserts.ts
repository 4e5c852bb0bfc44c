/**
 * A cue set inside the quotation between dashes, the way Spanish (and Portuguese, Catalan) copy interrupts a
 * quote to say who speaks: «Los precios bajarán —dijo Herrero—, pero no este año». The insert names the
 * speaker (or a title that refers to them); an insert whose subject cannot be named names nobody.
 */

import type { Referent } from '@/lib/detect/people/people-index';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { referentAt } from '@/lib/detect/referents/referents';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';
import { genericDescription } from './generic-description';

// An em or en dash opening the insert after a word, and its closing dash within a short clause.
const INSERT = /[\u2014\u2013]\s*([^\u2014\u2013\n]{3,140}?)\s*[\u2014\u2013]/gu;

/** The speaker a dash insert inside quote `q` names, `null`-entity when it names nobody, or undefined without one. */
export function insertCue(c: Ctx, q: RawQuote): Referent | undefined {
  const body = c.text.slice(q.start, q.end);
  for (const m of body.matchAll(INSERT)) {
    const from = q.start + m.index;
    const to = from + m[0].length;
    const a = firstTokenAt(c.tokens, from);
    const b = firstTokenAt(c.tokens, to);
    const words = c.tokens.slice(a, b);
    const v = words.findIndex((t) => isCueVerb(t.lower));
    // "—y esto es lo grave—" is the speaker's own aside: only a reporting verb makes it a cue.
    if (v < 0 || v > 2) continue;
    for (let i = a; i < b; i++) {
      if (i === a + v) continue;
      const r = genericDescription(c, i, q.open) ?? referentAt(c.idx, c.d, c.tokens, i);
      // "– ha aggiunto la segretaria della Fp Cgil, Roberta Ghezzi, –": the body a title is of does not speak.
      if (r && !bodyOfTitle(c, r)) return r;
    }
    // "—añadió—" alone leaves the subject to the cues outside; a subject we cannot name is nobody.
    const verb = words[v];
    return b - a > v + 1 && verb ? { entity: null, start: verb.start, end: verb.end } : undefined;
  }
  return undefined;
}

/** True when referent `r` is an organisation named after "of" ("della Fp Cgil"): what a title is of. */
function bodyOfTitle(c: Ctx, r: Referent): boolean {
  const e = r.entity === null ? undefined : c.idx.entities[r.entity];
  if (e?.kind !== 'organisation') return false;
  const before = c.tokens[firstTokenAt(c.tokens, r.start) - 1];
  return !!before && language().of.has(before.lower);
}
