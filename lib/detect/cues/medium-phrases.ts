/**
 * "a réagi sur les ondes de la RTS la députée X", "a confié au micro de France Bleu le maire X", "sagte im
 * Deutschlandfunk die Ministerin X": between an inverted cue verb and its subject news often sets the medium
 * the words were said on. The station or paper named there is where the speaker spoke, not who spoke.
 */

import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import type { Ctx } from './cue-context';

const OF = "(?:(?:de|du|des) |d[’'])?(?:la |le |les |l[’'])?";
// The medium phrase up to the capitalised name it ends on; the subject must follow in lower case (an article).
const MEDIUM: Record<string, RegExp> = {
  fr: new RegExp(
    String.raw`^\s*(?:sur (?:les ondes|l[’']antenne|le plateau|le site|le compte|les réseaux sociaux) ${OF}|sur ${OF}|au micro ${OF}|à l[’']antenne ${OF}|dans les colonnes ${OF}|sur le plateau ${OF})` +
      String.raw`(?:\p{Lu}[\p{L}’'-]*\s){1,4}(?=\p{Ll})`,
    'u',
  ),
  de: /^\s*(?:im|in der|bei|beim) (?:\p{Lu}[\p{L}-]*\s){1,3}(?=(?:der|die|das)\s)/u,
};

/** The token after a medium phrase opening right after the cue verb at `v`, or -1 when none stands there. */
export function pastMedium(c: Ctx, v: number): number {
  const verb = c.tokens[v];
  const pattern = MEDIUM[language().code];
  if (!verb || !pattern) return -1;
  const m = pattern.exec(c.text.slice(verb.end, verb.end + 120));
  if (!m) return -1;
  const k = firstTokenAt(c.tokens, verb.end + m[0].length);
  for (let i = v + 1; i < k; i++) if (c.quoted[i]) return -1;
  return k;
}
