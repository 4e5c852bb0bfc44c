/**
 * "Il rallentamento tedesco è il vero rischio, osserva Chiara Lodigiani, capo economista di Banca Padana.
 * «…»": the sentence before a quote closes on an inverted cue whose subject follows the verb, with an
 * apposition after the name. Whoever that cue names goes on speaking in the quote that follows.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';
import { scan, tokenAt } from './cue-scan';

// How far after the cue verb its subject may stand ("osserva il professor X").
const REACH = 4;

/** The subject of an inverted cue after a comma in the sentence [p, sStart), or undefined. */
export function invertedCueBefore(c: Ctx, p: number, sStart: number): Referent | undefined {
  const a = tokenAt(c.tokens, p);
  const b = tokenAt(c.tokens, sStart);
  for (let v = b - 1; v > a; v--) {
    const t = c.tokens[v];
    const prev = c.tokens[v - 1];
    if (!t || !prev || c.quoted[v] || !isCueVerb(t.lower)) continue;
    if (!c.text.slice(prev.end, t.start).includes(',')) continue;
    return scan(c, v + 1, Math.min(b, v + 1 + REACH), 1);
  }
  return undefined;
}
