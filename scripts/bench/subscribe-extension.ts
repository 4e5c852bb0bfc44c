/**
 * The subscription benchmark in the built extension itself: the manager page asks the background to subscribe
 * to the signed pack, served by a loopback server as a publisher's host would, and a heartbeat in the manager
 * page measures how long its main thread was ever blocked while the background fetched, verified, checked and
 * applied, then while the manager took the new records in. Needs `npx wxt build` first.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from '../support/chromium';
import { pollUntil } from '../support/driver';
import { visibleText } from '../support/page-probes';
import type { BenchRow } from './run-bench';
import { profilePage } from './subscribe-cpu';
import type { PackFiles } from './subscribe-files';

type Extension = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** Starts the heartbeat: the longest gap between 10 ms ticks is the longest the page could not respond. */
const startHeartbeat = () => {
  const g = globalThis as unknown as { benchGaps: number[] };
  g.benchGaps = [];
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    g.benchGaps.push(now - last);
    last = now;
  }, 10);
};

/** The longest gap since the last read, and starts a new window. */
const takeLongestGap = () => {
  const g = globalThis as unknown as { benchGaps: number[] };
  const longest = Math.max(0, ...g.benchGaps);
  g.benchGaps = [];
  return longest;
};

const subscribe = ({ url, publicKey }: { url: string; publicKey: string }) =>
  (globalThis as unknown as { chrome: Extension }).chrome.runtime.sendMessage({
    type: 'subscription/add',
    payload: { url, publicKey, intervalHours: 24 },
  });

/** Serves the pack files under a loopback origin; returns the pack's address there and a way to stop. */
async function servePack(files: PackFiles) {
  const byPath = new Map([...files.files].map(([url, file]) => [new URL(url).pathname, file]));
  const server = createServer((req, res) => {
    const file = byPath.get(req.url ?? '');
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: file.etag }).end(file.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${new URL(files.urls.pack).pathname}`;
  return { url, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** Subscribes in the built extension; returns rows. */
export async function subscribeInExtension(
  files: PackFiles,
  statements: number,
  profileFile?: string,
): Promise<BenchRow[]> {
  const served = await servePack(files);
  const session = await launchChromium();
  try {
    const manager = await session.context.newPage();
    await manager.goto(`chrome-extension://${session.extensionId}/manager.html`);
    await pollUntil(
      () => manager.evaluate(visibleText),
      (text) => text.includes('Import and export'),
      60_000,
    );
    await manager.evaluate(startHeartbeat);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const idleGap = await manager.evaluate(takeLongestGap);
    const t0 = performance.now();
    const answer = (await manager.evaluate(subscribe, { url: served.url, publicKey: files.publicKey })) as {
      ok: boolean;
      error?: string;
      subscription?: { counts: { statements: number } };
    };
    const seconds = (performance.now() - t0) / 1000;
    if (!answer.ok || answer.subscription?.counts.statements !== statements)
      throw new Error(`subscribe: ${answer.error ?? JSON.stringify(answer.subscription?.counts)}`);
    const duringGap = await manager.evaluate(takeLongestGap);
    const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 5_000));
    if (profileFile) await profilePage(manager, profileFile, settle);
    else await settle();
    const afterGap = await manager.evaluate(takeLongestGap);
    // Work the page spreads across tasks (its search index) may run past the first 5 s: watched 10 s more.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const laterGap = await manager.evaluate(takeLongestGap);
    const n = statements.toLocaleString('en');
    return [
      {
        what: `in the extension: subscribe to ${n} statements, manager message to answer (background)`,
        value: seconds,
        unit: 's',
        max: 15,
      },
      {
        what: '  manager page, longest main-thread stall, idle before (heartbeat, 10 ms ticks)',
        value: idleGap,
        unit: 'ms',
      },
      {
        what: '  manager page, longest stall while the background fetched, verified, checked, applied',
        value: duringGap,
        unit: 'ms',
        max: 200,
      },
      {
        what: '  manager page, longest stall in the 5 s after, taking the new records in',
        value: afterGap,
        unit: 'ms',
        max: 200,
      },
      { what: '  manager page, longest stall in the 10 s after those', value: laterGap, unit: 'ms', max: 200 },
    ];
  } finally {
    await session.close().catch((error: unknown) => console.warn(String(error)));
    await served.close();
  }
}
