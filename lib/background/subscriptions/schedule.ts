/**
 * The one alarm that wakes the background to check subscriptions. It exists only while the reader has a
 * subscription: with none there is no alarm, so nothing wakes and nothing is fetched, at install, start-up or
 * ever. Each subscription keeps its own due time (nextCheckAt); the alarm only looks for those due.
 */
import type { OnRecordDb } from '@/lib/db/database-schema';

/** The alarm's name. */
export const SUBSCRIPTION_ALARM = 'onrecord-subscriptions';

/** How often the alarm looks for due subscriptions; the due times themselves are hours to days apart. */
export const ALARM_PERIOD_MINUTES = 30;

/** The part of the alarms API the schedule uses, so tests can give their own. */
export interface AlarmsApi {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<unknown>;
}

/** Creates the alarm when there is a subscription and none exists, clears it when there is none. */
export async function syncAlarm(db: OnRecordDb, alarms: AlarmsApi): Promise<'on' | 'off'> {
  if ((await db.subscriptions.count()) === 0) {
    await alarms.clear(SUBSCRIPTION_ALARM);
    return 'off';
  }
  if (!(await alarms.get(SUBSCRIPTION_ALARM)))
    await alarms.create(SUBSCRIPTION_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES, delayInMinutes: 1 });
  return 'on';
}
