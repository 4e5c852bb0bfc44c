/**
 * "« … », assure la directrice, avant de conclure : « … »": a quote closed by its cue, then "avant de" or
 * "et de" with a reporting infinitive and a colon. The infinitive has no subject of its own; it shares the
 * cue's, so the second quote is the first one's speaker's, however that speaker was named.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import type { Ctx } from './cue-context';
import { sameSpeakerGoesOn } from './lead-in';

/** The speaker of the quote just closed in this lead-in when an infinitive of saying goes on from it; else undefined. */
export function goesOnAfterQuote(c: Ctx, a: number, b: number, open: number): Referent | undefined {
  const lang = language();
  if (!lang.goesOn.size || c.d.lastSpeaker === null) return undefined;
  if (!/:\s*$/.test(c.text.slice(c.tokens[b - 1]?.start ?? open, open))) return undefined;
  // The comma opening "avant de …", within the last few words before the colon.
  let k = b - 1;
  while (k > a && k > b - 7 && !lang.goesOn.has(c.tokens[k]?.lower ?? '')) k--;
  const at = c.tokens[k];
  const before = c.tokens[k - 1];
  if (k <= a || !at || !before || !/^,\s+$/.test(c.text.slice(before.end, at.start))) return undefined;
  // The quote the cue closed must be the last one, in this sentence, and its speaker the one just recorded.
  const closed = c.d.lastSpeakerAt;
  // Its cue follows it at once, in lower case ("», assure la directrice,"): a new sentence is someone else's.
  const between = c.text.slice(closed, at.start);
  if (closed > before.end || /[.!?\n]/.test(between) || !/^[\s»”"’]*,?\s*\p{Ll}/u.test(between)) return undefined;
  for (let i = k - 1; i >= a && (c.tokens[i]?.start ?? 0) >= closed; i--) if (c.quoted[i]) return undefined;
  return sameSpeakerGoesOn(c, k, b);
}
