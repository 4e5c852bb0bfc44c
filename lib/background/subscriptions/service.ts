/**
 * The background's subscription service: answers the manager's messages and runs the scheduled checks, one
 * check per subscription at a time (an *Update now* during a scheduled check waits for it and shares it).
 */
import type { SubscriptionAnswers } from '@/lib/core/subscriptions';
import {
  getSubscription,
  listSubscriptions,
  restoreSubscription,
  SubscriptionStoreError,
  unsubscribe,
  updateSubscription,
} from '@/lib/db/repos-subscriptions';
import { isDue, nextCheckAfterSuccess } from './cache-policy';
import { type CheckDeps, type CheckResult, checkSubscription } from './check';
import type { SubscriptionRequest } from './message-schemas';
import { problemWords } from './problems';
import { addSubscription, previewSubscription } from './subscribe';

/** What the service needs beyond a check's: a way to keep the one alarm in step with the subscriptions. */
export interface ServiceDeps extends CheckDeps {
  syncAlarm(): Promise<void>;
}

/** The service's answers, by message type. */
export type SubscriptionAnswer = SubscriptionAnswers[keyof SubscriptionAnswers];

/** Creates the service; the background starts one (start.ts), tests their own. */
export function createSubscriptionService(deps: ServiceDeps) {
  const running = new Map<string, Promise<CheckResult>>();
  const check = async (id: string): Promise<CheckResult> => {
    const inFlight = running.get(id);
    if (inFlight) return inFlight;
    const subscription = await getSubscription(deps.db, id);
    if (!subscription) return { ok: false, error: problemWords('gone') };
    const run = checkSubscription(deps, subscription).finally(() => running.delete(id));
    running.set(id, run);
    return run;
  };
  const failure = (error: unknown) => ({
    ok: false as const,
    error:
      error instanceof SubscriptionStoreError
        ? problemWords(error.problem)
        : problemWords('store-failed', { detail: String(error) }),
  });

  async function answer(request: SubscriptionRequest): Promise<SubscriptionAnswer> {
    switch (request.type) {
      case 'subscription/preview':
        return previewSubscription(deps, request.payload.url);
      case 'subscription/add': {
        const added = await addSubscription(deps, request.payload);
        if (added.ok) await deps.syncAlarm();
        return added;
      }
      case 'subscription/list':
        return { ok: true, subscriptions: await listSubscriptions(deps.db) };
      case 'subscription/update-now':
        return check(request.payload.id);
      case 'subscription/set-interval':
        return changeInterval(request.payload.id, request.payload.intervalHours);
      case 'subscription/remove': {
        const undoId = await unsubscribe(deps.db, request.payload.id);
        await deps.syncAlarm();
        return { ok: true, undoId };
      }
      case 'subscription/restore': {
        const subscription = await restoreSubscription(deps.db, request.payload.undoId);
        await deps.syncAlarm();
        return { ok: true, subscription };
      }
    }
  }

  async function changeInterval(
    id: string,
    intervalHours: number,
  ): Promise<SubscriptionAnswers['subscription/set-interval']> {
    const now = deps.now?.() ?? new Date();
    const stored = await updateSubscription(deps.db, id, (current) => ({
      ...current,
      intervalHours,
      // Counted from the last check; a subscription backing off after errors keeps its back-off.
      nextCheckAt:
        current.failures > 0
          ? current.nextCheckAt
          : nextCheckAfterSuccess(new Date(current.lastCheckedAt ?? now.toISOString()), intervalHours, null),
    }));
    return stored ? { ok: true, subscription: stored } : { ok: false, error: problemWords('gone') };
  }

  return {
    /** Answers one checked manager message; never throws. */
    answer: (request: SubscriptionRequest): Promise<SubscriptionAnswer> => answer(request).catch(failure),
    /** Checks every subscription whose time has come, one after another; the alarm calls this. */
    async checkDue(): Promise<number> {
      const now = deps.now?.() ?? new Date();
      const due = (await listSubscriptions(deps.db)).filter((s) => isDue(s, now));
      for (const s of due) await check(s.id);
      return due.length;
    },
  };
}

/** The service a background holds. */
export type SubscriptionService = ReturnType<typeof createSubscriptionService>;
