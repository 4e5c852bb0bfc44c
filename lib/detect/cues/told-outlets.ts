/**
 * The outlet a speaker told, named where a subject could stand: a station, paper or site told is never who spoke,
 * so its name is no mention of a speaker there. Czech writes it in the bare dative between the cue verb and the
 * subject ("řekl Radiožurnálu", "řekl Zprávníku člen vedení"); Portuguese after "ao/à" ("em declarações ao
 * Expresso", "afirmou à Lusa"), often just before the real subject ("Em declarações ao Público, o presidente da
 * associação, X, acusou …"). German names it in the dative ("sagte er dem SPIEGEL", told-outlets-de.ts) and
 * French opens on the station of an interview ("Interrogée sur France Inter, la ministre …", told-outlets-fr.ts).
 */
import { PARTICLES } from '@/lib/detect/people/capital-runs';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import type { Span } from '@/lib/detect/types';
import { germanTold } from './told-outlets-de';
import { frenchInterviewOutlets } from './told-outlets-fr';

/** Spans of the outlets told in the text, in the languages that name them so. */
export function toldOutletSpans(text: string, tokens: readonly Token[]): Span[] {
  return [
    ...datives(tokens),
    ...portugueseTold(text, tokens),
    ...(language().code === 'de' ? germanTold(text, tokens) : []),
    ...(language().code === 'fr' ? frenchInterviewOutlets(text, tokens) : []),
  ];
}

// A masculine noun's dative: a capitalised word whose last syllable is a consonant and "-u" ("Deníku").
const DATIVE = /^\p{Lu}[\p{L}.]{2,}[^aeiouyáéěíóúůý\P{L}]u$/u;

/** True when `t` is a capitalised word in the dative of a masculine noun, as outlets told are written. */
export function isOutletDative(t: Token): boolean {
  return language().inflected && DATIVE.test(t.text);
}

// The kind of medium in the dative, before its name: "serveru Zprávy Dnes sdělila", "listu Právo řekl".
const MEDIUM_DATIVE = new Set(
  'serveru webu deníku listu týdeníku portálu časopisu magazínu rádiu televizi stanici agentuře'.split(' '),
);
// A name whose last word is a plural dative ("Seznam Zprávám", "Lidovým novinám") after a cue verb.
const PLURAL_DATIVE = /(?:ám|ům)$/u;

/** The end of the words joined by single spaces from token k on that `take` accepts, or -1 when none. */
function runEnd(tokens: readonly Token[], k: number, take: (t: Token) => boolean): number {
  let j = k;
  while (
    tokens[j] &&
    take(tokens[j] as Token) &&
    (j === k || (tokens[j] as Token).start - (tokens[j - 1] as Token).end === 1)
  )
    j++;
  return j > k ? j : -1;
}

/** Spans of outlet names in the dative right after a cue verb, in a language whose names take cases. */
function datives(tokens: readonly Token[]): Span[] {
  if (!language().inflected) return [];
  const out: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    if (!t || !before) continue;
    if (isCueVerb(before.lower) && isOutletDative(t)) out.push({ start: t.start, end: t.end });
    // "serveru Zprávy Dnes": the medium's own name after its kind, whatever case it stands in.
    const named = MEDIUM_DATIVE.has(before.lower) ? runEnd(tokens, k, (x) => x.cap) : -1;
    const last = tokens[named - 1];
    if (named > 0 && last) out.push({ start: t.start, end: last.end });
    // "řekla Seznam Zprávám ministryně": a name ending in a plural dative, the medium told.
    const plural =
      isCueVerb(before.lower) && t.cap ? runEnd(tokens, k, (x) => x.cap || PLURAL_DATIVE.test(x.lower)) : -1;
    const end = tokens[plural - 1];
    if (plural > 0 && end && PLURAL_DATIVE.test(end.lower)) out.push({ start: t.start, end: end.end });
  }
  return out;
}

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
function portugueseTold(text: string, tokens: readonly Token[]): Span[] {
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
