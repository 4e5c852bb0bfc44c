/**
 * Subscribed packs: a context pack published at an HTTPS address, subscribed to by URL, refreshed by the
 * background with HTTP caching. These are the records and messages the manager and the background share; the
 * fetching, verifying and applying live in lib/background, the storing in lib/db.
 *
 * Only extension pages (the manager) send these messages; the background refuses them from any other sender and
 * validates every payload, as it does for 'settings/set'.
 */

/** Where a record came from: the reader's own (absent on the record) or one subscription, by its id. */
export type RecordOrigin = { kind: 'mine' } | { kind: 'subscription'; subscriptionId: string };

/** A pack's own description, as its `meta` gives it: shown before subscribing and in the list. */
export interface SubscriptionPackMeta {
  title: string;
  author?: string;
  licence?: string;
  description?: string;
}

/** How many records a pack holds, by kind. */
export interface SubscriptionCounts {
  people: number;
  statements: number;
  relations: number;
  reviews: number;
}

/** One subscription as the library keeps it (schema version 7, table `subscriptions`). */
export interface Subscription {
  /** Stable id; subscribed records carry it as their `origin`. */
  id: string;
  /** The pack's address (https, or http on loopback only). */
  url: string;
  meta: SubscriptionPackMeta;
  /** The publisher's Ed25519 public key (base64 of the raw 32 bytes) pinned at subscribe time; null when unsigned. */
  publicKey: string | null;
  /** A short, readable fingerprint of `publicKey` ("3F2A 91C0 7B44 E1D9"), or null. */
  fingerprint: string | null;
  /** How often the background checks for a new version, in hours (default 24). */
  intervalHours: number;
  /** Validators from the last 200 response, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** When the next check is due (ISO): after max-age, the interval, or back-off after errors. */
  nextCheckAt: string;
  /** When the background last asked the server (ISO), and what came of it. */
  lastCheckedAt?: string;
  /** When the records last changed through this subscription (ISO). */
  lastChangedAt?: string;
  /** The last error in words the manager shows, cleared by the next good check. */
  lastError?: string;
  /** Checks failed in a row, for exponential back-off. */
  failures: number;
  /** Records this subscription holds now. */
  counts: SubscriptionCounts;
  createdAt: string;
}

/** What the manager shows before the reader confirms a subscription: the first fetch, previewed like an import. */
export interface SubscriptionPreview {
  url: string;
  meta: SubscriptionPackMeta;
  /** Size of the pack in bytes. */
  bytes: number;
  counts: SubscriptionCounts;
  /** Items the pack holds that would be refused, with reasons in words. */
  rejected: { where: string; reason: string }[];
  publicKey: string | null;
  fingerprint: string | null;
}

/** Messages the manager sends to the background about subscriptions. */
export interface ManagerToBackgroundSubscriptions {
  /** Fetch the pack at `url` once and describe it; stores nothing. */
  'subscription/preview': { url: string };
  /**
   * The reader confirmed: subscribe, pinning the key the preview showed (null for an unsigned pack), and apply
   * the pack. The background fetches again and refuses a pack whose key differs from `publicKey`.
   */
  'subscription/add': { url: string; publicKey: string | null; intervalHours: number };
  /** Every subscription, newest first. */
  'subscription/list': Record<string, never>;
  /** Check one subscription now, whatever its schedule. */
  'subscription/update-now': { id: string };
  /** Change how often one subscription is checked. */
  'subscription/set-interval': { id: string; intervalHours: number };
  /** Unsubscribe: remove the subscription and exactly its records, kept for undo (`subscription/restore`). */
  'subscription/remove': { id: string };
  /** Undo an unsubscribe: the subscription and its records come back as they were. */
  'subscription/restore': { undoId: string };
}

/** The background's answers, by message. A failure always carries an error in words the manager shows. */
export interface SubscriptionAnswers {
  'subscription/preview': { ok: true; preview: SubscriptionPreview } | { ok: false; error: string };
  'subscription/add': { ok: true; subscription: Subscription } | { ok: false; error: string };
  'subscription/list': { ok: true; subscriptions: Subscription[] } | { ok: false; error: string };
  'subscription/update-now':
    | { ok: true; outcome: 'changed' | 'unchanged'; subscription: Subscription }
    | { ok: false; error: string; subscription?: Subscription };
  'subscription/set-interval': { ok: true; subscription: Subscription } | { ok: false; error: string };
  'subscription/remove': { ok: true; undoId: string } | { ok: false; error: string };
  'subscription/restore': { ok: true; subscription: Subscription } | { ok: false; error: string };
}
