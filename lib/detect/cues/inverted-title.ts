/**
 * A title placed right after its cue verb ("…, odpověděl šéf diplomacie vyhýbavě:", "…, řekl ministr
 * zahraničí:"): in languages with free word order that title is the inverted subject, even when a name
 * stands earlier in the sentence ("Na otázku, zda by TOP 09 …, odpověděl šéf diplomacie").
 */

import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';

/**
 * The subject a lower-case title right after the cue verb at `v` gives, the person holding it when the text
 * named them, else nobody named; undefined when no title follows the verb there. Only for languages whose
 * names take cases, where word order does not mark the subject.
 */
export function titleAfterVerb(c: Ctx, v: number, b: number): Referent | undefined {
  const t = c.tokens[v + 1];
  if (!language().inflected || v + 1 >= b || !t || c.quoted[v + 1] || t.cap || !ROLE_NOUNS.has(t.lower))
    return undefined;
  return referentAt(c.idx, c.d, c.tokens, v + 1) ?? { entity: null, start: must(t, 'token').start, end: t.end };
}
