/** The words the Subscriptions section shows for a subscription or a preview: pure, so each rule is tested. */
import { formatList, formatLocale, t } from '@/lib/core/i18n';
import { tCount } from '@/lib/core/plural';
import type { Subscription, SubscriptionCounts } from '@/lib/core/subscriptions';

/** How often a subscription may be checked, in hours: the reader picks one of these (daily by default). */
export const CHECK_INTERVALS = [6, 12, 24, 168] as const;

/** The interval a new subscription starts with. */
export const DEFAULT_INTERVAL_HOURS = 24;

/** "Every day", "Every 6 hours", "Every week": the interval menu's words. */
export function intervalLabel(hours: number): string {
  if (hours === 24) return t('subscriptionsEveryDay');
  if (hours === 168) return t('subscriptionsEveryWeek');
  return tCount('subscriptionsEveryHours', hours);
}

/** The menu's choices, with the subscription's own interval kept when it is not one of them. */
export function intervalChoices(current: number): number[] {
  const all = new Set<number>([...CHECK_INTERVALS, current]);
  return [...all].sort((a, b) => a - b);
}

/** Every record a pack holds, whatever its kind. */
export function totalRecords(counts: SubscriptionCounts): number {
  return counts.people + counts.statements + counts.relations + counts.reviews;
}

/** "12 records: 3 people, 8 statements and 1 relation" (fact-checks named only when there are some). */
export function describeCounts(counts: SubscriptionCounts): string {
  const parts = [
    tCount('managerPeople', counts.people),
    tCount('managerStatements', counts.statements),
    tCount('managerRelations', counts.relations),
  ];
  if (counts.reviews > 0) parts.push(tCount('subscriptionsReviews', counts.reviews));
  return t('subscriptionsRecordCount', [tCount('managerRecords', totalRecords(counts)), formatList(parts)]);
}

/** A pack's size as a reader reads it: "840 bytes", "12.5 KB", "3.2 MB" (decimal units, as downloads show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return tCount('subscriptionsBytes', bytes);
  const kilo = bytes < 1_000_000;
  const number = new Intl.NumberFormat(formatLocale(), { maximumFractionDigits: 1 }).format(
    kilo ? bytes / 1000 : bytes / 1_000_000,
  );
  return t(kilo ? 'subscriptionsKilobytes' : 'subscriptionsMegabytes', number);
}

/** A moment (ISO timestamp) with its time of day, in the reader's language; null for none or a bad one. */
export function formatMoment(iso: string | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The list row's lines about checks: when last checked, when last changed ("never" for either when not yet). */
export function checkLines(s: Subscription): { checked: string; changed: string } {
  return {
    checked: formatMoment(s.lastCheckedAt) ?? t('subscriptionsNever'),
    changed: formatMoment(s.lastChangedAt) ?? t('subscriptionsNever'),
  };
}

/** A subscription's name in menus and labels: the pack's title, or its address when it has none. */
export function subscriptionName(s: Pick<Subscription, 'meta' | 'url'>): string {
  return s.meta.title.trim() || s.url;
}
