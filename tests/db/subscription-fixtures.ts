/**
 * Subscribed packs for the library tests: the subscription record the background stores and a publisher's
 * pack checked as the fetcher checks it, built one way for every test that subscribes.
 */
import type { Subscription } from '@/lib/core/subscriptions';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { applySubscribedPack } from '@/lib/db/repos-subscriptions';
import type { Pack } from '@/lib/pack/pack-schema';
import { parsePack } from '@/lib/pack/parse-pack';

/** When the fixtures' subscriptions are made and first checked. */
export const SUBSCRIBED_AT = '2026-02-01T00:00:00.000Z';

/** A subscription as the background stores it before its first check counted anything. */
export function subscriptionRecord(
  id: string,
  { url = `https://packs.example/${id}.onrecord.json`, at = SUBSCRIBED_AT }: { url?: string; at?: string } = {},
): Subscription {
  return {
    id,
    url,
    meta: { title: id },
    publicKey: null,
    fingerprint: null,
    intervalHours: 24,
    nextCheckAt: at,
    failures: 0,
    counts: { people: 0, statements: 0, relations: 0, reviews: 0 },
    createdAt: at,
  };
}

/** What a publisher puts in a pack; the meta names the desk unless given, absent lists are empty. */
export interface PublishedRecords {
  meta?: Partial<{ name: string; author: string; licence: string; date: string }>;
  people: unknown[];
  statements: unknown[];
  relations?: unknown[];
  reviews?: unknown[];
}

/** A pack as a publisher writes it, checked as the fetcher checks it; throws with the reasons it is refused. */
export function publishedPack({ meta, people, statements, relations = [], reviews }: PublishedRecords): Pack {
  const parsed = parsePack({
    format: 'onrecord-pack',
    version: 1,
    meta: { name: 'Desk', author: 'Desk', licence: 'CC-BY-4.0', date: '2026-01-01', ...meta },
    people,
    statements,
    relations,
    ...(reviews ? { reviews } : {}),
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.pack;
}

/** Stores `pack` as the first version of subscription `id`, as subscribing does. */
export async function subscribeTo(db: OnRecordDb, id: string, pack: Pack, at = SUBSCRIBED_AT): Promise<void> {
  await applySubscribedPack(db, subscriptionRecord(id, { at }), pack, at, { isNew: true });
}
