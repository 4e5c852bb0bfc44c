/**
 * A body named as the modifier of an unnamed spokesperson ("A Downing Street spokesperson said:", "a
 * Pentagon spokeswoman told reporters", "a Tidewater spokesperson"): the spokesperson speaks for the body,
 * which news names no other way. "A spokesperson" alone is nobody the text names.
 */
import { mentionCovering, type PeopleIndex, type Referent } from './people-index';
import type { Token } from './tokens';
import type { Span } from './types';

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
    const start = m.index + m[0].indexOf(name, m[0].length - name.length - 20);
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
