/**
 * "«…», señaló el ejecutivo", "—precisó la autoridad—": Spanish news names a speaker it has just introduced by
 * a word for what they are rather than their title ("la autoridad" for a minister or a mayor, "el ejecutivo"
 * for a manager). Such a word after a cue verb stands for the subject of the sentence before the quote, when
 * that subject is a named person; otherwise for nobody named.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { firstTokenAt, previousSentence } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Ctx } from './cue-context';
import { describedHolder, descriptionSubject, localTitleLength } from './description-subject';

/** Words for a person by what they are, not by an office of their own. */
const GENERIC = new Set(['autoridad', 'ejecutivo', 'ejecutiva', 'personero', 'personera']);

/**
 * The person "el ejecutivo" / "la autoridad" at tokens [i, i+1] stands for, for the quote opening at `open`;
 * `{ entity: null }` when the sentence before names no one as its subject; undefined for other words.
 */
export function genericDescription(c: Ctx, i: number, open: number): Referent | undefined {
  const det = c.tokens[i];
  const noun = c.tokens[i + 1];
  if (language().code !== 'es' || !det || !noun || !/^(?:el|la)$/.test(det.lower)) return undefined;
  const local = localTitleLength(c.tokens, i + 1);
  if ((!local && !GENERIC.has(noun.lower)) || !phraseEnds(c, i + 1 + Math.max(local, 1))) return undefined;
  const scope = { text: c.text, idx: c.idx, tokens: c.tokens, quoted: c.quoted };
  const person = (e: { kind: string }) => e.kind === 'person';
  // "indicó el edil": whoever the page made mayor, not whoever the sentence before was about.
  if (local) {
    const end = must(c.tokens[i + local], 'token').end;
    return { entity: describedHolder(scope, i + 1, i + 1 + local, open, person), start: det.start, end };
  }
  const at = { start: det.start, end: noun.end };
  const described = descriptionSubject(scope, open, person);
  if (described?.entity != null) return { entity: described.entity, ...at };
  if (described) return { entity: null, ...at };
  // "Mauricio Henríquez reconoció que …. «…», señaló el ejecutivo.": a name opening the sentence before.
  const own = sentenceStart(c.text, open);
  const from = /\p{L}/u.test(c.text.slice(own, open)) ? own : previousSentence(c.text, own);
  const first = c.tokens[firstTokenAt(c.tokens, Math.max(0, from))];
  const m = first && c.idx.mentions.find((x) => x.start === first.start);
  return m && c.idx.entities[m.entity]?.kind === 'person' ? { entity: m.entity, ...at } : { entity: null, ...at };
}

/** True when the phrase ends before token k: the sentence or a clause ends, and no name is set off after it. */
function phraseEnds(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  const prev = c.tokens[k - 1];
  if (!t || !prev) return true;
  if (!/[.,;:!?\u2014\u2013\u201d"»]/u.test(c.text.slice(prev.end, t.start))) return false;
  return !c.idx.mentions.some((m) => m.start === t.start);
}
