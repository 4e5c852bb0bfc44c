/** The outlets a statement is filed under, shared by the outlet filter and the outlet menu. */
import type { Statement } from '@/lib/core/records';

/** Each record's outlets, worked out once: the filter menus re-read all of them after every edit. */
const outletsCache = new WeakMap<Statement, string[]>();

/** The outlets a statement is filed under: outlet names and source hosts, lowercased. */
export function outletsOf(s: Statement): string[] {
  const known = outletsCache.get(s);
  if (known) return known;
  const found = readOutlets(s);
  outletsCache.set(s, found);
  return found;
}

function readOutlets(s: Statement): string[] {
  const out = new Set<string>();
  for (const src of s.sources) {
    if (src.outlet?.trim()) out.add(src.outlet.trim().toLowerCase());
    try {
      out.add(new URL(src.url).hostname.replace(/^www\./, '').toLowerCase());
    } catch {
      // A source that is not a URL has no host to file it under.
    }
  }
  return [...out];
}
