/**
 * A background in memory answering the manager's `subscription/*` messages as the #17 contract says, for the
 * Subscriptions section's tests: it records every message and answers from what a test put in it.
 */
import type { SubscriptionSend } from '@/lib/core/subscription-client';
import type { Subscription, SubscriptionPreview } from '@/lib/core/subscriptions';

/** A subscription as the background would store it, with what a test wants changed. */
export function makeSubscription(over: Partial<Subscription> = {}): Subscription {
  return {
    id: 'sub-1',
    url: 'https://desk.example/library.onrecord.json',
    meta: { title: 'Desk library', author: 'The Desk', licence: 'CC BY 4.0' },
    publicKey: 'AAAA',
    fingerprint: '3F2A 91C0 7B44 E1D9',
    intervalHours: 24,
    nextCheckAt: '2026-03-02T10:00:00Z',
    lastCheckedAt: '2026-03-01T10:00:00Z',
    lastChangedAt: '2026-03-01T10:00:00Z',
    failures: 0,
    counts: { people: 2, statements: 5, relations: 1, reviews: 0 },
    createdAt: '2026-03-01T10:00:00Z',
    ...over,
  };
}

/** A preview of the pack at `url`, with what a test wants changed. */
export function makePreview(over: Partial<SubscriptionPreview> = {}): SubscriptionPreview {
  return {
    url: 'https://desk.example/library.onrecord.json',
    meta: { title: 'Desk library', author: 'The Desk', licence: 'CC BY 4.0', description: 'What the desk checked.' },
    bytes: 12_500,
    counts: { people: 2, statements: 5, relations: 1, reviews: 0 },
    rejected: [],
    publicKey: 'AAAA',
    fingerprint: '3F2A 91C0 7B44 E1D9',
    ...over,
  };
}

/** What the fake answers with, each overridable by a test. */
export interface FakeBackground {
  sent: { type: string; payload: unknown }[];
  subscriptions: Subscription[];
  preview: (url: string) => { ok: true; preview: SubscriptionPreview } | { ok: false; error: string };
  updateNow: (id: string) => unknown;
  send: SubscriptionSend;
}

/** A fake background holding `subscriptions`; unsubscribing keeps the removed one for `subscription/restore`. */
export function fakeBackground(subscriptions: Subscription[] = []): FakeBackground {
  const removed = new Map<string, Subscription>();
  const fake: FakeBackground = {
    sent: [],
    subscriptions,
    preview: (url) => ({ ok: true, preview: makePreview({ url }) }),
    updateNow: (id) => {
      const found = fake.subscriptions.find((s) => s.id === id);
      return found ? { ok: true, outcome: 'unchanged', subscription: found } : { ok: false, error: 'No such' };
    },
    send: async (type, payload) => {
      fake.sent.push({ type, payload });
      return answer(fake, removed, type, payload as never) as never;
    },
  };
  return fake;
}

function answer(fake: FakeBackground, removed: Map<string, Subscription>, type: string, payload: never): unknown {
  const p = payload as Record<string, unknown>;
  switch (type) {
    case 'subscription/preview':
      return fake.preview(String(p.url));
    case 'subscription/add': {
      const added = makeSubscription({ id: `sub-${fake.subscriptions.length + 1}`, url: String(p.url) });
      fake.subscriptions = [added, ...fake.subscriptions];
      return { ok: true, subscription: added };
    }
    case 'subscription/list':
      return { ok: true, subscriptions: fake.subscriptions };
    case 'subscription/update-now':
      return fake.updateNow(String(p.id));
    case 'subscription/set-interval': {
      const found = fake.subscriptions.find((s) => s.id === p.id);
      if (!found) return { ok: false, error: 'No such' };
      const next = { ...found, intervalHours: Number(p.intervalHours) };
      fake.subscriptions = fake.subscriptions.map((s) => (s.id === next.id ? next : s));
      return { ok: true, subscription: next };
    }
    case 'subscription/remove': {
      const found = fake.subscriptions.find((s) => s.id === p.id);
      if (!found) return { ok: false, error: 'No such' };
      fake.subscriptions = fake.subscriptions.filter((s) => s.id !== p.id);
      removed.set(`undo-${found.id}`, found);
      return { ok: true, undoId: `undo-${found.id}` };
    }
    case 'subscription/restore': {
      const back = removed.get(String(p.undoId));
      if (!back) return { ok: false, error: 'Nothing to undo' };
      fake.subscriptions = [back, ...fake.subscriptions];
      return { ok: true, subscription: back };
    }
    default:
      return undefined;
  }
}
