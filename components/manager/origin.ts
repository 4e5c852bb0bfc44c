/** The record's layers as the manager shows them: the reader's own, or one subscription's (read-only). */
import { t } from '@/lib/core/i18n';

/** Each subscription's id with the name the manager shows for it. */
export type OriginNames = ReadonlyMap<string, string>;

/** The origin filter's value for the reader's own records (any other non-empty value is a subscription id). */
export const MINE = 'mine';

/** Whether a record came from a subscription, and so is read-only here. */
export function isSubscribed(record: { origin?: string }): boolean {
  return typeof record.origin === 'string' && record.origin !== '';
}

/** "Mine", or "From <subscription>" ("From a removed subscription" when the list no longer names it). */
export function originLabel(origin: string | undefined, names: OriginNames): string {
  if (!origin) return t('layersMine');
  const name = names.get(origin);
  return name ? t('layersFrom', name) : t('layersFromUnknown');
}

/** Whether a record's origin passes the origin filter ('' lets everything through). */
export function matchesOrigin(origin: string | undefined, wanted: string): boolean {
  if (!wanted) return true;
  if (wanted === MINE) return !origin;
  return origin === wanted;
}
