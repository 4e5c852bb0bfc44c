/**
 * The manager's side of subscriptions (its Subscriptions section): each `subscription/*` message sent to the
 * background, which alone fetches, verifies and stores subscribed packs. A failed answer becomes a thrown Error
 * carrying the background's words, so a view shows it where it shows every other failure.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import type {
  ManagerToBackgroundSubscriptions,
  Subscription,
  SubscriptionAnswers,
  SubscriptionPreview,
} from './subscriptions';

/** A subscription message type. */
export type SubscriptionMessage = keyof ManagerToBackgroundSubscriptions;

/** Sends one message and resolves with the background's raw answer (undefined when nothing answered). */
export type SubscriptionSend = <K extends SubscriptionMessage>(
  type: K,
  payload: ManagerToBackgroundSubscriptions[K],
) => Promise<SubscriptionAnswers[K] | undefined>;

/** The runtime message every other extension-page request uses: `{ type, payload }` to the background. */
export const browserSend: SubscriptionSend = async (type, payload) =>
  (await browser.runtime.sendMessage({ type, payload })) as never;

/** What an update check came to: the subscription as stored after it, and whether its records changed. */
export type UpdateOutcome =
  | { ok: true; changed: boolean; subscription: Subscription }
  | { ok: false; error: string; subscription?: Subscription };

/** Every subscription action the manager offers; each rejects with the words to show. */
export interface SubscriptionClient {
  preview(url: string): Promise<SubscriptionPreview>;
  add(url: string, publicKey: string | null, intervalHours: number): Promise<Subscription>;
  list(): Promise<Subscription[]>;
  /** An update check; a failed check resolves too (its error is the subscription's state, not the page's). */
  updateNow(id: string): Promise<UpdateOutcome>;
  setInterval(id: string, intervalHours: number): Promise<Subscription>;
  /** Unsubscribes; resolves with the id Undo passes to `restore`. */
  remove(id: string): Promise<string>;
  restore(undoId: string): Promise<Subscription>;
}

/** Thrown when the background is not there to answer (an extension reload, say). */
export class NoAnswerError extends Error {}

function answered<T>(answer: T | undefined): T {
  if (answer === undefined || answer === null) throw new NoAnswerError(t('subscriptionsNoAnswer'));
  return answer;
}

function ok<T extends { ok: boolean }>(answer: T | undefined): Extract<T, { ok: true }> {
  const got = answered(answer);
  if (!got.ok) throw new Error((got as unknown as { error: string }).error);
  return got as Extract<T, { ok: true }>;
}

/** The client over `send` (the browser's runtime messages in the page, a fake in tests). */
export function subscriptionClient(send: SubscriptionSend = browserSend): SubscriptionClient {
  return {
    preview: async (url) => ok(await send('subscription/preview', { url })).preview,
    add: async (url, publicKey, intervalHours) =>
      ok(await send('subscription/add', { url, publicKey, intervalHours })).subscription,
    list: async () => ok(await send('subscription/list', {})).subscriptions,
    async updateNow(id) {
      const answer = answered(await send('subscription/update-now', { id }));
      if (!answer.ok) return answer;
      return { ok: true, changed: answer.outcome === 'changed', subscription: answer.subscription };
    },
    setInterval: async (id, intervalHours) =>
      ok(await send('subscription/set-interval', { id, intervalHours })).subscription,
    remove: async (id) => ok(await send('subscription/remove', { id })).undoId,
    restore: async (undoId) => ok(await send('subscription/restore', { undoId })).subscription,
  };
}
