/**
 * Who a title refers to ("the sheriff", "l’entraîneur de Vannes"): what the title is of, and the person named
 * earlier who holds it.
 */

import { pastHolder, pastTitle } from '@/lib/detect/people/former-titles';
import { type Entity, mentionCovering, type PeopleIndex, type Referent } from '@/lib/detect/people/people-index';
import { recentEntity } from '@/lib/detect/people/recent-entity';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';
import { titleAt, titleFits } from './epithets';
import { holds } from './title-holder';
import { roleHoldsQualifier, titleQualifier } from './title-qualifiers';

/**
 * What the role noun at `i` is of, named ("the leader of Calderbridge Council", "l’entraîneur
 * d'Avranches-Granville", the "d'" elided into the name's token), or undefined.
 */
export function headedName(idx: PeopleIndex, tokens: Token[], i: number): Entity | undefined {
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
export function holderOf(idx: PeopleIndex, tokens: Token[], i: number, det?: string): Referent | undefined {
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
  const past = pastTitle(tokens, i);
  const hit = recentEntity(idx, t.start, (e) => fits(e) && ofIt(e) && (!past || pastHolder(e, idx.text ?? ''))) ?? null;
  // "il giudice per le indagini preliminari" with no such judge named: somebody the text does not name.
  if (hit === null && (qualifier.length || past)) return { entity: null, start: t.start, end: t.end };
  return hit === null ? undefined : { entity: hit, start: t.start, end: t.end };
}
