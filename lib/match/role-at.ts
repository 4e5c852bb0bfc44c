import type { RoleLike as Role } from './types';

/**
 * Whether a role was held on a date (ISO, compared as strings since both are ISO). Open ends hold. A partial
 * end ("to 2022") covers every day of its year or month, so the day is cut to the end's precision first.
 */
export function roleHeldOn(role: Role, date: string): boolean {
  const day = date.slice(0, 10);
  const end = role.to?.slice(0, 10);
  return (!role.from || role.from.slice(0, 10) <= day) && (!end || day.slice(0, end.length) <= end);
}

/**
 * The role a person held on a date, so a card says "foreign minister" for a 2022 quote even after a move.
 * Without a date: the role still held (no end), else the one that ended last. Overlaps: the latest begun.
 */
export function roleAt<R extends Role>(person: { roles: R[] }, date?: string): R | null {
  const held = date ? person.roles.filter((r) => roleHeldOn(r, date)) : person.roles.filter((r) => !r.to);
  if (held.length > 0) return latest(held, 'from');
  return date ? null : latest(person.roles, 'to');
}

/** The role with the greatest value of one date field; missing dates count as earliest. */
function latest<R extends Role>(roles: R[], field: 'from' | 'to'): R | null {
  return [...roles].sort((a, b) => cmp(b[field], a[field]))[0] ?? null;
}

/** Compares optional ISO strings; missing sorts first. */
function cmp(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
