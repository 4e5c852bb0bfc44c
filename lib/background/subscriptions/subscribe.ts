/**
 * Subscribing: the first fetch previewed like an import (nothing stored), then, once the reader confirmed,
 * fetched again, held to the key the preview showed, and applied as a new subscription.
 */
import type { Subscription, SubscriptionPreview } from '@/lib/core/subscriptions';
import { applySubscribedPack, SubscriptionStoreError, subscriptionAt } from '@/lib/db/repos-subscriptions';
import { describeProblem, describeRecord } from '@/lib/pack/describe-rejection';
import { keyFingerprint } from '@/lib/pack/signature';
import { checkPackAddress } from './address';
import { maxAgeSeconds, nextCheckAfterSuccess } from './cache-policy';
import { type CheckDeps, subscriptionMeta } from './check';
import { fetchPackText } from './fetch-pack';
import { problemWords } from './problems';
import { type KeyRule, readFetchedPack } from './read-pack';

/** An answer in the manager's shape: the value, or an error in words. */
type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };

/** Fetches and reads the pack at a checked address, held to `rule` (null: any key, as a preview). */
async function fetchAndRead(deps: CheckDeps, url: string, rule: KeyRule | null) {
  const fetched = await fetchPackText(url, {}, deps.fetchOptions);
  if (fetched.kind === 'failed')
    return { ok: false as const, error: problemWords(fetched.problem, { status: fetched.status }) };
  if (fetched.kind !== 'changed') return { ok: false as const, error: problemWords('status', { status: 404 }) };
  const read = await readFetchedPack(url, fetched.text, rule, deps.fetchOptions);
  if (!read.ok) return { ok: false as const, error: problemWords(read.problem, { detail: read.detail }) };
  return { ok: true as const, fetched, read };
}

/** The checked address, or the reader's words for why not (also when it is subscribed already). */
async function address(deps: CheckDeps, input: string): Promise<Answer<{ url: string }>> {
  const checked = checkPackAddress(input);
  if (!checked.ok) return { ok: false, error: problemWords(checked.problem) };
  if (await subscriptionAt(deps.db, checked.url)) return { ok: false, error: problemWords('already-subscribed') };
  return { ok: true, url: checked.url };
}

/** The pack at `input` described for the reader before subscribing; stores nothing. */
export async function previewSubscription(
  deps: CheckDeps,
  input: string,
): Promise<Answer<{ preview: SubscriptionPreview }>> {
  const at = await address(deps, input);
  if (!at.ok) return at;
  const got = await fetchAndRead(deps, at.url, null);
  if (!got.ok) return got;
  const { pack, rejected } = got.read.accepted;
  const { publicKey } = got.read;
  return {
    ok: true,
    preview: {
      url: at.url,
      meta: subscriptionMeta(pack.meta),
      bytes: got.fetched.bytes,
      counts: {
        people: pack.people.length,
        statements: pack.statements.length,
        relations: pack.relations.length,
        reviews: pack.reviews?.length ?? 0,
      },
      rejected: rejected.map((r) => ({ where: describeRecord(r), reason: describeProblem(r.problem) })),
      publicKey,
      fingerprint: publicKey ? await keyFingerprint(publicKey) : null,
    },
  };
}

/** A new subscription's id: short, so namespaced record ids stay short. */
function newId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 10);
}

/** Subscribes to the pack at `input`, which must still be signed by `publicKey` (null: unsigned) as previewed. */
export async function addSubscription(
  deps: CheckDeps,
  request: { url: string; publicKey: string | null; intervalHours: number },
): Promise<Answer<{ subscription: Subscription }>> {
  const at = await address(deps, request.url);
  if (!at.ok) return at;
  const got = await fetchAndRead(deps, at.url, { key: request.publicKey, exact: true });
  if (!got.ok) return got;
  const now = deps.now?.() ?? new Date();
  const { pack } = got.read.accepted;
  const subscription: Subscription = {
    id: newId(),
    url: at.url,
    meta: subscriptionMeta(pack.meta),
    publicKey: request.publicKey,
    fingerprint: request.publicKey ? await keyFingerprint(request.publicKey) : null,
    intervalHours: request.intervalHours,
    ...got.fetched.validators,
    lastCheckedAt: now.toISOString(),
    nextCheckAt: nextCheckAfterSuccess(now, request.intervalHours, maxAgeSeconds(got.fetched.cacheControl)),
    failures: 0,
    counts: { people: 0, statements: 0, relations: 0, reviews: 0 },
    createdAt: now.toISOString(),
  };
  try {
    const applied = await applySubscribedPack(deps.db, subscription, pack, now.toISOString(), { isNew: true });
    return { ok: true, subscription: applied.subscription };
  } catch (error) {
    if (error instanceof SubscriptionStoreError) return { ok: false, error: problemWords(error.problem) };
    return { ok: false, error: problemWords('store-failed', { detail: String(error) }) };
  }
}
