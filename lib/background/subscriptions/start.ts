/**
 * Starts subscriptions in the background: the manager's messages, the alarm's checks, and the alarm kept in
 * step with the subscriptions held (read from the library at start-up: no request is made unless one is due).
 */
import { browser } from 'wxt/browser';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { createSubscriptionGate } from './message-gate';
import { SUBSCRIPTION_ALARM, syncAlarm } from './schedule';
import { createSubscriptionService } from './service';

/** Call once from the background. */
export function startSubscriptions(db: OnRecordDb): void {
  const alarms = browser.alarms;
  const sync = async () => {
    await syncAlarm(db, alarms);
  };
  const service = createSubscriptionService({ db, syncAlarm: sync });
  const getUrl = browser.runtime.getURL as (path: string) => string;
  const gate = createSubscriptionGate({
    extensionId: browser.runtime.id,
    pageUrls: [getUrl('/manager.html')],
    answer: service.answer,
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) =>
    gate(raw, sender, sendResponse),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SUBSCRIPTION_ALARM) return;
    service.checkDue().catch((error: unknown) => console.error('OnRecord: subscriptions not checked', error));
  });
  sync().catch((error: unknown) => console.error('OnRecord: subscription alarm not set', error));
}
