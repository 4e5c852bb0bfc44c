/**
 * A cue set off by commas right before a quotation, the way Italian, Portuguese and Spanish copy slip the
 * speaker into a sentence about something else: "un derby che, ha ammesso Zoppas, «vale già mezza
 * stagione»", "Ma, avverte Tassinari, «…»". The insert names the speaker, not the sentence's subject.
 */

import type { Referent } from '@/lib/detect/people/people-index';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { referentAt } from '@/lib/detect/referents/referents';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';

// ", <insert>, " closing right at the opening mark: a short clause with no sentence break or quote mark.
const INSERT_BEFORE = /,\s*([^,;:.!?\n«»“”"]{3,60}?),\s*$/u;

/** The speaker a comma insert opening on a cue verb names right before quote `q`, or undefined without one. */
export function commaInsertBefore(c: Ctx, q: RawQuote): Referent | undefined {
  const head = c.text.slice(Math.max(0, q.open - 80), q.open);
  const m = INSERT_BEFORE.exec(head);
  const clause = m?.[1];
  if (!m || clause === undefined) return undefined;
  const from = q.open - head.length + m.index + m[0].indexOf(clause);
  const a = firstTokenAt(c.tokens, from);
  const b = firstTokenAt(c.tokens, from + clause.length);
  const glue = language().glue;
  let v = a;
  while (v < b && glue.has(c.tokens[v]?.lower ?? '')) v++;
  // Only a reporting verb opening the insert makes it a cue: ", in una nota," or ", però," are not.
  if (v >= b || !isCueVerb(c.tokens[v]?.lower ?? '')) return undefined;
  for (let i = v + 1; i < b; i++) {
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (r) return r;
  }
  return undefined;
}
