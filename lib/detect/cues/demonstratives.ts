/**
 * "« … », raconte cet ancien marin-pêcheur", "explique cette mère de famille": French news names a person,
 * then attributes their words to a demonstrative description of them. The demonstrative points back to the
 * person the paragraph has just named, and its form tells their gender (cette: a woman).
 */

import type { Referent } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';

// Demonstrative determiners and the gender they give, per language.
const DEMONSTRATIVES: Record<string, Record<string, 'm' | 'f'>> = {
  fr: { ce: 'm', cet: 'm', cette: 'f' },
};

/** The person a demonstrative description at token k stands for, or undefined when none stands there. */
export function demonstrativeSubject(c: Ctx, k: number, open: number): Referent | undefined {
  const det = c.tokens[k];
  const noun = c.tokens[k + 1];
  const g = det ? DEMONSTRATIVES[language().code]?.[det.lower] : undefined;
  if (!det || !noun || !g || noun.cap) return undefined;
  // The person last named outside quotes in the paragraph, before the quote.
  const para = c.text.lastIndexOf('\n', open) + 1;
  for (let i = c.idx.mentions.length - 1; i >= 0; i--) {
    const m = must(c.idx.mentions[i], 'mention');
    if (m.start >= open) continue;
    if (m.start < para) break;
    const e = must(c.idx.entities[m.entity], 'entity');
    if (e.kind !== 'person' || c.text.slice(m.start, m.end).length < 3) continue;
    if (isQuotedAt(c, m.start)) continue;
    if (e.gender && e.gender !== g) return { entity: null, start: det.start, end: noun.end };
    // "cette mère" tells who she is: a later "ce commerçant" is someone else.
    e.gender = g;
    return { entity: m.entity, start: det.start, end: noun.end };
  }
  return { entity: null, start: det.start, end: noun.end };
}

/** True when the word at `pos` lies inside a quote. */
function isQuotedAt(c: Ctx, pos: number): boolean {
  let lo = 0;
  let hi = c.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (must(c.tokens[mid], 'token').start < pos) lo = mid + 1;
    else hi = mid;
  }
  return c.quoted[lo] === true;
}
