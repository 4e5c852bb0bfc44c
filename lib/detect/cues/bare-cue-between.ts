/**
 * "«Siamo pronti», ha detto, «perché le truppe sono addestrate»": a quote split in two by a cue verb with no
 * subject. The verb reports the first half, so the second half is the same speaker's; without this the second
 * half is left with nobody, since the cue before it names no one.
 */

import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';

// Comma, then at most four words, then a comma or colon right before the second half opens.
const BETWEEN = /^\s*,\s*((?:[\p{L}'\u2019]+\s+){0,3}[\p{L}'\u2019]+)\s*[,:]\s*$/u;

/**
 * True when the text between a quote's close and the next quote's open is only a subjectless cue: a cue verb
 * and the auxiliaries or adverbs the language puts around it ("ha poi aggiunto"), so the same person speaks on.
 */
export function bareCueBetween(between: string): boolean {
  const m = BETWEEN.exec(between);
  if (!m?.[1]) return false;
  const words = m[1].toLowerCase().split(/\s+/);
  const glue = language().glue;
  const cues = words.filter((w) => isCueVerb(w)).length;
  return cues === 1 && words.every((w) => glue.has(w) || isCueVerb(w));
}
