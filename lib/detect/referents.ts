/**
 * Says who a phrase near a quote refers to: a named mention, a pronoun (resolved to the most recent
 * fitting speaker or person), a role noun tied to a named person ("the sheriff"), or an organisation
 * noun ("the embassy", "the central bank"). Unnamed sources ("one official") resolve to nobody.
 */

import { anonymousAt, ownedNounAfter } from './anonymous';
import { bodyAt } from './bodies';
import { describedPerson } from './descriptions';
import { titleAt, titleFits } from './epithets';
import { language } from './language';
import { ORG_NOUNS, pronounOf, ROLE_NOUNS } from './lexicon';
import { must } from './must';
import { namedBodyAt } from './named-bodies';
import { type Entity, mentionCovering, type PeopleIndex } from './people-index';
import { nameAfterComplement, personStarting } from './role-complement';
import { firstTokenAt, type Scene, salientPerson, salientSubject } from './salience';
import { holderBefore, holds, titleOverSalient } from './title-holder';
import { roleHoldsQualifier, titleQualifier } from './title-qualifiers';
import { titledSubjectSince } from './titled-subject';
import type { Token } from './tokens';
import { unnamedAntecedent } from './unnamed-antecedent';
import { unnamedFormAt } from './unnamed-forms';

const INDEFINITE = /^(?:a|an|one|un|une|ein|eine|einer|eines|uno|una|um|uma|jeden|jedna)$/;
/** True for an indefinite article; "a" is one only in English (Portuguese "a ministra" is "the minister"). */
const isIndefinite = (w: string | undefined) =>
  w !== undefined && INDEFINITE.test(w) && (w !== 'a' || language().code === 'en');

import type { Referent } from './people-index';

export type { Referent };

// People who speak for an organisation rather than for themselves.
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);

/** Running discourse state: who spoke last, for pronouns and continuation paragraphs. */
export interface Discourse {
  lastSpeaker: number | null;
  lastSpeakerAt: number;
  /** The text around the quotes, for finding who the sentences before a pronoun are about. */
  scene?: Scene;
}

const CORPORATE = ['company', 'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'llc', 'plc', 'group'];
// The words an organisation's name may hold when a generic noun stands for it ("the firm": "Acme Inc."); a noun
// not listed stands for names holding the noun itself. A Map, so a word such as "constructor" finds nothing.
const ORG_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['company', CORPORATE],
  ['firm', CORPORATE],
  ['bank', ['bank', 'reserve']],
  ['paper', ['times', 'post', 'journal', 'news']],
]);

/** Most recent mention (before `pos`) of an entity matching `ok`. */
function recentEntity(idx: PeopleIndex, pos: number, ok: (e: Entity) => boolean): number | null {
  for (let i = idx.mentions.length - 1; i >= 0; i--) {
    const m = must(idx.mentions[i], 'mention');
    if (m.start < pos && ok(must(idx.entities[m.entity], 'entity'))) return m.entity;
  }
  return null;
}

/** Position of the last mention of entity `id` before `pos`. */
function lastMentionOf(idx: PeopleIndex, id: number, pos: number): number {
  let at = -1;
  for (const m of must(idx.entities[id], 'entity').mentions) if (m.start < pos && m.start > at) at = m.start;
  return at;
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
  if (s && (g === 'm' || g === 'f') && unnamedAntecedent(idx, s, t.start, g)) return null;
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
  const hit = recentEntity(idx, t.start, fits);
  // "He"/"she" usually continue with the last speaker; "it"/"they" with the organisation named last.
  const recentOrg = (g === 'n' || g === 'p') && hit !== null && lastMentionOf(idx, hit, t.start) > d.lastSpeakerAt;
  if (
    !recentOrg &&
    d.lastSpeaker !== null &&
    t.start - d.lastSpeakerAt < 1500 &&
    fits(must(idx.entities[d.lastSpeaker], 'entity'))
  )
    return d.lastSpeaker;
  return hit === null ? null : remember(idx, hit, g);
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

/** An unnamed speaker at token i ("a senior official", "Lee's campaign"), or the name an apposition gives it. */
function unnamedAt(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const text = idx.text;
  if (text === undefined) return undefined;
  const mentionAt = (k: number) =>
    tokens[k] ? mentionCovering(idx, must(tokens[k], 'token').start, must(tokens[k], 'token').end) : undefined;
  const anon = anonymousAt(text, tokens, i, (k) => !!mentionAt(k));
  if (anon) return anon;
  const n = ownedNounAfter(text, tokens, i);
  const owner = n < 0 ? undefined : mentionAt(i);
  if (!owner || owner.end > must(tokens[i], 'token').end || mentionAt(n)) return undefined;
  // "Lee's lawyer, Ann Cole, said", "the bank's chief economist Ann Cole said": the name after it spoke.
  const apposed =
    tokens[n + 1] && /^\s*,?\s*$/.test(text.slice(must(tokens[n], 'token').end, must(tokens[n + 1], 'token').start))
      ? mentionAt(n + 1)
      : undefined;
  if (apposed) return { entity: apposed.entity, start: apposed.start, end: apposed.end };
  return { entity: null, start: must(tokens[i], 'token').start, end: must(tokens[n], 'token').end };
}

/** What token `tokens[i]` (with the words before it) refers to, if it is a pronoun or a role/organisation noun. */
/**
 * What the role noun at `i` is of, named ("the leader of Calderbridge Council", "l’entraîneur
 * d'Avranches-Granville", the "d'" elided into the name's token), or undefined.
 */
function headedName(idx: PeopleIndex, tokens: Token[], i: number): Entity | undefined {
  let k = i + 1;
  const link = tokens[k]?.lower ?? '';
  const elided = /^\p{L}[\u2019']\p{L}/u.test(link) && language().of.has(link.slice(0, 2));
  if (!elided) {
    if (!/^(?:of|at)$/.test(link) && !language().of.has(link)) return undefined;
    k++;
    // "the", or the language's article after its "of" ("el presidente de la Junta").
    const article = tokens[k]?.lower ?? '';
    if (article === 'the' || language().of.has(article) || language().articles.has(article)) k++;
  }
  const t = tokens[k];
  const m = t ? mentionCovering(idx, t.start, t.end) : undefined;
  return m ? idx.entities[m.entity] : undefined;
}

/** True when the title at `i`, with what it is of, is followed by a comma and a person's name. */
function namedInApposition(idx: PeopleIndex, tokens: Token[], i: number): boolean {
  const text = idx.text ?? '';
  for (let k = i; k < i + 9; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const gap = t && next ? text.slice(t.end, next.start) : '';
    if (!t || !next || !/^,?\s$/.test(gap)) return false;
    if (gap.startsWith(',')) {
      const m = mentionCovering(idx, next.start, next.end);
      return !!m && m.start === next.start && idx.entities[m.entity]?.kind === 'person';
    }
  }
  return false;
}

/**
 * The person named earlier who holds the title at token i ("the sheriff", "la ministre", "l’élu"); when the
 * title is of something named ("l'entraîneur de Vannes"), only one whose role names it.
 */
function holderOf(idx: PeopleIndex, tokens: Token[], i: number, det?: string): Referent | undefined {
  const t = must(tokens[i], 'token');
  const noun = t.lower.replace(/^\p{L}[\u2019'](?=\p{L})/u, '');
  // The same title, one it covers ("l’élu" for a deputy), or one the language uses in turn for it ("el técnico").
  const title = noun === t.lower ? titleAt(tokens, i) : noun;
  // "o chefe do Governo" is one title; the government is not what the person's role must name.
  const of = title.includes('_') ? undefined : headedName(idx, tokens, i);
  const qualifier = titleQualifier(tokens, i);
  const ofIt = (e: Entity) =>
    (!of || (e.role ?? '').toLowerCase().includes(of.name.toLowerCase())) && roleHoldsQualifier(e.role, qualifier);
  // "o líder parlamentar do PS, Duarte Rebelo,": a title the next name holds is not someone named before.
  if (namedInApposition(idx, tokens, i)) return undefined;
  // "el titular del Ejecutivo" is the president, not whoever is the "titular" of something else.
  const fits = (e: Entity) =>
    (!title.includes('_') && holds(e, noun)) || (!!e.role && titleFits(e.role, e.gender, title, det));
  const hit = recentEntity(idx, t.start, (e) => fits(e) && ofIt(e)) ?? null;
  // "il giudice per le indagini preliminari" with no such judge named: somebody the text does not name.
  if (hit === null && qualifier.length) return { entity: null, start: t.start, end: t.end };
  return hit === null ? undefined : { entity: hit, start: t.start, end: t.end };
}

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
  if (ROLE_NOUNS.has(noun)) {
    // A title right before a name is that person's ("Justice Samuel Alito"), not someone named earlier.
    const next = tokens[i + 1];
    const titled = next && next.start - t.end <= 1 ? mentionCovering(idx, next.start, next.end) : undefined;
    if (titled && next && titled.start === next.start)
      return { entity: titled.entity, start: t.start, end: titled.end };
    const complemented = nameAfterComplement(idx.text ?? '', tokens, i, (k) => personStarting(idx, tokens[k]));
    if (complemented) return { entity: complemented.entity, start: t.start, end: complemented.end };
    const owner = tokens[i - 1];
    if (indefinite && owner && (owner.possessive || ORG_NOUNS.has(owner.lower))) {
      // "a sheriff's spokeswoman" speaks for the sheriff's office named earlier.
      const org = recentEntity(idx, t.start, (e) => e.kind === 'organisation' && e.surname.includes(owner.lower));
      if (org !== null) return { entity: org, start: owner.start, end: t.end };
    }
    if (indefinite && SPOKES.has(t.lower)) {
      // "a spokeswoman for the foreign ministry" speaks for the organisation named after her.
      let k = i + 1;
      if (/^(?:for|of|from|at|with)$/.test(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.lower === 'the') k++;
      const m =
        k > i + 1 && tokens[k]
          ? mentionCovering(idx, must(tokens[k], 'token').start, must(tokens[k], 'token').end)
          : undefined;
      if (m && must(idx.entities[m.entity], 'entity').kind === 'organisation')
        return { entity: m.entity, start: t.start, end: m.end };
    }
    if (indefinite) return { entity: null, start: t.start, end: t.end };
    const hit = holderOf(idx, tokens, i, det);
    if (hit) return hit;
    // "The leader of Calderbridge Council" is a person the text does not name here, not the council; only a
    // spokesperson speaks for the body itself.
    const body = headedName(idx, tokens, i);
    if (!SPOKES.has(t.lower) && body?.kind === 'organisation') return { entity: null, start: t.start, end: t.end };
    return undefined;
  }
  if (ORG_NOUNS.has(t.lower) && (det === 'the' || det2 === 'the' || tokens[i - 1]?.possessive)) {
    const words = ORG_ALIASES.get(t.lower) ?? [t.lower];
    const ent = recentEntity(
      idx,
      t.start,
      (e) =>
        e.kind === 'organisation' &&
        (e.nouns.includes(t.lower) ||
          words.some((w) =>
            e.name
              .toLowerCase()
              .split(/[^\p{L}\p{N}]+/u)
              .includes(w),
          )),
    );
    return ent === null ? undefined : { entity: ent, start: t.start, end: t.end };
  }
  return undefined;
}
