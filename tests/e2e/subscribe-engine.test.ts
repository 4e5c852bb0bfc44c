/**
 * The subscription engine in real Chromium and Firefox, driven by message from the manager page against a pack server of
 * the test's own: with no subscription the browser addresses nothing at all (the network audit watches the
 * pack server from the start and fails the close on an early request); subscribing fetches the pack from the
 * background and its records land in the library under their origin; *Update now* costs one conditional
 * request answered 304 and changes nothing; a changed pack is applied.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SubscriptionServerWatch, watchSubscriptionServer } from '@/scripts/support/net-guard';
import { type LoggingProxy, startLoggingProxy } from '@/scripts/support/proxy';
import { EXTENSION_BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/extension-browser';
import { inPage } from './support/probe-kit';

/** A publisher's static host: one pack with an ETag, answering If-None-Match with 304. */
interface PackServer {
  origin: string;
  seen: { path: string; headers: IncomingHttpHeaders; status: number }[];
  publish(texts: string[]): void;
  close(): Promise<void>;
}

function packText(texts: string[]): string {
  return JSON.stringify({
    format: 'onrecord-pack',
    version: 1,
    meta: { name: 'Desk record', author: 'The desk', licence: 'CC-BY-4.0', date: '2026-01-01' },
    people: [{ id: 'lena-marsh', name: 'Lena Marsh', roles: [{ title: 'Finance minister' }] }],
    statements: texts.map((text, i) => ({ id: `s${i}`, personId: 'lena-marsh', text, date: `2025-01-0${i + 1}` })),
    relations: [],
  });
}

async function startPackServer(): Promise<PackServer> {
  let body = '';
  let version = 0;
  const seen: PackServer['seen'] = [];
  const server: Server = createServer((req, res) => {
    const etag = `"v${version}"`;
    const path = req.url ?? '/';
    const answer = (status: number, headers: Record<string, string> = {}, text = '') => {
      seen.push({ path, headers: req.headers, status });
      res.writeHead(status, headers).end(text);
    };
    if (path !== '/desk.onrecord.json') return answer(404);
    if (req.headers['if-none-match'] === etag) return answer(304, { etag });
    answer(200, { 'content-type': 'application/json', etag }, body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    publish: (texts) => {
      body = packText(texts);
      version++;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

type Extension = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  alarms: { getAll(): Promise<{ name: string }[]> };
};
/** Sends one manager message to the background, from the manager page itself. */
const send = (message: { type: string; payload: unknown }) => {
  const g = globalThis as unknown as { browser?: Extension; chrome?: Extension };
  return ((g.browser ?? g.chrome) as Extension).runtime.sendMessage(message);
};

/** The names of the extension's alarms, as the manager page sees them. */
const alarmNames = async () => {
  const g = globalThis as unknown as { browser?: Extension; chrome?: Extension };
  return (await ((g.browser ?? g.chrome) as Extension).alarms.getAll()).map((a) => a.name);
};

/** The statements of one origin, read from the library in the manager's own origin. */
const statementsOf = inPage(async ({ readAll }, origin: string) =>
  (await readAll<{ text: string }>('statements', { name: 'origin', key: origin })).map((s) => s.text).sort(),
);

describe.each(EXTENSION_BROWSERS)('subscribing in %s', (_label, name) => {
  let packs: PackServer;
  let proxy: LoggingProxy;
  let browser: ExtensionBrowser;
  let watch: SubscriptionServerWatch;
  let id = '';
  const url = () => `${packs.origin}/desk.onrecord.json`;

  beforeAll(async () => {
    packs = await startPackServer();
    packs.publish(['We will cut the fuel tax.', 'Rail comes first.']);
    // The test's own proxy, so the audit can watch the pack server on it from the launch on.
    proxy = await startLoggingProxy();
    watch = watchSubscriptionServer(proxy, packs.origin);
    browser = await launchWithExtension(name, { proxyPort: proxy.port });
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await packs?.close();
  });

  it('addresses nothing at all before the reader subscribes', async () => {
    // Long enough for anything scheduled at start-up (the alarm's first run is a minute away when it exists).
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(proxy.requests).toEqual([]);
    expect(packs.seen).toEqual([]);
    expect(await browser.inManager(alarmNames, undefined)).toEqual([]);
  });

  it('subscribes from the manager, and the records land under their origin', async () => {
    watch.subscribed();
    const answer = (await browser.inManager(send, {
      type: 'subscription/add',
      payload: { url: url(), publicKey: null, intervalHours: 24 },
    })) as { ok: boolean; error?: string; subscription: { id: string; counts: { statements: number } } };
    expect(answer.error).toBeUndefined();
    expect(answer.subscription.counts.statements).toBe(2);
    id = answer.subscription.id;
    expect(await browser.inManager(statementsOf, id)).toEqual(['Rail comes first.', 'We will cut the fuel tax.']);
    // The pack and its signature's place, nothing else; no cookies sent.
    expect(packs.seen.map((r) => r.path)).toEqual(['/desk.onrecord.json', '/desk.onrecord.json.sig']);
    for (const r of packs.seen) expect(r.headers.cookie).toBeUndefined();
    expect(await browser.inManager(alarmNames, undefined)).toEqual(['onrecord-subscriptions']);
  });

  it('costs one 304 when the pack is unchanged, and applies it once it changed', async () => {
    const before = packs.seen.length;
    const same = (await browser.inManager(send, { type: 'subscription/update-now', payload: { id } })) as {
      outcome: string;
    };
    expect(same.outcome).toBe('unchanged');
    expect(packs.seen.slice(before).map((r) => [r.status, r.headers['if-none-match']])).toEqual([[304, '"v1"']]);

    packs.publish(['We will cut the fuel tax.', 'Roads come first.']);
    const changed = (await browser.inManager(send, { type: 'subscription/update-now', payload: { id } })) as {
      outcome: string;
    };
    expect(changed.outcome).toBe('changed');
    expect(await browser.inManager(statementsOf, id)).toEqual(['Roads come first.', 'We will cut the fuel tax.']);
  });
});
