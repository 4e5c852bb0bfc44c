/**
 * What an organisation noun after "the" or a possessive refers to ("the embassy", "the firm", "the central
 * bank"): the organisation named most recently that the noun can stand for.
 */

import type { Entity, PeopleIndex, Referent } from '@/lib/detect/people/people-index';
import { recentEntity } from '@/lib/detect/people/recent-entity';
import type { Token } from '@/lib/detect/text/tokens';

const CORPORATE = ['company', 'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'llc', 'plc', 'group'];
// The words an organisation's name may hold when a generic noun stands for it ("the firm": "Acme Inc."); a noun
// not listed stands for names holding the noun itself. A Map, so a word such as "constructor" finds nothing.
const ORG_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['company', CORPORATE],
  ['firm', CORPORATE],
  ['bank', ['bank', 'reserve']],
  ['paper', ['times', 'post', 'journal', 'news']],
]);

// A common noun owning the organisation noun: "the prosecutor’s office", "the mayor’s office".
const OWNED_BY = /(\p{Ll}+)[\u2019']s\s+$/u;

/** The organisation the noun `t` stands for, or undefined when none named before it fits. */
export function orgNounReferent(idx: PeopleIndex, t: Token): Referent | undefined {
  const words = ORG_ALIASES.get(t.lower) ?? [t.lower];
  // "the prosecutor’s office" is not the Sheriff’s Office named before: whose office must be in the name.
  const text = idx.text ?? '';
  const owner = OWNED_BY.exec(text.slice(Math.max(0, t.start - 40), t.start))?.[1];
  // The owner may stand in the name ("Sheriff’s Office") or right before a mention ("Sheriff’s" before the
  // "Office" read as a name); a name owned by someone else is another office.
  const ownedFits = (e: Entity) => {
    if (!owner) return true;
    const named = /(\p{L}+)[\u2019']s\b/u.exec(e.name)?.[1]?.toLowerCase();
    if (named) return named === owner;
    return (
      e.name.toLowerCase().includes(owner) ||
      e.mentions.some((m) =>
        text
          .slice(Math.max(0, m.start - owner.length - 4), m.start)
          .toLowerCase()
          .includes(owner),
      )
    );
  };
  const ent = recentEntity(
    idx,
    t.start,
    (e) =>
      e.kind === 'organisation' &&
      ownedFits(e) &&
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
