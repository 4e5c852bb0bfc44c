/**
 * "Die Kammer spricht von einem „Anschlag …“": a German sentence whose subject is a body named only by its
 * noun. When nothing resolves that noun to a body the text names, the quote is still that body's, so it is
 * nobody we can name: not the speaker of another quote whose words it repeats.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';
import { tokenAt } from './cue-scan';

const DEFINITE = new Set(['der', 'die', 'das']);

/** A null referent for a definite body noun opening the sentence before its cue verb and the quote. */
export function unnamedBodySubject(c: Ctx, sStart: number, open: number): Referent | undefined {
  if (language().code !== 'de') return undefined;
  const a = tokenAt(c.tokens, sStart);
  const b = tokenAt(c.tokens, open);
  const det = c.tokens[a];
  const noun = c.tokens[a + 1];
  const verb = c.tokens[a + 2];
  if (!det || !noun || !verb || a + 2 >= b || !DEFINITE.has(det.lower)) return undefined;
  if (!language().isBody(noun.lower) || !isCueVerb(verb.lower)) return undefined;
  return { entity: null, start: det.start, end: noun.end };
}
