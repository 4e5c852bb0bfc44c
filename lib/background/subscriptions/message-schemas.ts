/**
 * The manager's subscription messages, checked before the background acts on them (valibot, as
 * lib/core/validate.ts checks content messages): an unknown type or a payload of the wrong shape is refused.
 */
import * as v from 'valibot';
import type { ManagerToBackgroundSubscriptions } from '@/lib/core/subscriptions';
import { INTERVAL_HOURS } from './cache-policy';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const url = v.pipe(v.string(), v.minLength(1), v.maxLength(2_000));
const intervalHours = v.pipe(v.number(), v.integer(), v.minValue(INTERVAL_HOURS.min), v.maxValue(INTERVAL_HOURS.max));
const publicKey = v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/)));

const SCHEMAS = {
  'subscription/preview': v.strictObject({ url }),
  'subscription/add': v.strictObject({ url, publicKey, intervalHours }),
  'subscription/list': v.strictObject({}),
  'subscription/update-now': v.strictObject({ id }),
  'subscription/set-interval': v.strictObject({ id, intervalHours }),
  'subscription/remove': v.strictObject({ id }),
  'subscription/restore': v.strictObject({ undoId: id }),
} satisfies { [K in keyof ManagerToBackgroundSubscriptions]: v.GenericSchema };

/** One of the manager's subscription messages, checked. */
export type SubscriptionRequest = {
  [K in keyof ManagerToBackgroundSubscriptions]: { type: K; payload: ManagerToBackgroundSubscriptions[K] };
}[keyof ManagerToBackgroundSubscriptions];

/** Whether a message's type is one of the subscription messages (so it is this handler's to answer). */
export function isSubscriptionType(type: unknown): type is keyof ManagerToBackgroundSubscriptions {
  return typeof type === 'string' && Object.hasOwn(SCHEMAS, type);
}

/** The message checked, or null when its payload does not fit its type. */
export function parseSubscriptionRequest(
  type: keyof ManagerToBackgroundSubscriptions,
  payload: unknown,
): SubscriptionRequest | null {
  const result = v.safeParse(SCHEMAS[type], payload);
  return result.success ? ({ type, payload: result.output } as SubscriptionRequest) : null;
}
