/**
 * One check of one subscription, as the web's caches do it: a conditional request; a 304 changes only when it
 * was checked; a new version is verified, checked like an import and applied whole; any failure keeps the
 * version held, records the error in the reader's words and backs off.
 */
import type { Subscription, SubscriptionPackMeta } from '@/lib/core/subscriptions';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { applySubscribedPack, SubscriptionStoreError, updateSubscription } from '@/lib/db/repos-subscriptions';
import type { PackMeta } from '@/lib/pack/pack-schema';
import { maxAgeSeconds, nextCheckAfterFailure, nextCheckAfterSuccess } from './cache-policy';
import { type FetchOptions, fetchPackText } from './fetch-pack';
import { problemWords, type SubscriptionProblem } from './problems';
import { readFetchedPack } from './read-pack';

/** What a check came to, with the subscription as stored after it (undefined once it is gone). */
export type CheckResult =
  | { ok: true; outcome: 'changed' | 'unchanged'; subscription: Subscription }
  | { ok: false; error: string; subscription?: Subscription };

/** What a check needs; tests give their own fetch and clock. */
export interface CheckDeps {
  db: OnRecordDb;
  now?: () => Date;
  fetchOptions?: FetchOptions;
}

/** A pack's meta as a subscription shows it. */
export function subscriptionMeta(meta: PackMeta): SubscriptionPackMeta {
  return {
    title: meta.name,
    author: meta.author,
    licence: meta.licence,
    ...(meta.description ? { description: meta.description } : {}),
  };
}

/** Records a failed check: the version held stays, the error is kept and the next try backs off. */
async function failed(
  deps: CheckDeps,
  id: string,
  now: Date,
  problem: SubscriptionProblem,
  extra: { status?: number; detail?: string } = {},
): Promise<CheckResult> {
  const error = problemWords(problem, extra);
  const subscription = await updateSubscription(deps.db, id, (current) => ({
    ...current,
    lastCheckedAt: now.toISOString(),
    lastError: error,
    failures: current.failures + 1,
    nextCheckAt: nextCheckAfterFailure(now, current.failures + 1),
  }));
  return { ok: false, error, ...(subscription ? { subscription } : {}) };
}

/** The subscription after a good answer: checked now, errors cleared, next check per interval and max-age. */
function checkedFine(current: Subscription, now: Date, cacheControl: string | null): Subscription {
  const { lastError: _cleared, ...rest } = current;
  return {
    ...rest,
    lastCheckedAt: now.toISOString(),
    failures: 0,
    nextCheckAt: nextCheckAfterSuccess(now, current.intervalHours, maxAgeSeconds(cacheControl)),
  };
}

/** Checks one subscription now, whatever its schedule. */
export async function checkSubscription(deps: CheckDeps, subscription: Subscription): Promise<CheckResult> {
  const now = deps.now?.() ?? new Date();
  const { id, url, etag, lastModified } = subscription;
  const fetched = await fetchPackText(url, { etag, lastModified }, deps.fetchOptions);
  if (fetched.kind === 'failed') return failed(deps, id, now, fetched.problem, { status: fetched.status });
  if (fetched.kind === 'missing') return failed(deps, id, now, 'status', { status: 404 });
  if (fetched.kind === 'unchanged') {
    const stored = await updateSubscription(deps.db, id, (current) => checkedFine(current, now, fetched.cacheControl));
    return stored
      ? { ok: true, outcome: 'unchanged', subscription: stored }
      : { ok: false, error: problemWords('gone') };
  }
  const read = await readFetchedPack(
    url,
    fetched.text,
    { key: subscription.publicKey, exact: false },
    deps.fetchOptions,
  );
  if (!read.ok) return failed(deps, id, now, read.problem, { detail: read.detail });
  const { pack } = read.accepted;
  const { etag: _e, lastModified: _l, ...rest } = checkedFine(subscription, now, fetched.cacheControl);
  const next: Subscription = { ...rest, ...fetched.validators, meta: subscriptionMeta(pack.meta) };
  try {
    const applied = await applySubscribedPack(deps.db, next, pack, now.toISOString());
    return { ok: true, outcome: applied.changed ? 'changed' : 'unchanged', subscription: applied.subscription };
  } catch (error) {
    if (error instanceof SubscriptionStoreError) return { ok: false, error: problemWords(error.problem) };
    return failed(deps, id, now, 'store-failed', { detail: error instanceof Error ? error.message : String(error) });
  }
}
