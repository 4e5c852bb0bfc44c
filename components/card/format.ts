/** Small formatting rules the card and the popup share, kept pure so they can be tested alone. */

import { formatDate } from '@/lib/core/format-date';
import { type MessageKey, t } from '@/lib/core/i18n';
import type { RelationType } from '@/lib/core/records';
import type { ReasonPull, TensionReason } from '@/lib/match/types';

export { formatDate };

/**
 * The relation type a new relation starts with, in the card and the manager alike: the mildest claim that
 * two statements differ, so a hasty Save never files a contradiction the reader did not choose.
 */
export const DEFAULT_RELATION_TYPE: RelationType = 'shifts-emphasis';

/** The catalogue's name for each relation type, e.g. 'shifts-emphasis' → "ShiftsEmphasis". */
const RELATION_KEY: Record<RelationType, string> = {
  contradicts: 'Contradicts',
  qualifies: 'Qualifies',
  'shifts-emphasis': 'ShiftsEmphasis',
  reverses: 'Reverses',
  'consistent-with': 'ConsistentWith',
};

/** Every relation type with its words, in the library's order, for filters and pickers. */
export function relationOptions(): { type: RelationType; label: string }[] {
  return (Object.keys(RELATION_KEY) as RelationType[]).map((type) => ({ type, label: relationLabel(type) }));
}

/** Reader-facing words for a relation type ("Contradicts", "Shift in emphasis"). */
export function relationLabel(type: RelationType): string {
  return t(`commonRelation${RELATION_KEY[type]}` as MessageKey);
}

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

/**
 * A relation read with its direction, from the statement listed: "contradicts this" when the listed statement
 * is the subject of the label, "this contradicts it" when the statement on the page is. Without a direction
 * the label alone, since guessing one would misstate the record.
 */
export function relationPhrase(type: RelationType, direction: 'it-to-this' | 'this-to-it' | undefined): string {
  if (direction === 'it-to-this') return t(`commonRelationToThis${RELATION_KEY[type]}` as MessageKey);
  if (direction === 'this-to-it') return t(`commonRelationFromThis${RELATION_KEY[type]}` as MessageKey);
  return relationLabel(type);
}

/**
 * When the listed statement was said, measured from the statement on the page: "Later, on 24 Feb 2022",
 * "Earlier, on 19 Feb 2022", "The same day, 24 Feb 2022", or "Undated" — so a relation never reads backwards.
 */
export function whenRelative(date: string | undefined, thisDate: string | undefined | null): string {
  const when = formatDate(date);
  if (!when || !date) return t('cardUndated');
  const a = date.slice(0, 10);
  const b = thisDate?.slice(0, 10);
  if (!b || !formatDate(b)) return t('cardWhenOn', when);
  // A partial date ("2022-02") sorts before every day it means: compare only as far as both are precise.
  const n = Math.min(a.length, b.length);
  if (a.slice(0, n) === b.slice(0, n)) return t(a.length === b.length ? 'cardWhenSameDay' : 'cardWhenAround', when);
  return t(a < b ? 'cardWhenEarlier' : 'cardWhenLater', when);
}

/** The catalogue key for each way two statements pull apart. */
const PULL_KEY: Record<ReasonPull['code'], MessageKey> = {
  negation: 'tensionCueNegation',
  antonym: 'tensionCueAntonym',
  modality: 'tensionCueModality',
  exception: 'tensionCueException',
};

/**
 * A suggestion's reason in the reader's language ("Both speak of Crimea; opposite words (“…” / “…”).").
 * A string is an older reason already in words and is shown unchanged.
 */
export function formatTensionReason(reason: TensionReason | string): string {
  if (typeof reason === 'string') return reason;
  const pulls = reason.pulls
    .map((p) => t('tensionPull', [t(PULL_KEY[p.code]), p.page, p.earlier]))
    .join(t('tensionPullJoin'));
  return t('tensionReason', [reason.shared.join(t('tensionSharedJoin')), pulls]);
}
