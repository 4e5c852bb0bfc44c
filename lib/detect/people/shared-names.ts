/**
 * Which of several people a lone surname means ("Pettit" after Graham Pettit and Jess Pettit). News names a
 * person in full, then by surname alone until someone else of that name is named: the surname follows the full
 * form the text gave last. A guess beyond that shows the wrong person's record, so anything less clear is nobody.
 */

import type { Entity, PeopleIndex, SharedName } from './people-index';

/** How far back (in paragraphs) the full form a lone name follows may stand. */
const PARAGRAPHS_BACK = 3;
/** How many paragraph breaks back another bearer of the name must have been named last. */
const OTHERS_CLEAR = 2;

/** The start of every mention that is itself a lone name several people bear: it names nobody for sure. */
export function sharedStarts(shared: readonly SharedName[]): Set<number> {
  return new Set(shared.map((s) => s.start));
}

/** Where `e` was last named for sure before `at`, or -1. */
function lastSure(e: Entity, at: number, unsure: Set<number>): number {
  let last = -1;
  for (const m of e.mentions) if (m.end <= at && m.start > last && !unsure.has(m.start)) last = m.start;
  return last;
}

/** How many paragraph breaks lie in text[from, to). */
function breaksBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Of `people` who bear the lone name at `at`, the one the text named for sure last, when that was at most a
 * few paragraphs back and none of the others was named for sure in this paragraph or the one before ("Tom
 * Alvarez said … Luis Alvarez said … Alvarez said" could be either brother); undefined otherwise.
 */
export function namedLast(
  text: string,
  people: readonly Entity[],
  at: number,
  unsure: Set<number>,
): Entity | undefined {
  const lasts = people.map((e) => ({ e, last: lastSure(e, at, unsure) })).sort((x, y) => y.last - x.last);
  const best = lasts[0];
  if (!best || best.last < 0 || breaksBetween(text, best.last, at) > PARAGRAPHS_BACK) return undefined;
  const next = lasts[1];
  if (next && next.last >= 0 && breaksBetween(text, next.last, at) < OTHERS_CLEAR) return undefined;
  return best.e;
}

/** The person a shared lone name in `idx` means by the rule above, as an id; undefined when unclear. */
export function sharedByRecency(idx: PeopleIndex, s: SharedName, candidates: readonly number[]): number | undefined {
  const people = candidates.flatMap((id) => idx.entities[id] ?? []);
  return namedLast(idx.text ?? '', people, s.start, sharedStarts(idx.shared ?? []))?.id;
}
