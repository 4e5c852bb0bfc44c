/**
 * Launches Debian's Chromium with the built extension loaded (playwright-core), quiet enough that any
 * network request seen during a test comes from the page or the extension, not from the browser itself.
 * Every launch goes through a logging proxy (the caller's, or one of its own) and its close throws if
 * anything was addressed beyond localhost (see net-guard.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { withDeadline } from './driver';
import { guardNetwork } from './net-guard';
import { CHROME_BUILD_DIR, CHROMIUM_PATH } from './paths';
import type { LoggingProxy } from './proxy';
import { closeWelcomeTab, hasWelcomePage } from './welcome-tab';

/** What a test needs from a launched Chromium. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (the background). */
  worker: Worker;
  /** The logging proxy that sees every request of this browser. */
  proxy: LoggingProxy;
  /** Closes the browser; throws (naming the URLs) if it sent any request beyond localhost. */
  close: () => Promise<void>;
}

/** Options for launchChromium. */
export interface ChromiumOptions {
  extensionDir?: string;
  /**
   * Port of a logging proxy (startLoggingProxy) that must see every request, localhost included; without it
   * the launch starts a proxy of its own.
   */
  proxyPort?: number;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** A profile folder to use and keep (for restarts on the same profile); by default a fresh one, removed at close. */
  profileDir?: string;
  /**
   * Developer mode on, as for anyone who loads an unpacked extension by hand; needed for runtime.reload()
   * (see enableDeveloperMode). Off by default, so other tests run the extension as a reader's browser does.
   */
  developerMode?: boolean;
  /** Leave open the welcome tab a fresh install opens (closed by default, so the first tab stays active). */
  keepWelcome?: boolean;
  /** For the test that proves leaks are caught: the suite's network check expects this launch to leak. */
  leakProbe?: boolean;
  /** The browser's UI language (e.g. 'fr'), as a reader's browser set to that language has it; default English. */
  lang?: string;
  /** More command-line flags, after the usual ones (the demo's toolbar shots hide the test-only infobar). */
  extraArgs?: string[];
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
  // A page with a form makes Chromium ask content-autofill.googleapis.com about its fields.
  'AutofillServerCommunication',
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

/** Reads the profile's Preferences file (empty before a first run) and writes it back with `patch` applied. */
async function patchProfilePrefs(
  profile: string,
  patch: (prefs: Record<string, Record<string, unknown> | undefined>) => void,
): Promise<void> {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<
    string,
    Record<string, unknown> | undefined
  >;
  patch(prefs);
  await mkdir(join(profile, 'Default'), { recursive: true });
  await writeFile(file, JSON.stringify(prefs));
}

/**
 * Turns developer mode on in the profile, as it is for anyone who loads an unpacked extension by hand: without
 * it Chromium disables an unpacked extension that calls runtime.reload() ("unsupported developer extension").
 */
export async function enableDeveloperMode(profile: string): Promise<void> {
  await patchProfilePrefs(profile, (prefs) => {
    const extensions = prefs.extensions as { ui?: Record<string, unknown> } | undefined;
    prefs.extensions = { ...extensions, ui: { ...extensions?.ui, developer_mode: true } };
  });
}

/**
 * Turns spell checking off in the profile: a few seconds after the first key typed into a field, Chromium
 * fetches a dictionary from redirector.gvt1.com, traffic of the browser's own that no flag here silences.
 */
async function quietSpellCheck(profile: string): Promise<void> {
  await patchProfilePrefs(profile, (prefs) => {
    prefs.browser = { ...prefs.browser, enable_spellchecking: false };
    prefs.spellcheck = { ...prefs.spellcheck, dictionaries: [], dictionary: '', use_spelling_service: false };
  });
}

async function launchOnce(options: ChromiumOptions): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const guard = await guardNetwork({ browser: 'chromium', proxyPort: options.proxyPort, leakProbe: options.leakProbe });
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'onrecord-chromium-')));
  let context: BrowserContext | null = null;
  const close = () =>
    guard.close(async () => {
      if (context) await withDeadline(context.close(), 20_000);
      if (!options.profileDir) await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    });
  // Chromium writes "Local State" on its first run: without it, this launch installs OnRecord afresh.
  const freshInstall = !existsSync(join(profile, 'Local State'));
  try {
    if (options.developerMode) await enableDeveloperMode(profile);
    await quietSpellCheck(profile);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args: [
        ...chromiumArgs(extensionDir, guard.proxy.port),
        ...(options.lang ? [`--lang=${options.lang}`] : []),
        ...(options.extraArgs ?? []),
      ],
      // On Linux Chromium takes its UI language from LANGUAGE; --lang alone is not enough there.
      ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang } } : {}),
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      timeout: 60_000,
    });
    guard.attach(context);
    const worker = await findServiceWorker(context, 30_000);
    const launched = context;
    if (freshInstall && !options.keepWelcome && hasWelcomePage(extensionDir))
      await closeWelcomeTab(async () => launched.pages());
    return { context, extensionId: new URL(worker.url()).host, worker, proxy: guard.proxy, close };
  } catch (error) {
    await close().catch(() => undefined);
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
