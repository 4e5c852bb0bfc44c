/**
 * One subscription's records as a layer of the library: a checked pack turned into rows under namespaced ids
 * (`sub-<subscription>-<pack id>`) carrying the subscription as their origin, and the difference between the
 * layer stored and the next one. Pure: lib/db/repos-subscriptions.ts reads and writes.
 */
import type { Person, Relation, Review, Statement } from '@/lib/core/records';
import type { Subscription, SubscriptionCounts } from '@/lib/core/subscriptions';
import { hashText } from '@/lib/match/hash';
import { LIMITS, type Pack } from '@/lib/pack/pack-schema';
import { markStorable } from '@/lib/pack/storable';
import { type PersonRow, toPersonRow } from './person-row';

/** One subscription's records as the library stores them. */
export interface LayerRecords {
  people: PersonRow[];
  statements: Statement[];
  relations: Relation[];
  reviews: Review[];
}

/** What an unsubscribe removed: the subscription and exactly its records, restored whole by undo. */
export interface UnsubscribedEntry {
  /** The undo id the manager holds (`subscription/restore`). */
  id: string;
  removedAt: string;
  subscription: Subscription;
  records: LayerRecords;
}

/** The writes that turn the stored layer into the next one: rows to put and ids to delete, per table. */
export interface LayerChange {
  put: LayerRecords;
  remove: { people: string[]; statements: string[]; relations: string[]; reviews: string[] };
}

const KINDS = ['people', 'statements', 'relations', 'reviews'] as const;

/** An empty layer: what an unsubscribe replaces a subscription's records with. */
export function emptyLayer(): LayerRecords {
  return { people: [], statements: [], relations: [], reviews: [] };
}

/**
 * The library id of a pack record under a subscription: namespaced, so two publishers (or the reader's own
 * records) never share an id, and within the pack format's id limit (a long pack id keeps its start and a hash).
 */
export function subscribedId(subscriptionId: string, packId: string): string {
  const prefix = `sub-${subscriptionId}-`;
  const whole = `${prefix}${packId}`;
  if (whole.length <= LIMITS.id) return whole;
  const hash = hashText(packId);
  return `${prefix}${packId.slice(0, LIMITS.id - prefix.length - hash.length - 1)}~${hash}`;
}

/** How many records of each kind a layer holds. */
export function layerCounts(layer: LayerRecords): SubscriptionCounts {
  return {
    people: layer.people.length,
    statements: layer.statements.length,
    relations: layer.relations.length,
    reviews: layer.reviews.length,
  };
}

/**
 * A checked pack as one subscription's layer: every id and link namespaced, every record carrying the
 * subscription as its origin. The records are the pack check's output with ids mapped, so the library's door
 * need not check them again.
 */
export function layerFromPack(pack: Pack, subscriptionId: string, now: string): LayerRecords {
  const to = (id: string) => subscribedId(subscriptionId, id);
  const origin = subscriptionId;
  const people = pack.people.map((p) =>
    toPersonRow(
      markStorable<Person>({
        ...p,
        id: to(p.id),
        origin,
        createdAt: p.createdAt ?? now,
        updatedAt: p.updatedAt ?? now,
      }),
    ),
  );
  const statements = pack.statements.map((s) =>
    markStorable<Statement>({
      ...s,
      id: to(s.id),
      personId: to(s.personId),
      origin,
      createdAt: s.createdAt ?? now,
      updatedAt: s.updatedAt ?? now,
    }),
  );
  const relations = pack.relations.map(({ withdrawn: _w, ...r }) =>
    markStorable<Relation>({
      ...r,
      id: to(r.id),
      fromId: to(r.fromId),
      toId: to(r.toId),
      origin,
      createdAt: r.createdAt ?? now,
    }),
  );
  const reviews = (pack.reviews ?? []).map(({ statementId, ...r }) =>
    markStorable<Review>({
      ...r,
      id: to(r.id),
      claimantId: r.claimantId === null ? null : to(r.claimantId),
      ...(statementId === undefined ? {} : { statementId: to(statementId) }),
      origin,
      createdAt: r.createdAt ?? now,
      updatedAt: r.updatedAt ?? now,
    }),
  );
  return { people, statements, relations, reviews };
}

/** A record's content without its timestamps, so an unchanged record republished later is not rewritten. */
function content(record: object): string {
  return JSON.stringify(record, (key, value) => (key === 'createdAt' || key === 'updatedAt' ? undefined : value));
}

type Timed = { id: string; createdAt: string; updatedAt?: string };

function changed<T extends Timed>(stored: T[], next: T[]): { put: T[]; remove: string[] } {
  const before = new Map(stored.map((r) => [r.id, r]));
  const put: T[] = [];
  for (const record of next) {
    const old = before.get(record.id);
    before.delete(record.id);
    if (!old) put.push(record);
    else if (content(old) !== content(record))
      // A record the publisher changed keeps the day it first reached the library.
      put.push(markStorable({ ...record, createdAt: old.createdAt }));
  }
  return { put, remove: [...before.keys()] };
}

/** The writes that turn `stored` into `next`: new and changed records, and the ids no longer published. */
export function layerChange(stored: LayerRecords, next: LayerRecords): LayerChange {
  const put = emptyLayer();
  const remove: LayerChange['remove'] = { people: [], statements: [], relations: [], reviews: [] };
  for (const kind of KINDS) {
    const diff = changed<Timed>(stored[kind], next[kind]);
    (put[kind] as Timed[]) = diff.put;
    remove[kind] = diff.remove;
  }
  return { put, remove };
}
