import type { Person, Role, Statement } from '@/lib/core/records';
import { linkKeys } from '@/lib/factcheck/link-keys';
import { nameKey } from '@/lib/match/name-keys';
import { LIMITS } from '@/lib/pack/pack-schema';

/** A person from a pack folded into the reader's: their name stays; new aliases, roles and links are added. */
export function mergePerson(mine: Person, theirs: Person, now: string): Person {
  const links = mergeLinks(mine.links, theirs.links);
  const aliases = union(
    mine.aliases,
    [theirs.name, ...theirs.aliases].filter((a) => nameKey(a) !== nameKey(mine.name)),
  );
  const roleKey = (r: Role) => `${r.title.toLowerCase()}|${r.from ?? ''}|${r.to ?? ''}`;
  const known = new Set(mine.roles.map(roleKey));
  const roles = [...mine.roles, ...theirs.roles.filter((r) => !known.has(roleKey(r)))];
  const changed =
    aliases.length !== mine.aliases.length ||
    roles.length !== mine.roles.length ||
    (links?.length ?? 0) !== (mine.links?.length ?? 0);
  return changed ? { ...mine, aliases, roles, ...(links ? { links } : {}), updatedAt: now } : mine;
}

/** Both records' links, one per link key (the first spelling kept), within the pack's cap; none when neither has. */
function mergeLinks(mine: string[] | undefined, theirs: string[] | undefined): string[] | undefined {
  if (!mine && !theirs) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const url of [...(mine ?? []), ...(theirs ?? [])]) {
    const [key] = linkKeys([url]);
    if (key === undefined || seen.has(key) || out.length >= LIMITS.links) continue;
    seen.add(key);
    out.push(url);
  }
  return out;
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
