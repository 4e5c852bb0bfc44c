/**
 * The network check every browser launch goes through. A launch is tied to a logging proxy; closing the browser
 * reads what that proxy saw while the browser ran, appends a summary to the suite's network log, and throws,
 * naming the URLs, if anything was addressed beyond this machine. The suite's teardown reads the log back
 * (checkNetworkLog), so a launch that had no proxy, or was never checked, fails the run too.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ROOT_DIR } from './paths';
import { type LoggingProxy, nonLocalRequests, type ProxiedRequest, proxyOnPort, startLoggingProxy } from './proxy';

/** Where every launch of the e2e suite writes its line (JSON per line); global-setup empties it first. */
export const NETWORK_LOG = `${ROOT_DIR}test-results/e2e-network.jsonl`;

/** A raw browser launch, as the launch audit (net-audit.ts) saw it: whether a logging proxy was listening. */
export interface LaunchRecord {
  kind: 'launch';
  id: string;
  file: string;
  browser: string;
  proxyPort: number | null;
  /** True when a logging proxy of this process listens on proxyPort. */
  registered: boolean;
}

/** What one browser session sent through its proxy, written when it closed. */
export interface SessionRecord {
  kind: 'session';
  /** The audit's id of the raw launch, or null where the audit is not installed (scripts). */
  launchId: string | null;
  file: string;
  browser: string;
  proxyPort: number;
  requests: number;
  nonLocal: string[];
  /** A launch that exists to prove leaks are caught: its leak is expected, and must be seen. */
  leakProbe: boolean;
  /**
   * Requests to a test's subscription server (see watchSubscriptionServer) made before the test subscribed:
   * with no subscription the extension must address nothing, that server included.
   */
  early?: string[];
}

/** One line of the network log. */
export type NetworkRecord = LaunchRecord | SessionRecord;

/** Thrown by a session's close when its browser addressed a host beyond this machine. */
export class NetworkLeakError extends Error {
  constructor(
    readonly browser: string,
    readonly targets: string[],
  ) {
    super(`${browser} sent ${targets.length} request(s) beyond localhost: ${targets.join(', ')}`);
    this.name = 'NetworkLeakError';
  }
}

/** The test file that is running, from the call stack (support code must not import vitest: scripts use it). */
export function callingTestFile(): string {
  const stack = new Error().stack ?? '';
  const match = /([^\s(]*\.test\.ts)/.exec(stack);
  return match?.[1]?.replace(/^file:\/\//, '').replace(ROOT_DIR, '') ?? '(outside a test file)';
}

/** Appends one record to the suite's network log; only while Vitest runs, so scripts leave no trace. */
export function recordNetwork(record: NetworkRecord): void {
  if (!process.env.VITEST) return;
  mkdirSync(dirname(NETWORK_LOG), { recursive: true });
  appendFileSync(NETWORK_LOG, `${JSON.stringify(record)}\n`);
}

const LAUNCH_IDS_KEY = Symbol.for('onrecord.e2e.launch-ids');
const slots = globalThis as Record<symbol, unknown>;
if (!(LAUNCH_IDS_KEY in slots)) slots[LAUNCH_IDS_KEY] = new WeakMap<object, string>();
const launchIds = slots[LAUNCH_IDS_KEY] as WeakMap<object, string>;

/** Remembers the audit's id of a launched context or browser (see net-audit.ts). */
export function tagLaunch(launched: object, id: string): void {
  launchIds.set(launched, id);
}

/** The audit's id of a launched context or browser; null where the audit is not installed (scripts). */
export function launchIdOf(launched: object): string | null {
  return launchIds.get(launched) ?? null;
}

/** A pack server a test started, watched from the moment it exists. */
interface WatchedServer {
  origin: string;
  /** Index in the proxy's log from which requests to the server are allowed: set when the test subscribed. */
  allowedFrom: number | null;
}

const WATCHED_KEY = Symbol.for('onrecord.e2e.subscription-servers');
if (!(WATCHED_KEY in slots)) slots[WATCHED_KEY] = new WeakMap<LoggingProxy, WatchedServer[]>();
const watched = slots[WATCHED_KEY] as WeakMap<LoggingProxy, WatchedServer[]>;

/** What a test holds for its pack server: the moment it subscribes, requests to it become allowed. */
export interface SubscriptionServerWatch {
  /** Call just before the test sends its subscription: requests to the server from here on are expected. */
  subscribed(): void;
}

/**
 * Watches the one origin a subscription test serves packs from, on the browser's proxy. Until `subscribed()`
 * any request to it counts as an early request, and the browser's close fails on it (as on a leak): with no
 * subscription the extension addresses nothing. Every other origin keeps the usual rule (localhost only).
 */
export function watchSubscriptionServer(proxy: LoggingProxy, origin: string): SubscriptionServerWatch {
  const server: WatchedServer = { origin: new URL(origin).origin, allowedFrom: null };
  watched.set(proxy, [...(watched.get(proxy) ?? []), server]);
  return {
    subscribed: () => {
      server.allowedFrom ??= proxy.requests.length;
    },
  };
}

/** Requests in `seen` (which starts at `from` in the proxy's log) to a watched server before it was allowed. */
export function earlyRequests(
  servers: readonly { origin: string; allowedFrom: number | null }[],
  seen: readonly ProxiedRequest[],
  from = 0,
): string[] {
  return seen.flatMap((request, i) => {
    const at = from + i;
    const server = servers.find((s) => sameOrigin(request, s.origin));
    return server && (server.allowedFrom === null || at < server.allowedFrom) ? [request.target] : [];
  });
}

function sameOrigin(request: ProxiedRequest, origin: string): boolean {
  try {
    return new URL(request.target).origin === origin;
  } catch {
    // A CONNECT target is host:port.
    return `http://${request.target}` === origin || `https://${request.target}` === origin;
  }
}

/** Thrown by a session's close when its browser addressed a subscription server before the test subscribed. */
export class EarlySubscriptionRequestError extends Error {
  constructor(
    readonly browser: string,
    readonly targets: string[],
  ) {
    super(`${browser} addressed the pack server before any subscription: ${targets.join(', ')}`);
    this.name = 'EarlySubscriptionRequestError';
  }
}

/** What a launch helper holds while its browser runs. */
export interface NetworkGuard {
  proxy: LoggingProxy;
  /**
   * Closes the browser with `closeBrowser`, records what the proxy saw since the launch, closes the proxy if
   * the guard started it, and throws NetworkLeakError if any request went beyond localhost.
   */
  close(closeBrowser: () => Promise<void>): Promise<void>;
  /** Ties the guard to the raw launch's context or browser, which the audit tagged (see net-audit.ts). */
  attach(launched: object): void;
}

/** Options for guardNetwork. */
export interface GuardOptions {
  browser: string;
  /** A proxy the caller started (it keeps ownership); without it the guard starts and owns one. */
  proxyPort?: number;
  leakProbe?: boolean;
}

/** Ties a launch to a logging proxy: the caller's (by port) or one of its own. */
export async function guardNetwork(options: GuardOptions): Promise<NetworkGuard> {
  const given = options.proxyPort === undefined ? undefined : proxyOnPort(options.proxyPort);
  if (options.proxyPort !== undefined && !given) {
    throw new Error(`no logging proxy of this process listens on port ${options.proxyPort} (use startLoggingProxy)`);
  }
  const proxy = given ?? (await startLoggingProxy());
  const from = proxy.requests.length;
  const file = callingTestFile();
  let launchId: string | null = null;
  let closed: Promise<void> | null = null;
  const finish = async (closeBrowser: () => Promise<void>) => {
    const closing = await closeBrowser().then(
      () => null,
      (error: unknown) => ({ error }),
    );
    const seen = proxy.requests.slice(from);
    const leaks = nonLocalRequests(seen).map((r) => r.target);
    const early = earlyRequests(watched.get(proxy) ?? [], seen, from);
    recordNetwork({
      kind: 'session',
      launchId,
      file,
      browser: options.browser,
      proxyPort: proxy.port,
      requests: seen.length,
      nonLocal: leaks,
      leakProbe: options.leakProbe ?? false,
      ...(early.length > 0 ? { early } : {}),
    });
    if (!given) await proxy.close();
    if (leaks.length > 0) throw new NetworkLeakError(options.browser, leaks);
    if (early.length > 0) throw new EarlySubscriptionRequestError(options.browser, early);
    if (closing) throw closing.error;
  };
  return {
    proxy,
    attach: (launched) => {
      launchId = launchIdOf(launched);
    },
    // A second close (a test's afterAll after a failed start, say) reports the first one's outcome again.
    close: (closeBrowser) => (closed ??= finish(closeBrowser)),
  };
}

/**
 * Reads the suite's network log and returns every problem: a launch without a logging proxy, a launch whose
 * traffic was never checked at close, a request beyond localhost, or a leak probe whose leak went unseen.
 */
export function checkNetworkLog(records: NetworkRecord[]): string[] {
  const problems: string[] = [];
  const sessions = records.filter((r): r is SessionRecord => r.kind === 'session');
  const checked = new Set(sessions.map((s) => s.launchId));
  for (const launch of records.filter((r): r is LaunchRecord => r.kind === 'launch')) {
    const where = `${launch.browser} launched in ${launch.file}`;
    if (!launch.registered) {
      problems.push(
        `${where} did not go through a logging proxy (proxy port: ${launch.proxyPort ?? 'none'}); use the launch helpers`,
      );
    }
    if (!checked.has(launch.id)) problems.push(`${where} was never closed through its network check`);
  }
  for (const session of sessions) {
    const where = `${session.browser} in ${session.file}`;
    if (session.leakProbe) {
      if (session.nonLocal.length === 0) problems.push(`${where}: the leak probe's request was not caught`);
    } else if (session.nonLocal.length > 0) {
      problems.push(`${where} sent requests beyond localhost: ${session.nonLocal.join(', ')}`);
    }
    if (session.early?.length)
      problems.push(`${where} addressed a pack server before subscribing: ${session.early.join(', ')}`);
  }
  return problems;
}
