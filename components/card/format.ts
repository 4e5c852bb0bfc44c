/** Small formatting rules the card and the popup share, kept pure so they can be tested alone. */
import type { RelationType } from '../../lib/db/types';

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
