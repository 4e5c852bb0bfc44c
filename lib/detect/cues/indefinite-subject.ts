/**
 * "En una primaria de Tlalpan, una madre de familia que pidió omitir su nombre relató que … «…», lamentó.":
 * Romance news brings in people it does not name as the indefinite subject of a reporting verb ("una vecina
 * contó", "un aficionado relató"). A cue verb with its subject dropped right after such a sentence goes on
 * with that unnamed person, not with whoever the text quoted before.
 */

import { mentionCovering, type PeopleIndex } from '@/lib/detect/people/people-index';
import { firstTokenAt, previousSentence } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Token } from '@/lib/detect/text/tokens';

// Singular indefinite articles per language: "una vecina", "un tifoso", "uma moradora", "une habitante".
const ARTICLES: Record<string, Set<string>> = {
  es: new Set(['un', 'una']),
  it: new Set(['un', 'uno', 'una']),
  pt: new Set(['um', 'uma']),
  fr: new Set(['un', 'une']),
  // Czech has no articles: "jeden ze zaměstnanců", "jedna z obyvatelek" brings in one of a group unnamed.
  cs: new Set(['jeden', 'jedna']),
};
// The preposition Czech "jeden z …" needs after it; other languages take a noun there.
const OF_GROUP = new Set(['z', 'ze']);
// How many words may stand between the article and the verb ("una madre de familia que pidió omitir su nombre relató").
const REACH = 14;

/**
 * True when the quote opening at `open` follows, in its own sentence or the one before, an unnamed person
 * brought in as the subject of a reporting verb: an indefinite article opening the sentence or a clause after
 * a comma, a lower-case noun, and a cue verb before the sentence ends, with nobody named in between.
 */
export function unnamedSpeakerBefore(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  idx: PeopleIndex,
  open: number,
): boolean {
  const articles = ARTICLES[language().code];
  if (!articles) return false;
  const own = sentenceStart(text, open);
  const prev = previousSentence(text, own);
  const from = prev >= 0 && !text.slice(prev, own).trimEnd().includes('\n\n') ? prev : own;
  for (let i = firstTokenAt(tokens, from); i < tokens.length; i++) {
    const t = tokens[i];
    const noun = tokens[i + 1];
    if (!t || !noun || noun.start >= open) break;
    if (quoted[i] || !articles.has(t.lower) || noun.cap || !opensClause(text, tokens, i, from)) continue;
    if (language().code === 'cs' && !OF_GROUP.has(noun.lower)) continue;
    if (cueFollows(text, tokens, quoted, idx, i + 2, open)) return true;
  }
  return false;
}

/** True when token i opens its sentence or a clause after a comma, where a subject stands. */
function opensClause(text: string, tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t) return false;
  if (!before || before.end <= from) return true;
  return /[,;]\s*$/.test(text.slice(before.end, t.start)) || sentenceStart(text, t.start) === t.start;
}

/** True when a reporting verb follows token `from` within reach, before the sentence ends or anyone is named. */
function cueFollows(
  text: string,
  tokens: Token[],
  quoted: boolean[],
  idx: PeopleIndex,
  from: number,
  open: number,
): boolean {
  const end = Math.min(tokens.length, from + REACH);
  for (let k = from; k < end; k++) {
    const w = tokens[k];
    const gap = tokens[k - 1];
    if (!w || w.start >= open || quoted[k]) return false;
    if (gap && /[.!?:]/.test(text.slice(gap.end, w.start))) return false;
    if (mentionCovering(idx, w.start, w.end)) return false;
    if (isCueVerb(w.lower)) return true;
  }
  return false;
}
