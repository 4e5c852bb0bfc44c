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

/** Spans of outlet names in the dative right after a cue verb, in a language whose names take cases. */
export function toldOutletSpans(tokens: readonly Token[]): Span[] {
  if (!language().inflected) return [];
  const out: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const verb = tokens[k - 1];
    if (t && verb && isCueVerb(verb.lower) && isOutletDative(t)) out.push({ start: t.start, end: t.end });
  }
  return out;
}
