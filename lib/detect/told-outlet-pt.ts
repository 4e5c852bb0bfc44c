/**
 * Whom a Portuguese speaker told: "em declarações ao Expresso", "em entrevista à Antena 1", "afirmou à Lusa".
 * News names the paper, agency or station told right where a subject could stand, often just before the
 * real subject ("Em declarações ao Público, o presidente da associação, X, acusou …"); a medium told is never
 * who spoke, so its name is no mention of a speaker there.
 */
import { PARTICLES } from './capital-runs';
import { language } from './language';
import { isCueVerb } from './lexicon';
import type { Token } from './tokens';
import type { Span } from './types';

// Nouns after which "ao/à" names the medium the words were given to.
const STATEMENT_NOUNS = new Set(['declarações', 'declaração', 'entrevista', 'afirmações', 'palavras']);
// Prepositions fused with the article that bring in whom something was said to.
const TO = new Set(['ao', 'à', 'aos', 'às']);

/** The span of the capitalised run opening at token `k` (particles may join its words), or null. */
function capitalRunAt(text: string, tokens: readonly Token[], k: number): Span | null {
  const first = tokens[k];
  if (!first?.cap) return null;
  let last = first;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t || !prev || text.slice(prev.end, t.start) !== ' ') break;
    if (t.cap) last = t;
    else if (!PARTICLES.has(t.lower) || !tokens[j + 1]?.cap) break;
  }
  return { start: first.start, end: last.end };
}

/** True when the token before "ao/à" at `k` makes what follows a medium told. */
function toldBefore(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k - 1]?.lower ?? '';
  return STATEMENT_NOUNS.has(w) || isCueVerb(w);
}

/** Spans of the media told in Portuguese text ("em declarações ao Expresso", "disse à Lusa"). */
export function toldOutletSpansPt(text: string, tokens: readonly Token[]): Span[] {
  if (language().code !== 'pt') return [];
  const out: Span[] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    const to = tokens[k];
    if (!to || !TO.has(to.lower) || !toldBefore(tokens, k)) continue;
    // "disse à agência Lusa", "ao jornal Público": the kind of medium may stand before its name.
    const noun = tokens[k + 1];
    const kind = noun && !noun.cap && language().outlets.has(noun.lower) ? 1 : 0;
    const run = capitalRunAt(text, tokens, k + 1 + kind);
    if (run) out.push(run);
  }
  return out;
}
