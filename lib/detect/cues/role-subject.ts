/**
 * "Al cierre de la conferencia, el titular del Ejecutivo federal insistió en que … «…», remató.": the sentence
 * before a subjectless cue has a title for its subject, not a name. The cue goes on with whoever holds that
 * title; when nobody named does, with someone the text leaves unnamed, never with the last person quoted.
 */

import type { PeopleIndex } from '@/lib/detect/people/people-index';
import { type Discourse, type Referent, referentAt } from '@/lib/detect/referents/referents';
import { firstTokenAt, previousSentence } from '@/lib/detect/referents/salience';
import { isCueVerb, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Token } from '@/lib/detect/text/tokens';

const DEFINITE = new Set(['el', 'la']);
// How many words the subject's phrase may run before its verb ("el titular del Ejecutivo federal insistió").
const REACH = 8;

/**
 * The holder of the title that is the subject of the sentence before the quote opening at `open`, or of the
 * quote's own sentence up to it; `{ entity: null }` when no one named holds it; undefined when that subject
 * is no title.
 */
export function roleSubject(
  c: { text: string; idx: PeopleIndex; d: Discourse },
  tokens: Token[],
  quoted: boolean[],
  open: number,
): Referent | undefined {
  const own = sentenceStart(c.text, open);
  const from = /\S/.test(c.text.slice(own, open)) ? own : previousSentence(c.text, own);
  if (from < 0) return undefined;
  for (let i = firstTokenAt(tokens, from); i < tokens.length - 1; i++) {
    const article = tokens[i];
    const noun = tokens[i + 1];
    if (!article || !noun || noun.start >= open || quoted[i]) return undefined;
    if (!DEFINITE.has(article.lower) || noun.cap || !ROLE_NOUNS.has(noun.lower)) continue;
    const before = tokens[i - 1];
    const opens = !before || before.end <= from || /,\s*$/.test(c.text.slice(before.end, article.start));
    if (!opens || !verbFollows(c.text, tokens, i + 2, open)) continue;
    return referentAt(c.idx, c.d, tokens, i + 1) ?? { entity: null, start: noun.start, end: noun.end };
  }
  return undefined;
}

/** True when a reporting verb follows token `from` within the subject's reach, before a comma or the quote. */
function verbFollows(text: string, tokens: Token[], from: number, open: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + REACH); k++) {
    const w = tokens[k];
    const prev = tokens[k - 1];
    if (!w || w.start >= open || (prev && /[,.;:!?]/.test(text.slice(prev.end, w.start)))) return false;
    if (isCueVerb(w.lower)) return true;
  }
  return false;
}
