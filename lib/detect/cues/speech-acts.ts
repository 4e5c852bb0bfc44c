/**
 * A quote standing alone after a sentence that tells of its subject speaking without a reporting verb at its
 * end: "Charles Schultze, chairman of the council, once summed up the danger with a metaphor. "It's not …"".
 */

import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import type { Ctx } from './cue-context';

const SPEECH_ACT =
  /\b(?:sum(?:s|med)? (?:it |this |that )?up|put(?:s)? it(?: this way| bluntly| simply)?|weighed in|had this to say|had (?:a|one) (?:warning|message)|offered (?:a|an|this|his|her|their) (?:warning|metaphor|explanation|assessment|verdict|prediction|rebuttal))\b/i;

/** The person the sentence of tokens [a, b) opens with, when that sentence tells of them speaking. */
export function speechActSubject(c: Ctx, a: number, b: number): Referent | undefined {
  const first = c.tokens[a];
  const last = c.tokens[b - 1];
  if (!first || !last || !SPEECH_ACT.test(c.text.slice(first.start, last.end))) return undefined;
  const r = referentAt(c.idx, c.d, c.tokens, a);
  if (!r || r.entity === null || c.idx.entities[r.entity]?.kind !== 'person') return undefined;
  // Another person named in the sentence could as well be the one who spoke.
  const other = c.idx.mentions.some(
    (m) =>
      m.start >= r.end && m.end <= last.end && m.entity !== r.entity && c.idx.entities[m.entity]?.kind === 'person',
  );
  return other ? undefined : r;
}
