/**
 * Launches Debian's Chromium with the built extension loaded (playwright-core), quiet enough that any
 * network request seen during a test comes from the page or the extension, not from the browser itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { withDeadline } from './driver';
import { CHROME_BUILD_DIR, CHROMIUM_PATH } from './paths';

/** What a test needs from a launched Chromium. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (the background). */
  worker: Worker;
  close: () => Promise<void>;
}

/** Options for launchChromium. */
export interface ChromiumOptions {
  extensionDir?: string;
  /** Port of a local HTTP proxy that must see every request, localhost included. */
  proxyPort?: number;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}

/**
 * Playwright's own --disable-features list minus ThirdPartyStoragePartitioning. Playwright turns partitioning off;
 * Chrome ships with it on, and with it off Chromium denies IndexedDB to the card frame (an extension page
 * embedded in a web page), which no reader would see. This list replaces Playwright's (the last
 * --disable-features wins), so it keeps the rest, including those that stop startup requests to Google.
 */
export const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * Playwright already passes most flags that silence Chromium's own traffic (--disable-background-networking,
 * --disable-component-update, ...). Chromium still asks Google for component updates and signed-in accounts at
 * startup: point both at a closed loopback port, where Chromium then sends nothing at all.
 */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-pings',
  '--disable-domain-reliability',
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--gaia-url=http://127.0.0.1:9/',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/** The command-line flags for one launch. */
export function chromiumArgs(extensionDir: string, proxyPort?: number): string[] {
  const proxy =
    proxyPort === undefined ? [] : [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>'];
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...QUIET_CHROMIUM_FLAGS,
    ...proxy,
  ];
}

/** Polls for the extension's service worker: an event alone can be missed if it registered before we listened. */
async function findServiceWorker(context: BrowserContext, timeoutMs: number): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    if (Date.now() > deadline) throw new Error(`no extension service worker after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function launchOnce(options: ChromiumOptions): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const profile = await mkdtemp(join(tmpdir(), 'onrecord-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir, options.proxyPort),
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    timeout: 60_000,
  });
  const close = async () => {
    await withDeadline(context.close(), 20_000);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    const worker = await findServiceWorker(context, 30_000);
    return { context, extensionId: new URL(worker.url()).host, worker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Launches Chromium with the extension; retries once, since a first launch on a busy machine can time out. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  try {
    return await launchOnce(options);
  } catch (error) {
    console.warn(`Chromium launch failed, retrying once: ${String(error)}`);
    return launchOnce(options);
  }
}
