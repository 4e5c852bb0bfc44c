/**
 * The subscription benchmark's page side: the background's own steps, run in a page of the same browser on
 * real IndexedDB. A signed pack is fetched from the bench origin, its detached signature fetched and verified,
 * the pack checked as an import checks it and applied as a new subscription's layer; then the unchanged pack
 * costs one conditional request (304), a changed version (every tenth statement reworded) is applied over
 * the first, and the subscription is removed and restored. Each step is timed on its own.
 */
import { fetchPackText } from '../../lib/background/subscriptions/fetch-pack';
import type { Subscription } from '../../lib/core/subscriptions';
import type { OnRecordDb } from '../../lib/db/database-schema';
import { checkImportable } from '../../lib/db/repos-pack';
import { applySubscribedPack, restoreSubscription, unsubscribe } from '../../lib/db/repos-subscriptions';
import { readPackFile } from '../../lib/pack/read-pack-file';
import { parseSignatureFile, verifyPack } from '../../lib/pack/signature';
import type { BenchRow } from './run-bench';
import { profileUnsubscribe } from './subscribe-profile';

/** The addresses the bench page serves: the first version, its signature, and the changed version and its. */
export interface SubscribeUrls {
  pack: string;
  changed: string;
}

function subscriptionAt(url: string, now: string): Subscription {
  return {
    id: 'bench',
    url,
    meta: { title: 'Benchmark' },
    publicKey: null,
    fingerprint: null,
    intervalHours: 24,
    nextCheckAt: now,
    failures: 0,
    counts: { people: 0, statements: 0, relations: 0, reviews: 0 },
    createdAt: now,
  };
}

/** Fetches, verifies, checks and applies one version; returns each step's time in ms. */
async function oneVersion(db: OnRecordDb, url: string, subscription: Subscription, isNew: boolean) {
  let t0 = performance.now();
  const fetched = await fetchPackText(url, {});
  if (fetched.kind !== 'changed') throw new Error(`fetch: ${JSON.stringify(fetched)}`);
  const fetchMs = performance.now() - t0;
  t0 = performance.now();
  const sig = await fetchPackText(`${url}.sig`, {}, { allowMissing: true });
  const detached = sig.kind === 'changed' ? parseSignatureFile(sig.text) : null;
  const verdict = await verifyPack(fetched.text, detached);
  if (!verdict.ok || verdict.publicKey === null) throw new Error(`verify: ${JSON.stringify(verdict)}`);
  const verifyMs = performance.now() - t0;
  t0 = performance.now();
  const file = readPackFile(fetched.text);
  if (!file.ok) throw new Error(file.errors.join('\n'));
  const { pack } = checkImportable(file.json);
  const checkMs = performance.now() - t0;
  t0 = performance.now();
  const applied = await applySubscribedPack(db, subscription, pack, new Date().toISOString(), { isNew });
  const applyMs = performance.now() - t0;
  return { fetchMs, verifyMs, checkMs, applyMs, bytes: fetched.bytes, fetched, applied };
}

/** Runs the subscription benchmark in `db` (empty); returns rows. */
export async function runSubscribeBench(db: OnRecordDb, urls: SubscribeUrls, statements: number): Promise<BenchRow[]> {
  const first = await oneVersion(db, urls.pack, subscriptionAt(urls.pack, new Date().toISOString()), true);
  if (first.applied.subscription.counts.statements !== statements)
    throw new Error(`applied ${first.applied.subscription.counts.statements}`);
  const etag = first.fetched.kind === 'changed' ? first.fetched.validators.etag : undefined;
  let t0 = performance.now();
  const again = await fetchPackText(urls.pack, { etag });
  const unchangedMs = performance.now() - t0;
  if (again.kind !== 'unchanged') throw new Error(`expected a 304, got ${again.kind}`);
  const changed = await oneVersion(db, urls.changed, first.applied.subscription, false);
  t0 = performance.now();
  const held = await db.statements.where('origin').equals('bench').count();
  const countMs = performance.now() - t0;
  if (held !== statements) throw new Error(`held ${held}`);

  t0 = performance.now();
  const undoId = await unsubscribe(db, 'bench');
  const unsubscribeMs = performance.now() - t0;
  t0 = performance.now();
  await restoreSubscription(db, undoId);
  const restoreMs = performance.now() - t0;
  if ((await db.statements.where('origin').equals('bench').count()) !== statements) throw new Error('not restored');
  const profile = await profileUnsubscribe(db, 'bench');

  const n = statements.toLocaleString('en');
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const total = (v: typeof first) => (v.fetchMs + v.verifyMs + v.checkMs + v.applyMs) / 1000;
  return [
    {
      what: `subscribe to ${n} statements (${mb(first.bytes)}, signed): fetched, verified, checked, applied`,
      value: total(first),
      unit: 's',
      max: 15,
    },
    { what: '  of which the fetch (streamed, size-limited)', value: first.fetchMs, unit: 'ms' },
    { what: '  of which the signature (.sig fetched, Ed25519 over the file)', value: first.verifyMs, unit: 'ms' },
    { what: '  of which the check (as an import checks a file)', value: first.checkMs, unit: 'ms' },
    { what: '  of which the apply (one transaction)', value: first.applyMs, unit: 'ms' },
    { what: 'check again, unchanged (one conditional request, 304)', value: unchangedMs, unit: 'ms', max: 1000 },
    {
      what: `a changed version (every tenth statement reworded) replacing the first, all steps`,
      value: total(changed),
      unit: 's',
      max: 15,
    },
    {
      what: '  of which the apply (one transaction, only changed records written)',
      value: changed.applyMs,
      unit: 'ms',
    },
    { what: 'count the subscription’s statements (origin index)', value: countMs, unit: 'ms' },
    {
      what: 'unsubscribe: every record of it out, kept for undo (one transaction)',
      value: unsubscribeMs / 1000,
      unit: 's',
    },
    {
      what: 'undo the unsubscribe: subscription and records back (one transaction)',
      value: restoreMs / 1000,
      unit: 's',
    },
    ...profile,
  ];
}
