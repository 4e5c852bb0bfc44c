/** The "Not this speaker?" list's search: pure, so the matching rules are tested alone. */
import type { CardPerson } from '@/lib/core/protocol';

/** How many people the list shows at once; typing narrows it. */
export const PEOPLE_SHOWN = 8;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The people whose name or role holds every word typed, as a word start ("lav" finds Lavrov, "min" a minister),
 * in the order given; at most `limit`. An empty query lists the first ones.
 */
export function filterPeople(people: CardPerson[], query: string, limit = PEOPLE_SHOWN): CardPerson[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const found: CardPerson[] = [];
  for (const p of people) {
    if (found.length >= limit) break;
    const hay = ` ${fold(`${p.name} ${p.role ?? ''}`).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
    if (words.every((w) => hay.includes(` ${w}`))) found.push(p);
  }
  return found;
}
