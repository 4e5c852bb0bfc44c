/** The popup's one line about the network: which addresses OnRecord checks, and how often. Pure. */
import { formatNumber } from '@/lib/core/i18n';
import { tCount } from '@/lib/core/plural';
import type { Subscription } from '@/lib/core/subscriptions';

/** "Checks 2 subscribed addresses daily"; null with no subscription, when OnRecord addresses nothing at all. */
export function checksLine(subscriptions: readonly Pick<Subscription, 'intervalHours'>[]): string | null {
  if (subscriptions.length === 0) return null;
  const count = subscriptions.length;
  if (subscriptions.every((s) => s.intervalHours === 24)) return tCount('popupChecksDaily', count);
  const shortest = Math.min(...subscriptions.map((s) => s.intervalHours));
  return tCount('popupChecksEvery', count, formatNumber(shortest));
}
