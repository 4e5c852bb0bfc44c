/**
 * A title marked as past ("the former prosecutor", "the retired detective") names someone who no longer
 * holds it: it points back only to a person whose stated role is past too, never to the present holder
 * ("the current prosecutor, Janelle Okafor"), who is another person.
 */
import { language } from '@/lib/detect/text/language';
import { ROLE_MODIFIERS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import type { Entity } from './people-index';

// English words that put a title in the past.
const PAST = /^(?:former|ex|onetime|one-time|retired|erstwhile|then)$/;
const PAST_ROLE = /\b(?:former|ex|onetime|one-time|retired|erstwhile|then|emeritus)\b|\bex-/;

/** True when the English title at token `i` is marked as past by a modifier before it ("the former top prosecutor"). */
export function pastTitle(tokens: Token[], i: number): boolean {
  if (language().code !== 'en') return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]?.lower ?? '';
    if (PAST.test(w) || /^ex-/.test(w)) return true;
    if (!ROLE_MODIFIERS.has(w) && !tokens[k]?.cap) return false;
  }
  return false;
}

// A past word in the title run right before a mention: "Former Governor Alice Brant", "ex-Senator Tom Hill".
const PAST_BEFORE = /\b(?:former|ex|onetime|one-time|retired|erstwhile)[\s-]+(?:\p{L}[\p{L}.\u2019'-]*\s+){0,3}$/iu;

/** True when the text gives `e` a past role: in its stated role or in a title right before one of its mentions. */
export function pastHolder(e: Entity, text: string): boolean {
  if (PAST_ROLE.test((e.role ?? '').toLowerCase())) return true;
  return e.mentions.some((m) => PAST_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start)));
}
