import type { Person, Role, Statement } from '@/lib/core/records';
import { nameKey } from '@/lib/match/name-keys';

/** A person from a pack folded into the reader's: their name stays; new aliases and roles are added. */
export function mergePerson(mine: Person, theirs: Person, now: string): Person {
  const aliases = union(
    mine.aliases,
    [theirs.name, ...theirs.aliases].filter((a) => nameKey(a) !== nameKey(mine.name)),
  );
  const roleKey = (r: Role) => `${r.title.toLowerCase()}|${r.from ?? ''}|${r.to ?? ''}`;
  const known = new Set(mine.roles.map(roleKey));
  const roles = [...mine.roles, ...theirs.roles.filter((r) => !known.has(roleKey(r)))];
  const changed = aliases.length !== mine.aliases.length || roles.length !== mine.roles.length;
  return changed ? { ...mine, aliases, roles, updatedAt: now } : mine;
}

/** A statement from a pack folded into the reader's: their words stay; new sources and tags are added. */
export function mergeStatement(mine: Statement, theirs: Statement, now: string): Statement {
  const known = new Set(mine.sources.map((s) => s.url));
  const sources = [...mine.sources, ...theirs.sources.filter((s) => !known.has(s.url))];
  const tags = union(mine.tags, theirs.tags);
  const filled = {
    venue: mine.venue ?? theirs.venue,
    date: mine.date ?? theirs.date,
    context: mine.context ?? theirs.context,
  };
  const changed =
    sources.length !== mine.sources.length ||
    tags.length !== mine.tags.length ||
    Object.entries(filled).some(([k, val]) => val !== mine[k as keyof Statement]);
  return changed ? { ...mine, ...stripUndefined(filled), sources, tags, updatedAt: now } : mine;
}

/** Case-insensitive union that keeps the first spelling seen. */
function union(a: string[], b: string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  return [...a, ...b.filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()))];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, val]) => val !== undefined)) as Partial<T>;
}
