/**
 * Tells the characters of a story from the people in it: a review names the actor and, right after a casting
 * verb, the part they play ("Elena Sokolova plays Anna Berg", "Jonah Reyes is Mikael Strand"). A part is
 * nobody the reader can look up, so it is not marked as a person.
 */
import type { Span } from '@/lib/detect/types';

// Casting verbs right before a name: the name is the part played.
const CASTING =
  /\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced|voicing|stars as|starring as|starred as|cast as|appears as|the role of|the part of)\s+$/i;
// "Jonah Reyes is Mikael Strand", "Tom Brady as Walter Finch": one full name equated with another is actor and
// part ("Also running for Senate is Jane Doe" equates no name).
const EQUATED = /\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'\u2019-]+\s+(?:is|was|as)\s+$/u;
// "brings a dry wit to Ingrid Dahl": what an actor brings or lends to a part.
const LENDS = /\b(?:brings|brought|lends|lent)\s+(?:[\p{Ll}-]+\s+){1,4}to\s+$/u;

/** True when the mention at `m` follows a casting phrase: the name of a part, not of a person. */
export function namesPart(text: string, m: Span): boolean {
  // A part is cast by its full name; "Haley to Resign as Trump's Envoy" is a headline, not a casting.
  if (!/\s/.test(text.slice(m.start, m.end).trim())) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return CASTING.test(before) || EQUATED.test(before) || LENDS.test(before);
}

// An actor before the part: "Elena Sokolova plays Anna Berg", "Jonah Reyes is Mikael Strand, the station chief".
const ACTS =
  /^\s+(?:plays|played|portrays|portrayed|voices|voiced|stars as|starred as|is cast as|was cast as)\s+\p{Lu}/u;
const ACTS_AS = /^\s+(?:(?:is|was)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,|as\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b)/u;

/** True when the mention at `m` is followed by a casting phrase and a part: an actor, so a person. */
export function playsPart(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 60);
  if (ACTS.test(after)) return true;
  const part = ACTS_AS.exec(after)?.[0].replace(/,$/, '');
  if (!part) return false;
  const start = m.end + part.search(/\p{Lu}/u);
  return namesPart(text, { start, end: m.end + part.length });
}
