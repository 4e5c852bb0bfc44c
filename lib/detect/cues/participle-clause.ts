/**
 * "La fédération a apporté son soutien aux grévistes, estimant que la réforme « … »": a French present
 * participle set off by a comma ("estimant que", "jugeant que", "rappelant que") reports the words of the
 * main clause's subject. When that subject is no one we name (a body we do not know, a description), the
 * quote is nobody's: a name met elsewhere in the clause did not say it.
 */

import type { Referent } from '@/lib/detect/people/people-index';
import { firstTokenAt, isSubject } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';

// Participles of judging and recalling that report speech without being reporting verbs themselves.
const PARTICIPLES = new Set(['jugeant', 'considérant', 'arguant', 'dénonçant', 'soulignant', 'rappelant', 'faisant']);

// "L’Union des entreprises de services à la personne (UESP), qui …": the acronym names the opening body.
const BODY_THEN_ACRONYM = /^\s*(?:(?:L['\u2019]|La\s+|Le\s+|Les\s+)\p{Lu}|\p{Lu})[^,;:.()\u00ab\u00bb]*\($/u;

/** True when token `t` is a reporting present participle ("estimant", "jugeant"). */
function reportsAsParticiple(lower: string, next: string): boolean {
  if (lower === 'faisant') return next === 'valoir';
  return PARTICIPLES.has(lower) || (lower.endsWith('ant') && isCueVerb(`${lower.slice(0, -3)}e`));
}

/** The main clause's subject for a quote in a participle clause in [from, to), null-entity when it is nobody named. */
export function participleSubject(c: Ctx, from: number, to: number): Referent | undefined {
  const scene = c.d.scene;
  if (language().code !== 'fr' || !scene) return undefined;
  const first = firstTokenAt(c.tokens, from);
  for (let i = first + 2; i < c.tokens.length; i++) {
    const t = must(c.tokens[i], 'token');
    if (t.start >= to) break;
    if (c.quoted[i] || !/,\s*$/.test(c.text.slice(must(c.tokens[i - 1], 'token').end, t.start))) continue;
    if (!reportsAsParticiple(t.lower, c.tokens[i + 1]?.lower ?? '')) continue;
    const subject = c.idx.mentions.find(
      (m) =>
        m.start >= from &&
        m.end <= t.start &&
        !c.quoted[firstTokenAt(c.tokens, m.start)] &&
        (isSubject(scene, c.idx, m.entity, from) || BODY_THEN_ACRONYM.test(c.text.slice(from, m.start))),
    );
    return subject
      ? { entity: subject.entity, start: subject.start, end: subject.end }
      : { entity: null, start: t.start, end: t.end };
  }
  return undefined;
}
