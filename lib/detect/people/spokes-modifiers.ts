/**
 * A body named as the modifier of an unnamed spokesperson ("A Downing Street spokesperson said:", "a
 * Pentagon spokeswoman told reporters", "a Tidewater spokesperson"): the spokesperson speaks for the body,
 * which news names no other way. "A spokesperson" alone is nobody the text names.
 */

import { type Token, tokenAt } from '@/lib/detect/text/tokens';
import type { Span } from '@/lib/detect/types';
import { mentionCovering, type PeopleIndex, type Referent } from './people-index';

// "A" or "another", one to four capitalised words (possessives and "&" inside), then the spokesperson.
const MODIFIED =
  /\b(?:[Aa]n?|[Aa]nother) ((?:\p{Lu}[\p{L}&.\u2019'-]*\s){0,3}\p{Lu}[\p{L}&.\u2019'-]*)\s+spokes(?:man|woman|person)\b/gu;
// Capitalised words that describe the spokesperson, not whom they speak for ("a Senior spokesman").
const NOT_BODY = /^(?:senior|chief|deputy|press|official|former|new|top|lead|principal)$/i;

/** One body named before "spokesperson": where, and its name. */
export interface ModifierBody extends Span {
  name: string;
}

/** The capitalised names standing right before an indefinite "spokesman", "spokeswoman" or "spokesperson". */
export function findModifierBodies(text: string): ModifierBody[] {
  if (!text.includes('spokes')) return [];
  return [...text.matchAll(MODIFIED)].flatMap((m) => {
    const name = m[1];
    if (name === undefined || name.split(/\s+/).some((w) => NOT_BODY.test(w))) return [];
    // The name follows the article and its space: search past the article so "A" never matches inside it.
    const start = m.index + m[0].indexOf(name, m[0].indexOf(' ') + 1);
    return [{ start, end: start + name.length, name }];
  });
}

/** The organisation the indefinite spokesperson at token `i` speaks for, named by the word right before it. */
export function modifierBody(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const owner = tokens[i - 1];
  const t = tokens[i];
  if (!owner || !t || !owner.cap || !/^\s+$/.test((idx.text ?? '').slice(owner.end, t.start))) return undefined;
  const m = mentionCovering(idx, owner.start, owner.end);
  if (!m || m.end !== owner.end || idx.entities[m.entity]?.kind !== 'organisation') return undefined;
  return { entity: m.entity, start: m.start, end: t.end };
}

// How far back "the spokesperson" looks for the spokesperson the text brought in.
const BACK = 900;

/** The organisation an indefinite spokesperson at token `k` speaks for: "a Pentagon spokeswoman", "a spokesman for the X". */
function bodyOf(idx: PeopleIndex, tokens: Token[], k: number): Referent | undefined {
  const named = modifierBody(idx, tokens, k);
  if (named) return named;
  let j = k + 1;
  if (!/^(?:for|of|from|at|with)$/.test(tokens[j]?.lower ?? '')) return undefined;
  j++;
  if (tokens[j]?.lower === 'the') j++;
  const t = tokens[j];
  const m = t ? mentionCovering(idx, t.start, t.end) : undefined;
  return m && idx.entities[m.entity]?.kind === 'organisation'
    ? { entity: m.entity, start: m.start, end: m.end }
    : undefined;
}

/**
 * The body "the spokesperson" at token `i` speaks for: the one the spokesperson the text brought in just
 * before ("A spokesperson for the Department of Public Works said … “…,” the spokesperson wrote") speaks for.
 */
export function earlierSpokesBody(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  for (let k = i - 1; k >= 0 && t.start - (tokens[k]?.start ?? 0) < BACK; k--) {
    const w = tokens[k]?.lower ?? '';
    if (!/^spokes(?:man|woman|person)$/.test(w)) continue;
    // "a spokesman" then "the spokeswoman" are two people.
    if (w !== t.lower && w !== 'spokesperson' && t.lower !== 'spokesperson') return undefined;
    const body = bodyOf(idx, tokens, k);
    // Brought in as a new spokesperson: "a spokesperson", "an agency spokesman", "a Department of X spokesperson".
    const from = body && body.end === tokens[k]?.end ? tokenAt(tokens, body.start) : k;
    if (![tokens[from - 1], tokens[from - 2], tokens[from - 3]].some((d) => d && /^(?:a|an)$/.test(d.lower)))
      return undefined;
    return body && { entity: body.entity, start: t.start, end: t.end };
  }
  return undefined;
}
