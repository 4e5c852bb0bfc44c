/**
 * The launch audit, loaded before every e2e test file (vitest.e2e.config.ts setupFiles): it wraps the raw
 * launch functions of playwright-core and puppeteer-core, so every browser any test starts, through the
 * launch helpers or written directly in a test, is written to the network log with the proxy it was given.
 * The suite's teardown then fails a launch that had no logging proxy or was never closed through its check.
 */
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { callingTestFile, recordNetwork, tagLaunch } from '@/scripts/support/net-guard';
import { proxyOnPort } from '@/scripts/support/proxy';

let counter = 0;

/** The proxy port a Chromium command line sends all traffic to, or null. */
export function chromiumProxyPort(args: readonly string[] = []): number | null {
  const flag = args.find((a) => a.startsWith('--proxy-server='));
  const match = flag ? /^--proxy-server=(?:http:\/\/)?(?:127\.0\.0\.1|localhost):(\d+)$/.exec(flag) : null;
  return match ? Number(match[1]) : null;
}

/** The proxy port Firefox prefs send all traffic to (HTTP and HTTPS), or null. */
export function firefoxProxyPort(prefs: Record<string, unknown> = {}): number | null {
  if (prefs['network.proxy.type'] !== 1) return null;
  const http = prefs['network.proxy.http_port'];
  const ssl = prefs['network.proxy.share_proxy_settings'] === true ? http : prefs['network.proxy.ssl_port'];
  return typeof http === 'number' && http === ssl ? http : null;
}

function audit<T extends object>(browser: string, proxyPort: number | null, launched: T): T {
  const id = `${process.pid}-${++counter}`;
  tagLaunch(launched, id);
  recordNetwork({
    kind: 'launch',
    id,
    file: callingTestFile(),
    browser,
    proxyPort,
    registered: proxyPort !== null && proxyOnPort(proxyPort) !== undefined,
  });
  return launched;
}

type LaunchPersistent = typeof chromium.launchPersistentContext;
type LaunchChromium = typeof chromium.launch;
type LaunchPuppeteer = typeof puppeteer.launch;

const INSTALLED = Symbol.for('onrecord.e2e.launch-audit');

/** Wraps the raw launch functions once per process. */
export function installLaunchAudit(): void {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;

  const persistent: LaunchPersistent = chromium.launchPersistentContext.bind(chromium);
  chromium.launchPersistentContext = (async (dir, options) =>
    audit('chromium', chromiumProxyPort(options?.args), await persistent(dir, options))) as LaunchPersistent;

  const plain: LaunchChromium = chromium.launch.bind(chromium);
  chromium.launch = (async (options) =>
    audit('chromium', chromiumProxyPort(options?.args), await plain(options))) as LaunchChromium;

  const launch: LaunchPuppeteer = puppeteer.launch.bind(puppeteer);
  puppeteer.launch = (async (options) => {
    const firefox = options?.browser === 'firefox';
    const port = firefox ? firefoxProxyPort(options?.extraPrefsFirefox) : chromiumProxyPort(options?.args);
    return audit(firefox ? 'firefox' : 'chromium', port, await launch(options));
  }) as LaunchPuppeteer;
}
