/**
 * "Le domande potranno essere presentate «a partire dal 15 gennaio» sul portale, ha chiarito Cortesi.": a
 * partial quote woven into a sentence that a cue closes after a comma. Romance news copy attributes the whole
 * sentence so; the cue readers right after the quote see a new clause begin at the comma and give up.
 */

import type { RawQuote } from '@/lib/detect/quotes/quotes';
import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';
import { scan, tokenAt } from './cue-scan';

// The words between the quote and the comma: a short complement, no other quote, no sentence break.
const COMPLEMENT = /^[^"«»\u201c\u201d\u201e,;:.!?]{2,80}$/u;

/** True when someone is named in [from, to): then the sentence may be theirs, not the closing cue's. */
function namesSomeone(c: Ctx, from: number, to: number): boolean {
  return c.idx.mentions.some((m) => m.start >= from && m.end <= to);
}

/**
 * The subject of a cue verb that closes the sentence of quote `q` after a comma, when nobody else is named in
 * the sentence and the words between the quote and that comma hold no cue of their own; otherwise nobody.
 */
export function closingCue(c: Ctx, q: RawQuote, sStart: number, sEnd: number): Referent | undefined {
  if (language().code === 'en') return undefined;
  const close = q.close >= 0 ? q.close + 1 : q.end;
  const tail = c.text.slice(close, sEnd);
  const comma = tail.indexOf(',');
  if (comma < 0 || !COMPLEMENT.test(tail.slice(0, comma)) || !/\p{L}/u.test(tail.slice(0, comma))) return undefined;
  if (namesSomeone(c, sStart, q.open) || namesSomeone(c, close, close + comma)) return undefined;
  const a = tokenAt(c.tokens, close);
  const from = tokenAt(c.tokens, close + comma);
  const end = tokenAt(c.tokens, sEnd);
  if (c.tokens.slice(a, from).some((t) => isCueVerb(t.lower))) return undefined;
  let v = from;
  const glue = language().glue;
  while (v < end && glue.has(c.tokens[v]?.lower ?? '')) v++;
  if (v >= end || !isCueVerb(c.tokens[v]?.lower ?? '')) return undefined;
  const r = scan(c, v + 1, Math.min(end, v + 4), 1);
  if (!r || r.entity === null || !/^[\s.!?]*$/.test(c.text.slice(r.end, sEnd))) return undefined;
  return c.idx.entities[r.entity]?.kind === 'person' ? r : undefined;
}
