/**
 * Italian copy often opens a paragraph on the quote and names its source in the sentence after: "«…». A
 * parlare è Paolo Gherardi, primario …", "«…». Così il sindaco Marco Riva.", "«…». Parola di X.", "«…».
 * Giorgio Berruti, titolare di …, lo dice senza giri di parole." Only these forms hand the quote to the
 * sentence after; any other sentence there is the story going on.
 */

import { mentionCovering } from '@/lib/detect/people/people-index';
import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { sentenceEnd } from '@/lib/detect/text/sentences';
import type { Ctx } from './cue-context';
import { scan, tokenAt } from './cue-scan';

// "A parlare è", "A dirlo sono", "Ad ammetterlo è stato", "Parola di", "Così".
const OPENERS =
  /^(?:(?:A|Ad) (?:parlare|dirlo|spiegarlo|raccontarlo|sostenerlo|denunciarlo|ammetterlo|confermarlo|ricordarlo|sottolinearlo|assicurarlo|ripeterlo) (?:è|sono|era|erano|è stato|è stata)|Parola di|Così)\s/u;
// "X … lo dice senza giri di parole", "… l'ha ripetuto più volte": the source owns the words just quoted.
const OWNS =
  /\s(?:lo|l['\u2019](?:ha|aveva)) (?:dice|spiega|racconta|ripete|ammette|sostiene|assicura|conferma|detto|spiegato|ripetuto|ammesso|raccontato)\b/u;
// A sentence naming the source this way is short; a longer one is the story going on.
const MAX_TOKENS = 24;

/** The source the sentence right after a quote standing alone names, in the quote's paragraph; else undefined. */
export function trailingSource(c: Ctx, sEnd: number): Referent | undefined {
  if (language().code !== 'it') return undefined;
  const rest = c.text.slice(sEnd);
  const lead = /^[ \u00a0]+/.exec(rest);
  if (!lead) return undefined;
  const from = sEnd + lead[0].length;
  const to = sentenceEnd(c.text, from);
  const sentence = c.text.slice(from, to);
  const a = tokenAt(c.tokens, from);
  const b = tokenAt(c.tokens, to);
  if (b - a > MAX_TOKENS || /["\u201c\u201d\u00ab\u00bb]/.test(sentence)) return undefined;
  const opener = OPENERS.exec(sentence);
  if (opener) return scan(c, tokenAt(c.tokens, from + opener[0].length), Math.min(b, a + 10), 1);
  // "Giorgio Berruti, titolare di …, lo dice": the name opens the sentence and "lo dice" follows.
  const first = c.tokens[a];
  if (!first || !OWNS.test(sentence) || !mentionCovering(c.idx, first.start, first.end)) return undefined;
  return scan(c, a, a + 1, 1);
}
