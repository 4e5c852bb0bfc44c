/**
 * "El concejal Felipe Saavedra fue más duro con la empresa. A su juicio, la rotura «…»": Spanish news opens a
 * sentence on whose view it gives ("a su juicio", "en su opinión", "a su entender") with a possessive that
 * points back to the subject of the sentence before. Its quote is that person's; a sentence before that
 * opens on no one named leaves the quote to nobody named.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { previousSentence } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';
import { tokenAt } from './cue-scan';

/** "a su juicio", "en su opinión", "a su entender", "a su modo de ver", "en su criterio". */
const VIEW = /^(?:a su (?:juicio|entender|parecer|modo de ver)|en su (?:opinión|criterio|análisis|valoración)),/iu;
/** How many words into the sentence before its subject's name may stand ("El concejal Felipe Saavedra"). */
const OPENING = 5;

/** The person whose view the sentence from token `a` opens on, when it does; undefined otherwise. */
export function ownView(c: Ctx, a: number): Referent | undefined {
  const first = c.tokens[a];
  if (language().code !== 'es' || !first || !VIEW.test(c.text.slice(first.start, first.start + 40))) return undefined;
  const at = { start: first.start, end: first.end };
  const p = previousSentence(c.text, first.start);
  if (p < 0) return { entity: null, ...at };
  const from = tokenAt(c.tokens, p);
  for (let k = from; k < from + OPENING && k < a; k++) {
    const t = must(c.tokens[k], 'token');
    const m = c.idx.mentions.find((x) => x.start === t.start);
    if (m && c.idx.entities[m.entity]?.kind === 'person') return { entity: m.entity, start: m.start, end: m.end };
    if (m) break;
  }
  return { entity: null, ...at };
}
