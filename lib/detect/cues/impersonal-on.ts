/**
 * "À Matignon, on assure que le décret « … »", "Dans son entourage, on reconnaît « … »": French news gives
 * words to "on", an indefinite subject that names nobody. The place or circle in the fronted phrase tells
 * where the words come from, not who said them; the quote is nobody's we can name.
 */

import type { Referent } from '@/lib/detect/people/people-index';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import type { Ctx } from './cue-context';

// Words after which "on" is no clause's subject of its own ("dont on connaît", "si on veut").
const SUBORDINATE = new Set(['dont', 'que', 'qu', 'où', 'si', 'comme', 'quand', 'lorsque']);
// Clitics that may stand between "on" and its verb.
const CLITICS = /^(?:ne|n|y|en|se|s|leur|lui|le|la|les|l|nous|vous)$/;

/** The indefinite "on" that is the subject of the clause before a quote in [from, to), as nobody named. */
export function impersonalOn(c: Ctx, from: number, to: number): Referent | undefined {
  if (language().code !== 'fr') return undefined;
  for (let i = firstTokenAt(c.tokens, from); i < c.tokens.length; i++) {
    const t = c.tokens[i];
    if (!t || t.start >= to) break;
    if (c.quoted[i] || t.lower !== 'on') continue;
    const before = c.tokens[i - 1];
    const opens = !before || before.end <= from || /[,;:]\s*$/.test(c.text.slice(before.end, t.start));
    const joined = before && /^(?:et|mais|l)$/.test(before.lower);
    if (!opens && !joined) continue;
    if (before && SUBORDINATE.has(before.lower)) continue;
    let v = i + 1;
    while (CLITICS.test(c.tokens[v]?.lower ?? '')) v++;
    const verb = c.tokens[v];
    if (!verb || verb.cap || c.quoted[v] || verb.start >= to) continue;
    // "Paul Girard, on le sait, a défendu …": a parenthesis between commas leaves the subject around it.
    if (opens && /^\s*,/.test(c.text.slice(verb.end, verb.end + 3)) && before && before.end > from) continue;
    return { entity: null, start: t.start, end: verb.end };
  }
  return undefined;
}
