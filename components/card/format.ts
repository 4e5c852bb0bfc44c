/** Small formatting rules the card and the popup share, kept pure so they can be tested alone. */
import type { RelationType } from '@/lib/core/records';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "19 Feb 2022" from an ISO date or timestamp; partial dates ("2022-02", "2022") stay partial. */
export function formatDate(iso: string | undefined | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return null;
  return [d ? String(Number(d)) : null, month, y].filter(Boolean).join(' ');
}

/** Reader-facing words for each relation type. */
export const RELATION_LABELS: Record<RelationType, string> = {
  contradicts: 'Contradicts',
  qualifies: 'Qualifies',
  'shifts-emphasis': 'Shift in emphasis',
  reverses: 'Reverses',
  'consistent-with': 'Consistent with',
};

/** The site a link goes to, for a compact source label ("newsweek.com"). */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Whether a link is safe to render as a link: the library may hold anything an imported pack said. */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** What each relation type says, read with its subject: "[it] contradicts this" / "this contradicts it". */
const RELATION_VERBS: Record<RelationType, string> = {
  contradicts: 'contradicts',
  qualifies: 'qualifies',
  'shifts-emphasis': 'shifts emphasis from',
  reverses: 'reverses',
  'consistent-with': 'is consistent with',
};

/**
 * A relation read with its direction, from the statement listed: "contradicts this" when the listed statement
 * is the subject of the label, "this contradicts it" when the statement on the page is. Without a direction
 * the label alone, since guessing one would misstate the record.
 */
export function relationPhrase(type: RelationType, direction: 'it-to-this' | 'this-to-it' | undefined): string {
  if (direction === 'it-to-this') return `${RELATION_VERBS[type]} this`;
  if (direction === 'this-to-it') return `this ${RELATION_VERBS[type]} it`;
  return RELATION_LABELS[type];
}

/**
 * When the listed statement was said, measured from the statement on the page: "Later, on 24 Feb 2022",
 * "Earlier, on 19 Feb 2022", "The same day, 24 Feb 2022", or "Undated" — so a relation never reads backwards.
 */
export function whenRelative(date: string | undefined, thisDate: string | undefined | null): string {
  const when = formatDate(date);
  if (!when || !date) return 'Undated';
  const a = date.slice(0, 10);
  const b = thisDate?.slice(0, 10);
  if (!b || !formatDate(b)) return `On ${when}`;
  // A partial date ("2022-02") sorts before every day it means: compare only as far as both are precise.
  const n = Math.min(a.length, b.length);
  if (a.slice(0, n) === b.slice(0, n)) return a.length === b.length ? `The same day, ${when}` : `Around then, ${when}`;
  return a < b ? `Earlier, on ${when}` : `Later, on ${when}`;
}
