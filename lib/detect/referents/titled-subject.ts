/**
 * "D'ici là, la ministre entend convaincre. « … », promettait-elle.": a sentence between the last quote and a
 * he/she whose subject is a title with no name ("la ministre", "the senator") is what the pronoun continues,
 * not the last speaker. The title then names the person, or nobody when no one named holds it. So too after
 * the last person named: "« … », prévient Erwan Kerhervé. … D’ici là, la maire a demandé à être reçue. « … »,
 * promet-elle." hands the she to whoever the text said is the mayor.
 */

import type { Entity, PeopleIndex } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import { firstTokenAt, previousSentence, type Scene } from './salience';
import { holderBefore } from './title-holder';

// How far into its sentence a subject may stand, after an opening phrase ("D'ici là, la ministre").
const OPENING = 6;

/** The title (lower case, elision dropped) heading the nearest sentence after `since` with no name before it. */
export function titledSubjectSince(s: Scene, idx: PeopleIndex, pos: number, since: number): string | undefined {
  let from = previousSentence(s.text, sentenceStart(s.text, pos));
  for (let n = 0; n < 3 && from > since; n++) {
    const title = titleOpening(s, idx, from);
    if (title) return title;
    from = previousSentence(s.text, from);
  }
  return undefined;
}

/** The title opening the sentence at `from` ("la ministre", "l’élu"), when no name stands before or after it. */
function titleOpening(s: Scene, idx: PeopleIndex, from: number): string | undefined {
  const articles = language().articles;
  const a = firstTokenAt(s.tokens, from);
  for (let i = a; i < a + OPENING && i < s.tokens.length; i++) {
    const t = must(s.tokens[i], 'token');
    if (s.quoted[i] || idx.mentions.some((m) => m.start <= t.start && t.start < m.end)) return undefined;
    const noun = t.lower.replace(/^\p{L}[\u2019']/u, '');
    const elided = noun !== t.lower;
    const det = s.tokens[i - 1];
    if (!ROLE_NOUNS.has(noun) || !(elided || (i > a && det && articles.has(det.lower)))) continue;
    const next = s.tokens[i + 1];
    const named = next && idx.mentions.some((m) => m.start === next.start);
    return named ? undefined : noun;
  }
  return undefined;
}

/**
 * The holder of the title heading a sentence between `salient`'s last mention and the pronoun at `pos`, when
 * the text named one who fits; undefined otherwise (the salient person stands).
 */
export function titleOverSalient(
  s: Scene,
  idx: PeopleIndex,
  pos: number,
  salient: number,
  fits: (e: Entity) => boolean,
): number | undefined {
  let since = -1;
  for (const m of must(idx.entities[salient], 'entity').mentions) if (m.start < pos && m.start > since) since = m.start;
  const title = titledSubjectSince(s, idx, pos, since);
  if (!title) return undefined;
  const holder = holderBefore(idx, pos, title, fits);
  return holder === null || holder === salient ? undefined : holder;
}
