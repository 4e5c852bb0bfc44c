/**
 * In a language whose names take cases and whose past verbs tell gender (Czech), the clause before a cue
 * verb may open on its object: "Hanzlíkovi vzkázala, že „…“" is said TO Hanzlík (dative) by a woman the
 * sentence leaves out. A name in an oblique case, or a woman's surname before a man's verb, is not the subject.
 */

import { isOblique } from '@/lib/detect/people/name-forms';
import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';
import type { Ctx } from './cue-context';
import { verbGender } from './dropped-subject';

/** True when `r`, found before the cue verb `verb`, cannot be that verb's subject by case or gender. */
export function cannotBeSubject(c: Ctx, r: Referent, verb: Token): boolean {
  if (!language().inflected || r.entity === null) return false;
  const written = c.text.slice(r.start, r.end);
  // Only a name as written: a pronoun or title stands in its own case and is read elsewhere.
  if (!/^\p{Lu}/u.test(written)) return false;
  const last = written.split(' ').at(-1) ?? '';
  const g = verbGender(verb.lower);
  // "Novákové odpověděl": a woman's surname in "-ové" is her dative or genitive before a singular verb.
  if (isOblique(last) || (!!g && /ové$/u.test(last))) return true;
  // "Nováková řekl": a Czech woman's surname with a man's verb form. The other way round proves nothing,
  // as foreign women's surnames keep their own form ("Kamala Harris řekla").
  return g === 'm' && /á$/u.test(last);
}
