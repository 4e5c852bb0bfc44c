/**
 * "Aus dem Kanzleramt hieß es, man sei »alles andere als glücklich«": German news gives an institution's
 * words through an impersonal "hieß es" and names the institution as where they came from. That
 * institution is the speaker; "hieß es" with no institution named stays nobody's.
 */

import { DE } from '@/lib/detect/lexicons/de';
import {
  DE_IMPERSONAL_ADVERBS,
  DE_IMPERSONAL_VERBS,
  DE_SOURCE_PREPOSITIONS,
} from '@/lib/detect/lexicons/de-indirect-speakers';
import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';
import { namedBodyAt } from './named-bodies';
import { mentionCovering, type PeopleIndex, type Referent } from './people-index';

const BODY = '(\\p{Lu}[\\p{L}-]+)';
const VERB = `(?:${DE_IMPERSONAL_VERBS}) es`;
const ADVERB = `(?: (?:${DE_IMPERSONAL_ADVERBS}))?`;
// "hieß es weiter aus dem Ministerium": the source follows the impersonal cue.
const AFTER = new RegExp(`(?<![\\p{L}])${VERB}${ADVERB} (?:${DE_SOURCE_PREPOSITIONS}) ${BODY}`, 'gu');
// "Aus dem Kanzleramt (in Berlin, das …,) hieß es": the source opens the sentence, the verb comes second.
const OPENING = new RegExp(
  `^\\s*(?:${DE_SOURCE_PREPOSITIONS.replaceAll('aus', '[Aa]us').replace('vom', '[Vv]om')}) ${BODY}[^.!?»«„“”"]{0,160}?(?<![\\p{L}])${VERB}(?![\\p{L}])`,
  'u',
);

// The bare nouns ("das Ministerium") stand for an institution named before; only a compound names one.
const BARE = new Set(DE.bodies?.split(' ') ?? []);

/** A capitalised compound of an institution noun ("Kanzleramt", "Innenministerium"), not the bare noun. */
function isBodyCompound(word: string): boolean {
  const lower = word.toLowerCase();
  return language().isBody(lower) && !BARE.has(lower);
}

/** Institutions named as the source of an impersonal "hieß es", to be read as organisations. */
export function findImpersonalBodies(text: string): { start: number; end: number; name: string }[] {
  if (language().code !== 'de') return [];
  const out: { start: number; end: number; name: string }[] = [];
  const add = (name: string | undefined, at: number) => {
    if (name && isBodyCompound(name)) out.push({ start: at, end: at + name.length, name });
  };
  for (const m of text.matchAll(AFTER)) add(m[1], m.index + m[0].length - (m[1]?.length ?? 0));
  for (const m of text.matchAll(/(?:^|[.!?»«“”]\s+|\n)(?=[AaVv](?:us|om) )/gu)) {
    const from = m.index + m[0].length;
    const o = OPENING.exec(text.slice(from, from + 240));
    if (o?.[1]) add(o[1], from + o[0].indexOf(o[1]));
  }
  return out;
}

/** The institution a German sentence from `from` to `to` names as the source of its "hieß es", if any. */
export function impersonalBody(idx: PeopleIndex, tokens: Token[], from: number, to: number): Referent | undefined {
  if (language().code !== 'de') return undefined;
  const text = idx.text ?? '';
  const sentence = text.slice(from, to);
  const hits: number[] = [];
  for (const m of sentence.matchAll(AFTER)) hits.push(from + m.index + m[0].length - (m[1]?.length ?? 0));
  const o = OPENING.exec(sentence);
  if (o?.[1]) hits.push(from + o[0].indexOf(o[1]));
  for (const at of hits) {
    const named = mentionCovering(idx, at, at + 1);
    if (named && idx.entities[named.entity]?.kind === 'organisation')
      return { entity: named.entity, start: named.start, end: named.end };
    const i = tokens.findIndex((t) => t.start === at);
    const earlier = i >= 0 ? namedBodyAt(idx, tokens, i) : undefined;
    if (earlier) return earlier;
  }
  return undefined;
}
