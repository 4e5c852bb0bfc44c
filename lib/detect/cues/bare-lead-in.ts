/**
 * "Y añadió: «…»", "Luego insistió: «…»", "Y, ante la insistencia de los periodistas, ironizó: «…»": a colon
 * lead-in whose cue verb has its subject dropped, with only a conjunction, an adverb or a phrase set off by
 * commas before it. Like "«…», añadió.", it goes on with whom the text was just about.
 */

import { mentionCovering } from '@/lib/detect/people/people-index';
import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import type { Ctx } from './cue-context';
import { droppedSubject } from './dropped-subject';

// Words that may open such a lead-in before the verb, per language.
const OPENERS: Record<string, Set<string>> = {
  es: new Set('y e pero luego después entonces además también finalmente más tarde ya'.split(' ')),
};

/**
 * The speaker of a colon lead-in of tokens [a, b) whose cue verb at v ends it with nothing but openers and
 * comma-bounded phrases naming nobody before it; undefined for any other lead-in.
 */
export function bareLeadIn(c: Ctx, a: number, v: number, b: number, open: number): Referent | undefined {
  const openers = OPENERS[language().code];
  const verb = c.tokens[v];
  if (!openers || !verb || v !== b - 1 || !/^\s*:\s*$/.test(c.text.slice(verb.end, open))) return undefined;
  let inside = false;
  for (let k = a; k < v; k++) {
    const t = c.tokens[k];
    const prev = c.tokens[k - 1];
    if (!t || c.quoted[k] || mentionCovering(c.idx, t.start, t.end)) return undefined;
    if (k > a && prev && /,/.test(c.text.slice(prev.end, t.start))) inside = !inside;
    if (!inside && !openers.has(t.lower)) return undefined;
  }
  const last = c.tokens[v - 1];
  // The phrase set off by commas must close right before the verb: "Y, ante la insistencia …, ironizó:".
  if (inside !== (!!last && v > a && /,/.test(c.text.slice(last.end, verb.start)))) return undefined;
  return droppedSubject(c, open, verb);
}
