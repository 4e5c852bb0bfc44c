import { keysOf, nameKey, nameTokens } from './name-keys';
import { roleAt } from './role-at';
import type { Mention, PersonLike } from './types';

export { roleAt } from './role-at';

/** Who a mention is: one person when the library allows only one reading, else null with every fitting one. */
export interface Resolution<P> {
  person: P | null;
  candidates: P[];
}

const ROLE_STOPWORDS = new Set(['the', 'of', 'for', 'and', 'a', 'an', 's', 'senior', 'deputy', 'former']);

/**
 * Decides which stored person a page mention means, strongest evidence first: the same name or alias in any
 * spelling, then a compatible full name ("S. Lavrov"), then a bare surname. Ties are broken by the role held
 * at the quote's date when the page states one; a tie that remains is left to the reader.
 */
export function resolvePerson<P extends PersonLike>(mention: Mention, candidates: P[], atDate?: string): Resolution<P> {
  const names = [mention.name, ...mention.aliases].filter((n) => nameKey(n));
  const keys = new Set(names.map(nameKey));
  const steps: Array<(c: P) => boolean> = [
    (c) => keysOf(c).some((k) => keys.has(k)),
    (c) => names.some((m) => [c.name, ...c.aliases].some((n) => compatibleNames(m, n))),
    (c) => names.some((m) => sharesSurname(m, c.name, 'last')),
    (c) => names.some((m) => sharesSurname(m, c.name, 'first')),
  ];
  for (const fits of steps) {
    const found = candidates.filter(fits);
    if (found.length > 0) return pick(found, mention.role, atDate);
  }
  return { person: null, candidates: [] };
}

/** Two full names that differ only by an initial or a transliteration: "S. Lavrov" and "Sergey Lavrov". */
export function compatibleNames(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  const [fa, fb] = [ta[0], tb[0]];
  if (!fa || !fb || ta.length < 2 || tb.length < 2 || ta.at(-1) !== tb.at(-1)) return false;
  return fa === fb || (fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb));
}

/**
 * A one-word mention that is the surname of a stored full name. 'last' covers most names; 'first' covers
 * family-name-first names ("Wang" for "Wang Yi") and is tried only when no last name fits.
 */
function sharesSurname(mention: string, name: string, end: 'first' | 'last'): boolean {
  const tm = nameTokens(mention);
  const tn = nameTokens(name);
  if (tm.length !== 1 || tn.length < 2) return false;
  return (end === 'last' ? tn.at(-1) : tn[0]) === tm[0];
}

function pick<P extends PersonLike>(found: P[], role: string | null, atDate?: string): Resolution<P> {
  const [only] = found;
  if (only && found.length === 1) return { person: only, candidates: found };
  if (role) {
    const [fits, ...more] = found.filter((c) => rolesAgree(role, roleAt(c, atDate)?.title));
    if (fits && more.length === 0) return { person: fits, candidates: found };
  }
  return { person: null, candidates: found };
}

/** Whether a page's role wording and a stored role title describe the same post, by shared content words. */
export function rolesAgree(pageRole: string, storedTitle: string | undefined): boolean {
  if (!storedTitle) return false;
  const a = roleWords(pageRole);
  const b = roleWords(storedTitle);
  if (a.size === 0 || b.size === 0) return false;
  const shared = [...a].filter((w) => b.has(w)).length;
  // Over the larger set, so a shared nationality and "foreign" alone do not make a minister a spokesperson.
  return shared / Math.max(a.size, b.size) >= 0.6;
}

function roleWords(role: string): Set<string> {
  return new Set(nameTokens(role).filter((w) => !ROLE_STOPWORDS.has(w)));
}
