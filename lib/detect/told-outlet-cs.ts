/**
 * Whom a Czech speaker told, written in the bare dative between the cue verb and the subject: "řekl
 * Radiožurnálu", "řekl Zprávníku člen vedení". A station, paper or site told is never who spoke, so its
 * name is no mention of a speaker there.
 */
import { language } from './language';
import { isCueVerb } from './lexicon';
import type { Token } from './tokens';
import type { Span } from './types';

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
export function toldOutletSpans(tokens: readonly Token[]): Span[] {
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
