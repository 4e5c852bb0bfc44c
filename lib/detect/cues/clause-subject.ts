/**
 * The subject of a cue verb or of the clause holding a quote: the referent right before the verb, an unnamed
 * head a name hangs off, or the first referent of the clause.
 */

import { BODY_NOUNS } from '@/lib/detect/people/anonymous';
import { opensOnPronoun } from '@/lib/detect/referents/personal-pronouns';
import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { ORG_NOUNS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { askerLeadIn } from './asker-clauses';
import { coordinatedSubject } from './coordinated-verb';
import type { Ctx } from './cue-context';
import { BETWEEN_SUBJECT_AND_VERB } from './cue-forms';
import { scan, tokenAt } from './cue-scan';
import { frontedSubject, relativeHeadSubject } from './fronted-subject';
import { relativeAntecedent } from './relative-antecedent';
import { toldDirectly } from './subject-forms';
import { subjectPastTitles } from './title-complements';

/** The subject of the cue verb at token v: the referent right before it, else the first one of its clause. */
export function subjectOf(c: Ctx, from: number, v: number): Referent | undefined {
  // "…, Rocío Almansa, que ha anunciado", "La AIReF, que alertó de …, considera": the relative's antecedent.
  // "…, aunque advierte": the subject of the first verb. "En un comunicado …, la patronal ha advertido".
  const relative =
    relativeAntecedent(c, from, v) ??
    coordinatedSubject(c, from, v, subjectOf) ??
    frontedSubject(c, from, v) ??
    relativeHeadSubject(c, from, v);
  if (relative) return relative;
  let i = v - 1;
  const glue = language().glue;
  while (
    i >= from &&
    (BETWEEN_SUBJECT_AND_VERB.test(must(c.tokens[i], 'token').lower) || glue.has(must(c.tokens[i], 'token').lower)) &&
    v - i < 4
  )
    i--;
  const gap = i >= from ? c.text.slice(must(c.tokens[i], 'token').end, must(c.tokens[i + 1], 'token').start) : '';
  if (i >= from && !c.quoted[i] && /^\s*,?\s*$/.test(gap)) {
    const r = referentAt(c.idx, c.d, c.tokens, i);
    // "Ms. Rivera, 34, a nurse, said": an apposition ends there; the subject stands before it. So does
    // "Professor Jane Holt of Leeds University, said": the organisation only says where she works.
    const owner = r && gap.includes(',') && r.entity !== null ? c.tokens[tokenAt(c.tokens, r.start) - 1] : undefined;
    const employer =
      !!owner &&
      !!r &&
      r.entity !== null &&
      must(c.idx.entities[r.entity], 'entity').kind === 'organisation' &&
      (/^(?:of|at|from|for)$/.test(owner.lower) || language().of.has(owner.lower));
    if (r && !(r.entity === null && gap.includes(',')) && !employer) return unnamedHead(c, from, v, r) ?? r;
  }
  const cs = clauseStart(c, from, v);
  const det = c.tokens[cs];
  const noun = c.tokens[cs + 1];
  if (det?.lower === 'the' && noun && cs + 1 < v && ROLE_NOUNS.has(noun.lower) && !c.quoted[cs + 1]) {
    // "The minister, speaking on the radio, said": an unnamed subject, not whoever the aside names.
    const gapAfter = c.text.slice(noun.end, c.tokens[cs + 2]?.start ?? noun.end);
    if (/^,/.test(gapAfter) && !referentAt(c.idx, c.d, c.tokens, cs + 1))
      return { entity: null, start: det.start, end: noun.end };
  }
  return subjectPastTitles(c, cs, v) ?? scan(c, from, v, -1);
}

/**
 * "A spokesperson for the team of minister Ruth Adeyemi said": the name before the verb sits in a phrase
 * hanging off an unnamed subject, which is who spoke.
 */
function unnamedHead(c: Ctx, from: number, v: number, r: Referent): Referent | undefined {
  if (r.entity === null) return undefined;
  const lead = scan(c, clauseStart(c, from, v), tokenAt(c.tokens, r.start), 1);
  if (!lead || /[,;]/.test(c.text.slice(lead.end, r.start))) return undefined;
  const hanging = c.text.slice(lead.end, r.start);
  // "Fuentes del Ministerio de Vivienda han explicado", "El presidente del Gobierno pide": the body the
  // subject is of does not speak; the sources (nobody named) or the title's holder do.
  if (language().of.has(/^\s+(\p{L}+)\s/u.exec(hanging)?.[1]?.toLowerCase() ?? '')) return lead;
  if (lead.entity !== null) return undefined;
  // "A spokesman for Mr. Dorsey" speaks for Dorsey; "a spokesperson for the team of ..." for the team.
  // "The head of the World Health Organization said": the head spoke, whom the text does not name here.
  if (/^\s+of\s+(?:the\s+)?$/.test(hanging)) return lead;
  return /^\s+(?:at|with|to)\s/.test(hanging) || (/^\s+(?:for|of|from)\s/.test(hanging) && bodyBetween(hanging))
    ? lead
    : undefined;
}

/** True when the words before a name hold a body it belongs to ("the transition team of"). */
function bodyBetween(words: string): boolean {
  return words
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => BODY_NOUNS.has(w) || ORG_NOUNS.has(w));
}

/**
 * First token of the clause holding token v: after the last "; " or ", and/but" before it. ", and that …"
 * goes on reporting what the verb before it said ("She said …, and that the engineer, X, had been left to
 * “…”"): it opens no clause of its own, so a name inside it is not taken for the speaker.
 */
export function clauseStart(c: Ctx, from: number, v: number): number {
  for (let i = v - 1; i > from; i--) {
    const gap = c.text.slice(must(c.tokens[i - 1], 'token').end, must(c.tokens[i], 'token').start);
    if (/;/.test(gap)) return i;
    if (/,/.test(gap) && /^(?:and|but|while|whereas|yet)$/.test(must(c.tokens[i], 'token').lower)) {
      if (c.tokens[i + 1]?.lower === 'that' && language().code === 'en') continue;
      return i + 1;
    }
  }
  return from;
}

/** The subject of the sentence the quote sits in: its first referent before the quote. */
export function subjectBefore(c: Ctx, from: number, open: number): Referent | undefined {
  const b = tokenAt(c.tokens, open);
  // "Poi, a chi gli chiedeva se … del ministro:": the one asked answers, not whom the question names.
  const asked = askerLeadIn(c, tokenAt(c.tokens, from), b);
  if (asked) return asked;
  const r = clauseSubject(c, clauseStart(c, tokenAt(c.tokens, from), b), b);
  // "The Spaniard … told BBC Radio 5 Live:": the first name is whom the unnamed subject told.
  return r && toldDirectly(c, r) ? undefined : r;
}

/**
 * The first referent of the clause [a, b), but for what only English grammar marks as no subject: a clause
 * opening on he or she has it for its subject, found or not ("She said …, and that the amendment, tabled by
 * Fiona X, would …"), and the agent of a passive participle ("tabled by Fiona X") is not the subject.
 */
export function clauseSubject(c: Ctx, a: number, b: number): Referent | undefined {
  if (language().code !== 'en') return scan(c, a, b, 1);
  let k = a;
  while (k < b && c.quoted[k]) k++;
  const first = c.tokens[k];
  if (k < b && first && opensOnPronoun(first)) return referentAt(c.idx, c.d, c.tokens, k);
  for (let i = a; i < b; i++) {
    if (c.quoted[i]) continue;
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (!r) continue;
    // "drafted by Rep. Tom Hale": a title may stand between "by" and the name.
    let k = tokenAt(c.tokens, r.start) - 1;
    while (k > i - 3 && c.tokens[k]?.cap) k--;
    if (c.tokens[k]?.lower === 'by') {
      i = tokenAt(c.tokens, r.end) - 1;
      continue;
    }
    return r;
  }
  return undefined;
}
