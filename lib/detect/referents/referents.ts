/**
 * Says who a phrase near a quote refers to: a named mention, a pronoun (resolved to the most recent
 * fitting speaker or person), a role noun tied to a named person ("the sheriff"), or an organisation
 * noun ("the embassy", "the central bank"). Unnamed sources ("one official") resolve to nobody.
 */

import { namedBodyAt } from '@/lib/detect/people/named-bodies';
import { type Entity, mentionCovering, type PeopleIndex, type Referent } from '@/lib/detect/people/people-index';
import { lastMentionOf, recentEntity } from '@/lib/detect/people/recent-entity';
import { language } from '@/lib/detect/text/language';
import { ORG_NOUNS, pronounOf, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';
import { bodyAt } from './bodies';
import { describedPerson } from './descriptions';
import { indefiniteAntecedent } from './indefinite-antecedent';
import { orgNounReferent } from './org-noun-referent';
import { genderBars, namedLongAgo } from './pronoun-gender';
import { roleNounReferent } from './role-noun-referent';
import { firstTokenAt, type Scene, salientPerson, salientSubject } from './salience';
import { holderBefore } from './title-holder';
import { holderOf } from './title-referent';
import { titledSubjectSince, titleOverSalient } from './titled-subject';
import { unnamedFormAt } from './unnamed-forms';
import { unnamedAt } from './unnamed-speaker';

const INDEFINITE = /^(?:a|an|one|un|une|ein|eine|einer|eines|uno|una|um|uma|jeden|jedna)$/;
/** True for an indefinite article; "a" is one only in English (Portuguese "a ministra" is "the minister"). */
const isIndefinite = (w: string | undefined) =>
  w !== undefined && INDEFINITE.test(w) && (w !== 'a' || language().code === 'en');

export type { Referent };

/** Running discourse state: who spoke last, for pronouns and continuation paragraphs. */
export interface Discourse {
  lastSpeaker: number | null;
  lastSpeakerAt: number;
  /** The text around the quotes, for finding who the sentences before a pronoun are about. */
  scene?: Scene;
}

/** What a pronoun resolves to when it stands for a person the text leaves unnamed: no entity has this id. */
const UNNAMED = -1;

/** Resolves the pronoun `t` standing at its position; `depth` bounds chains of "it" back to a name. */
function resolvePronoun(idx: PeopleIndex, d: Discourse, t: Token, depth = 0): number | null {
  // Cue scans meet the same pronoun several times per quote: answer each once per discourse state.
  const memo = d.scene?.memo;
  const key = `${t.start}:${d.lastSpeakerAt}:${depth}`;
  const known = memo?.get(key);
  if (known !== undefined) return known;
  const found = readPronoun(idx, d, t, depth);
  memo?.set(key, found);
  return found;
}

/** Reads who the pronoun `t` stands for, without the memo. */
function readPronoun(idx: PeopleIndex, d: Discourse, t: Token, depth: number): number | null {
  const g = must(pronounOf(t.lower), 'pronoun');
  const fits = (e: Entity) =>
    g === 'n' || g === 'p'
      ? e.kind === 'organisation' || g === 'p'
      : e.kind === 'person' && (!e.gender || e.gender === g);
  const s = d.scene;
  if (s && (g === 'n' || g === 'p')) {
    // "It" and "they" stand for the subject of the same or the previous sentence, or nobody we can name.
    return salientSubject(s, t.start, (from, to) => subjectIn(idx, d, s, from, to, fits, depth));
  }
  if (s && (g === 'm' || g === 'f') && indefiniteAntecedent(idx, s, t.start, g)) return null;
  if (s) {
    const salient = salientPerson(s, idx, t.start, d.lastSpeakerAt, fits, g === 'm' || g === 'f' ? g : undefined);
    if (salient === null) return UNNAMED;
    if (salient !== undefined) return remember(idx, titleOverSalient(s, idx, t.start, salient, fits) ?? salient, g);
    const title = titledSubjectSince(s, idx, t.start, d.lastSpeakerAt);
    const last = d.lastSpeaker === null ? undefined : idx.entities[d.lastSpeaker];
    // The person the text gave the title is who it names; failing one, a last speaker whose role the text
    // never gave may be, and nobody else is.
    const holder = title ? holderBefore(idx, t.start, title, fits) : null;
    if (holder !== null) return remember(idx, holder, g);
    if (title && !(last && !last.role && fits(last))) return null;
  }
  // A person the text never gave a gender is no he or she while someone of that gender is named nearer.
  const text = s?.text ?? idx.text ?? '';
  const barred = (id: number) => (g === 'm' || g === 'f') && genderBars(idx, text, t.start, id, g);
  const hit = recentEntity(idx, t.start, fits);
  // "He"/"she" usually continue with the last speaker; "it"/"they" with the organisation named last.
  const recentOrg = (g === 'n' || g === 'p') && hit !== null && lastMentionOf(idx, hit, t.start) > d.lastSpeakerAt;
  if (
    !recentOrg &&
    d.lastSpeaker !== null &&
    t.start - d.lastSpeakerAt < 1500 &&
    fits(must(idx.entities[d.lastSpeaker], 'entity'))
  )
    return barred(d.lastSpeaker) ? null : d.lastSpeaker;
  if (hit === null || barred(hit)) return null;
  // Nor does a he or she reach back past the paragraph before its own to someone not speaking since.
  return (g === 'm' || g === 'f') && namedLongAgo(idx, text, t.start, hit) ? null : remember(idx, hit, g);
}

/** A person a he/she was resolved to takes that gender. */
function remember(idx: PeopleIndex, id: number, g: 'm' | 'f' | 'n' | 'p'): number {
  const e = must(idx.entities[id], 'entity');
  if (e.kind === 'person' && !e.gender && (g === 'm' || g === 'f')) e.gender = g;
  return id;
}

/**
 * The subject of text [from, to): its first referent outside quotes. An entity that fits, null for one
 * that does not (an unnamed source, a person for "it"), undefined when the span refers to nobody.
 */
function subjectIn(
  idx: PeopleIndex,
  d: Discourse,
  s: Scene,
  from: number,
  to: number,
  fits: (e: Entity) => boolean,
  depth: number,
): number | null | undefined {
  for (let i = firstTokenAt(s.tokens, from); i < s.tokens.length && must(s.tokens[i], 'token').start < to; i++) {
    if (s.quoted[i]) continue;
    const t = must(s.tokens[i], 'token');
    let r: number | null | undefined;
    if (mentionCovering(idx, t.start, t.end)) r = referentAt(idx, d, s.tokens, i)?.entity;
    else if (t.lower === 'it' || t.lower === 'they') {
      // "The council met. It said ... It "urges" ...": follow the chain a little way back.
      if (depth >= 2) return null;
      r = resolvePronoun(idx, d, t, depth + 1);
    } else if (/^[mf]$/.test(pronounOf(t.lower) ?? '')) return null;
    else if (pronounOf(t.lower)) continue;
    else r = referentAt(idx, d, s.tokens, i)?.entity;
    if (r === undefined) continue;
    return r !== null && fits(must(idx.entities[r], 'entity')) ? r : null;
  }
  return undefined;
}

/** What token `tokens[i]` (with the words before it) refers to, if it is a pronoun or a role/organisation noun. */
export function referentAt(idx: PeopleIndex, d: Discourse, tokens: Token[], i: number): Referent | undefined {
  const t = must(tokens[i], 'token');
  const unnamed =
    unnamedAt(idx, tokens, i) ??
    unnamedFormAt(idx, tokens, i) ??
    bodyAt(idx, tokens, i, d.scene, d.lastSpeakerAt, (p) => firstTokenAt(tokens, p)) ??
    namedBodyAt(idx, tokens, i);
  if (unnamed) return unnamed;
  const named = mentionCovering(idx, t.start, t.end);
  if (named) return { entity: named.entity, start: named.start, end: named.end };
  if (pronounOf(t.lower) && t.lower !== 'i' && t.lower !== 'we' && t.lower !== 'her') {
    const entity = resolvePronoun(idx, d, t);
    if (entity === UNNAMED) return { entity: null, start: t.start, end: t.end };
    return entity === null ? undefined : { entity, start: t.start, end: t.end };
  }
  const described = describedPerson(idx, d.scene, tokens, i);
  if (described) return described;
  if (t.cap && !ROLE_NOUNS.has(t.lower) && !ORG_NOUNS.has(t.lower)) return undefined;
  // Words before the noun count only within its phrase: "... a disaster." Justice Lee" has no article.
  const joined = (k: number) =>
    !!tokens[k] &&
    must(tokens[k + 1], 'token').start - must(tokens[k], 'token').end <= (must(tokens[k], 'token').possessive ? 3 : 1);
  const det = joined(i - 1) ? must(tokens[i - 1], 'token').lower : undefined;
  const det2 = det !== undefined && joined(i - 2) ? must(tokens[i - 2], 'token').lower : undefined;
  // "a spokesman", and the same in the other languages read: "un porte-parole", "ein Sprecher", "una portavoz".
  const indefinite = isIndefinite(det) || isIndefinite(det2);
  // French elides the article into the title: "l’élu", "l’entraîneur".
  const noun = t.lower.replace(/^\p{L}[\u2019'](?=\p{L})/u, '');
  // An elided title only points back to someone holding it ("L’élu, qui …, rappelle que").
  if (noun !== t.lower && !ROLE_NOUNS.has(t.lower)) return ROLE_NOUNS.has(noun) ? holderOf(idx, tokens, i) : undefined;
  if (ROLE_NOUNS.has(noun)) return roleNounReferent(idx, tokens, i, det, indefinite);
  if (ORG_NOUNS.has(t.lower) && (det === 'the' || det2 === 'the' || tokens[i - 1]?.possessive))
    return orgNounReferent(idx, t);
  return undefined;
}
