/**
 * What an organisation noun after "the" or a possessive refers to ("the embassy", "the firm", "the central
 * bank"): the organisation named most recently that the noun can stand for.
 */

import type { PeopleIndex, Referent } from './people-index';
import { recentEntity } from './recent-entity';
import type { Token } from './tokens';

const CORPORATE = ['company', 'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'llc', 'plc', 'group'];
// The words an organisation's name may hold when a generic noun stands for it ("the firm": "Acme Inc."); a noun
// not listed stands for names holding the noun itself. A Map, so a word such as "constructor" finds nothing.
const ORG_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['company', CORPORATE],
  ['firm', CORPORATE],
  ['bank', ['bank', 'reserve']],
  ['paper', ['times', 'post', 'journal', 'news']],
]);

/** The organisation the noun `t` stands for, or undefined when none named before it fits. */
export function orgNounReferent(idx: PeopleIndex, t: Token): Referent | undefined {
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
