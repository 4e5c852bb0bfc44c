/**
 * What a role noun refers to ("the sheriff", "a spokeswoman for the ministry", "Justice Samuel Alito"): the
 * name it titles, the organisation a spokesperson speaks for, the earlier holder of the title, or nobody named.
 */

import { mentionCovering, type PeopleIndex, type Referent } from '@/lib/detect/people/people-index';
import { recentEntity } from '@/lib/detect/people/recent-entity';
import { nameAfterComplement, personStarting } from '@/lib/detect/people/role-complement';
import { earlierSpokesBody, modifierBody } from '@/lib/detect/people/spokes-modifiers';
import { ORG_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';
import { headedName, holderOf } from './title-referent';

// People who speak for an organisation rather than for themselves.
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);

/** The referent of the role noun at token i, given the article before it (`det`) and whether it is indefinite. */
export function roleNounReferent(
  idx: PeopleIndex,
  tokens: Token[],
  i: number,
  det: string | undefined,
  indefinite: boolean,
): Referent | undefined {
  const t = must(tokens[i], 'token');
  // A title right before a name is that person's ("Justice Samuel Alito"), not someone named earlier.
  const next = tokens[i + 1];
  const titled = next && next.start - t.end <= 1 ? mentionCovering(idx, next.start, next.end) : undefined;
  if (titled && next && titled.start === next.start) return { entity: titled.entity, start: t.start, end: titled.end };
  const complemented = nameAfterComplement(idx.text ?? '', tokens, i, (k) => personStarting(idx, tokens[k]));
  if (complemented) return { entity: complemented.entity, start: t.start, end: complemented.end };
  const spokenFor = indefinite && SPOKES.has(t.lower) ? modifierBody(idx, tokens, i) : undefined;
  if (spokenFor) return spokenFor;
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
  const hit = holderOf(idx, tokens, i, det) ?? (SPOKES.has(t.lower) ? earlierSpokesBody(idx, tokens, i) : undefined);
  if (hit) return hit;
  // "The leader of Calderbridge Council" is a person the text does not name here, not the council; only a
  // spokesperson speaks for the body itself.
  const body = headedName(idx, tokens, i);
  if (!SPOKES.has(t.lower) && body?.kind === 'organisation') return { entity: null, start: t.start, end: t.end };
  return undefined;
}
