// @vitest-environment node
/**
 * The subscription engine end to end without a browser: a publisher served by a fake fetch, the background's
 * service over a fresh library. Subscribe, a 304 that changes nothing, a new version applied, and each kind of
 * failure (corrupt, too large, bad signature, other key, unsigned, server down, too slow) keeping the version
 * held with an error in words; and no request at all without a subscription.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SubscriptionRequest } from '@/lib/background/subscriptions/message-schemas';
import { createSubscriptionService, type SubscriptionAnswer } from '@/lib/background/subscriptions/service';
import type { Subscription } from '@/lib/core/subscriptions';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { generateKeyPair, type PrivateKeyFile, signDetached, signEmbedded } from '@/lib/pack/sign-pack';
import { freshDb } from './helpers';

const URL_A = 'https://packs.example/desk.onrecord.json';

function packText(texts: string[], name = 'Desk'): string {
  return JSON.stringify({
    format: 'onrecord-pack',
    version: 1,
    meta: { name, author: 'The desk', licence: 'CC-BY-4.0', date: '2026-01-01' },
    people: [{ id: 'wang-yi', name: 'Wang Yi' }],
    statements: texts.map((text, i) => ({ id: `s${i}`, personId: 'wang-yi', text })),
    relations: [],
  });
}

/** A publisher: files by URL with an ETag each, answering conditional requests as a static host does. */
class Publisher {
  files = new Map<string, { body: string; etag: string; headers?: Record<string, string> }>();
  requests: { url: string; init: RequestInit }[] = [];
  down = false;
  slow = false;

  put(url: string, body: string, headers?: Record<string, string>): void {
    this.files.set(url, { body, etag: `"${this.files.size}-${body.length}"`, headers });
  }

  fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    this.requests.push({ url: input, init });
    if (this.down) throw new TypeError('Failed to fetch');
    if (this.slow)
      return new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const file = this.files.get(input);
    if (!file) return new Response('not found', { status: 404 });
    const sent = (init.headers as Record<string, string>)['If-None-Match'];
    if (sent === file.etag) return new Response(null, { status: 304, headers: { etag: file.etag } });
    return new Response(file.body, { status: 200, headers: { etag: file.etag, ...file.headers } });
  };
}

let db: OnRecordDb;
let publisher: Publisher;
let clock: Date;
let alarmSyncs: number;
let service: ReturnType<typeof createSubscriptionService>;

beforeEach(() => {
  db = freshDb();
  publisher = new Publisher();
  clock = new Date('2026-03-01T00:00:00.000Z');
  alarmSyncs = 0;
  service = createSubscriptionService({
    db,
    now: () => clock,
    fetchOptions: { fetch: publisher.fetch as typeof fetch, timeoutMs: 50 },
    syncAlarm: async () => {
      alarmSyncs++;
    },
  });
});

/** Sends one manager message; each test reads the answer's fields for that message. */
async function ask<T>(request: SubscriptionRequest): Promise<T> {
  const answer: SubscriptionAnswer = await service.answer(request);
  return answer as unknown as T;
}

async function subscribe(publicKey: string | null = null): Promise<Subscription> {
  const added = await ask<{ ok: boolean; subscription: Subscription; error?: string }>({
    type: 'subscription/add',
    payload: { url: URL_A, publicKey, intervalHours: 24 },
  });
  if (!added.ok) throw new Error(added.error);
  return added.subscription;
}

const statementsOf = (id: string) => db.statements.where('origin').equals(id).toArray();

describe('subscribing', () => {
  it('previews the pack without storing anything', async () => {
    publisher.put(URL_A, packText(['One.', 'Two.']));
    const answer = await ask<{ ok: true; preview: { counts: object; meta: object; bytes: number } }>({
      type: 'subscription/preview',
      payload: { url: URL_A },
    });
    expect(answer.ok).toBe(true);
    expect(answer.preview.counts).toEqual({ people: 1, statements: 2, relations: 0, reviews: 0 });
    expect(answer.preview.meta).toMatchObject({ title: 'Desk', author: 'The desk', licence: 'CC-BY-4.0' });
    expect(answer.preview.bytes).toBe(packText(['One.', 'Two.']).length);
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.statements.count()).toBe(0);
    expect(alarmSyncs).toBe(0);
  });

  it('stores the records, sets the alarm, and sends no credentials or referrer', async () => {
    publisher.put(URL_A, packText(['One.', 'Two.']));
    const subscription = await subscribe();
    expect(subscription.counts.statements).toBe(2);
    expect((await statementsOf(subscription.id)).map((s) => s.text).sort()).toEqual(['One.', 'Two.']);
    expect(alarmSyncs).toBe(1);
    for (const { init } of publisher.requests) {
      expect(init.credentials).toBe('omit');
      expect(init.referrerPolicy).toBe('no-referrer');
      expect(init.cache).toBe('no-store');
    }
    // The pack, and the place its detached signature would be: nothing else.
    expect(publisher.requests.map((r) => r.url)).toEqual([URL_A, `${URL_A}.sig`]);
  });

  it.each([
    ['http://packs.example/a.json', /https/],
    ['https://me:pw@packs.example/a.json', /password/],
  ])('refuses %s without a request', async (url, error) => {
    const answer = await ask<{ ok: false; error: string }>({ type: 'subscription/preview', payload: { url } });
    expect(answer.error).toMatch(error);
    expect(publisher.requests).toEqual([]);
  });
});

describe('updates', () => {
  let subscription: Subscription;
  beforeEach(async () => {
    publisher.put(URL_A, packText(['One.', 'Two.']));
    subscription = await subscribe();
    publisher.requests = [];
    clock = new Date('2026-03-02T00:00:00.000Z');
  });

  const updateNow = () =>
    ask<{ ok: boolean; outcome?: string; error?: string; subscription?: Subscription }>({
      type: 'subscription/update-now',
      payload: { id: subscription.id },
    });

  it('costs one 304 when nothing changed, and only the check time moves', async () => {
    const answer = await updateNow();
    expect(answer).toMatchObject({ ok: true, outcome: 'unchanged' });
    expect(publisher.requests).toHaveLength(1);
    const headers = (publisher.requests[0]?.init.headers ?? {}) as Record<string, string>;
    expect(headers['If-None-Match']).toBe(subscription.etag);
    const { lastCheckedAt, nextCheckAt, ...rest } = answer.subscription as Subscription;
    const { lastCheckedAt: _a, nextCheckAt: _b, ...before } = subscription;
    expect(rest).toEqual(before);
    expect(lastCheckedAt).toBe(clock.toISOString());
    expect(nextCheckAt).toBe('2026-03-03T00:00:00.000Z');
  });

  it('applies a new version whole', async () => {
    publisher.put(URL_A, packText(['One.', 'Three.']));
    const answer = await updateNow();
    expect(answer).toMatchObject({ ok: true, outcome: 'changed' });
    expect((await statementsOf(subscription.id)).map((s) => s.text).sort()).toEqual(['One.', 'Three.']);
    expect(answer.subscription?.lastChangedAt).toBe(clock.toISOString());
  });

  it('waits for max-age before the next scheduled check', async () => {
    publisher.put(URL_A, packText(['One.', 'Three.']), { 'cache-control': 'max-age=259200' });
    await updateNow();
    expect((await db.subscriptions.get(subscription.id))?.nextCheckAt).toBe('2026-03-05T00:00:00.000Z');
    clock = new Date('2026-03-04T00:00:00.000Z');
    expect(await service.checkDue()).toBe(0);
    clock = new Date('2026-03-05T00:00:00.000Z');
    expect(await service.checkDue()).toBe(1);
  });

  it.each([
    ['a corrupt pack', () => publisher.put(URL_A, '{"format": "onrecord-pack", '), /not a readable OnRecord pack/],
    ['a pack that is not a pack', () => publisher.put(URL_A, '{"hello": 1}'), /not a readable OnRecord pack/],
    [
      'a pack over 50 MB',
      () => publisher.put(URL_A, packText(['One.']), { 'content-length': String(51 * 1024 * 1024) }),
      /larger than 50 MB/,
    ],
    ['a server that is down', () => (publisher.down = true), /could not be reached/],
    ['a server too slow to answer', () => (publisher.slow = true), /did not answer within 60 seconds/],
    ['a missing pack', () => publisher.files.delete(URL_A), /error 404/],
    [
      'a malformed signature file',
      () => {
        publisher.put(URL_A, packText(['X.']));
        publisher.put(`${URL_A}.sig`, 'nope');
      },
      /signature cannot be read/,
    ],
  ])('keeps the version held after %s, with the error and a back-off', async (_what, breakIt, error) => {
    breakIt();
    const answer = await updateNow();
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(error);
    expect((await statementsOf(subscription.id)).map((s) => s.text).sort()).toEqual(['One.', 'Two.']);
    const stored = await db.subscriptions.get(subscription.id);
    expect(stored).toMatchObject({ failures: 1, lastError: answer.error, lastCheckedAt: clock.toISOString() });
    expect(stored?.nextCheckAt).toBe('2026-03-02T01:00:00.000Z');
    expect(stored?.etag).toBe(subscription.etag);
  });

  it('clears the error at the next good check', async () => {
    publisher.down = true;
    await updateNow();
    await updateNow();
    expect((await db.subscriptions.get(subscription.id))?.failures).toBe(2);
    publisher.down = false;
    const answer = await updateNow();
    expect(answer.ok).toBe(true);
    expect(answer.subscription?.failures).toBe(0);
    expect(answer.subscription?.lastError).toBeUndefined();
  });
});

describe('signed packs', () => {
  let publisherKey: PrivateKeyFile;
  let publicKey: string;
  let otherKey: PrivateKeyFile;

  beforeEach(async () => {
    const pair = await generateKeyPair();
    publisherKey = pair.privateKey;
    publicKey = pair.publicKey.publicKey;
    otherKey = (await generateKeyPair()).privateKey;
  });

  async function publishSigned(text: string, key: PrivateKeyFile, how: 'detached' | 'embedded') {
    if (how === 'embedded') {
      publisher.files.delete(`${URL_A}.sig`);
      publisher.put(URL_A, await signEmbedded(text, key));
    } else {
      publisher.put(URL_A, text);
      publisher.put(`${URL_A}.sig`, JSON.stringify(await signDetached(text, key)));
    }
  }

  it.each(['detached', 'embedded'] as const)('pins the %s signer’s key and applies its updates', async (how) => {
    await publishSigned(packText(['One.']), publisherKey, how);
    const preview = await ask<{ ok: true; preview: { publicKey: string; fingerprint: string } }>({
      type: 'subscription/preview',
      payload: { url: URL_A },
    });
    expect(preview.preview.publicKey).toBe(publicKey);
    expect(preview.preview.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    const subscription = await subscribe(publicKey);
    expect(subscription.fingerprint).toBe(preview.preview.fingerprint);
    await publishSigned(packText(['One.', 'Two.']), publisherKey, how);
    const answer = await ask<{ ok: boolean }>({ type: 'subscription/update-now', payload: { id: subscription.id } });
    expect(answer.ok).toBe(true);
    expect(await statementsOf(subscription.id)).toHaveLength(2);
  });

  it.each([
    [
      'signed with another key',
      async () => publishSigned(packText(['Forged.']), otherKey, 'detached'),
      /different key/,
    ],
    [
      'changed after signing',
      async () => {
        await publishSigned(packText(['One.']), publisherKey, 'detached');
        publisher.put(URL_A, packText(['Forged.']));
      },
      /does not match its contents/,
    ],
    [
      'no longer signed',
      async () => {
        publisher.files.delete(`${URL_A}.sig`);
        publisher.put(URL_A, packText(['Unsigned.']));
      },
      /no longer signed/,
    ],
  ])('rejects an update %s and keeps the version held', async (_what, tamper, error) => {
    await publishSigned(packText(['One.']), publisherKey, 'detached');
    const subscription = await subscribe(publicKey);
    await tamper();
    const answer = await ask<{ ok: boolean; error: string }>({
      type: 'subscription/update-now',
      payload: { id: subscription.id },
    });
    expect(answer.error).toMatch(error);
    expect((await statementsOf(subscription.id)).map((s) => s.text)).toEqual(['One.']);
  });

  it('refuses to subscribe when the pack is no longer signed by the key the preview showed', async () => {
    await publishSigned(packText(['One.']), otherKey, 'detached');
    await expect(subscribe(publicKey)).rejects.toThrow(/different key/);
    expect(await db.subscriptions.count()).toBe(0);
  });
});

describe('with no subscription', () => {
  it('makes no request at all, scheduled or not', async () => {
    const spy = vi.fn(publisher.fetch);
    const idle = createSubscriptionService({
      db,
      fetchOptions: { fetch: spy as typeof fetch },
      syncAlarm: async () => {},
    });
    expect(await idle.checkDue()).toBe(0);
    await idle.answer({ type: 'subscription/list', payload: {} });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('unsubscribe', () => {
  it('removes the records, syncs the alarm, and undo brings both back', async () => {
    publisher.put(URL_A, packText(['One.', 'Two.']));
    const subscription = await subscribe();
    const removed = await ask<{ ok: true; undoId: string }>({
      type: 'subscription/remove',
      payload: { id: subscription.id },
    });
    expect(await statementsOf(subscription.id)).toEqual([]);
    expect(alarmSyncs).toBe(2);
    const restored = await ask<{ ok: true; subscription: Subscription }>({
      type: 'subscription/restore',
      payload: { undoId: removed.undoId },
    });
    expect(restored.subscription.id).toBe(subscription.id);
    expect(await statementsOf(subscription.id)).toHaveLength(2);
    const again = await ask<{ ok: false; error: string }>({
      type: 'subscription/restore',
      payload: { undoId: removed.undoId },
    });
    expect(again.error).toMatch(/can no longer be undone/);
  });
});
