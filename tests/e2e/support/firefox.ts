/**
 * Launches Firefox ESR over WebDriver BiDi (puppeteer-core) with the built extension installed as a temporary
 * add-on, its moz-extension UUID pinned so tests can open its pages, and the browser's own traffic switched off.
 * Every launch goes through a logging proxy (the caller's, or one of its own) and its close throws if
 * anything was addressed beyond localhost (see net-guard.ts).
 */
import { readFile } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { withDeadline } from '@/scripts/support/driver';
import { guardNetwork } from '@/scripts/support/net-guard';
import { FIREFOX_BUILD_DIR, FIREFOX_PATH } from '@/scripts/support/paths';
import type { LoggingProxy } from '@/scripts/support/proxy';
import { closeWelcomeTab, hasWelcomePage } from '@/scripts/support/welcome-tab';

/** The moz-extension host the tests pin, so extension pages have a known URL. */
export const FIREFOX_EXTENSION_UUID = '6f1d0a52-0c1e-4c55-9d1e-0b5e1a2c3d4e';

/** What a test needs from a launched Firefox. */
export interface FirefoxSession {
  browser: Browser;
  /** The extension's base URL, ending with '/'. */
  extensionOrigin: string;
  /** A tab in a window with system focus (see moveToFocusedWindow): the one tests drive. */
  page: Page;
  /** The logging proxy that sees every request of this browser. */
  proxy: LoggingProxy;
  /** Closes the browser; throws (naming the URLs) if it sent any request beyond localhost. */
  close: () => Promise<void>;
}

/** Options for launchFirefox. */
export interface FirefoxOptions {
  extensionDir?: string;
  /**
   * Port of a logging proxy (startLoggingProxy) that must see every request, localhost included; without it
   * the launch starts a proxy of its own.
   */
  proxyPort?: number;
  /** A profile folder to use and keep (for restarts on the same profile); by default a fresh one. */
  profileDir?: string;
  /** More prefs, on top of the quiet and proxy prefs. */
  prefs?: Record<string, unknown>;
  /** Leave open the welcome tab the install opens (closed by default, so the first tab stays active). */
  keepWelcome?: boolean;
  /** For the test that proves leaks are caught: the suite's network check expects this launch to leak. */
  leakProbe?: boolean;
}

/** Prefs that send all traffic, localhost included, through the proxy on this port. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/** Prefs that switch off Firefox's own background traffic (on top of puppeteer's defaults). */
export const QUIET_FIREFOX_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'captivedetect.canonicalURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.showPane': false,
  'identity.fxaccounts.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'app.shield.optoutstudies.enabled': false,
  'app.normandy.enabled': false,
  'browser.discovery.enabled': false,
  'media.gmp-manager.url': '',
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
};

/** The gecko id from the Firefox build's manifest, which the UUID pref is keyed by. */
export async function readGeckoId(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(`${extensionDir}/manifest.json`, 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  return id;
}

async function launchOnce(options: FirefoxOptions): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD_DIR;
  const guard = await guardNetwork({ browser: 'firefox', proxyPort: options.proxyPort, leakProbe: options.leakProbe });
  let browser: Browser | null = null;
  const close = () =>
    guard.close(async () => {
      const b = browser;
      if (b) await withDeadline(b.close(), 20_000, () => b.process()?.kill('SIGKILL'));
    });
  try {
    const geckoId = await readGeckoId(extensionDir);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
      protocolTimeout: 60_000,
      timeout: 60_000,
      // Release builds ignore services.settings.server unless this is set; with it, remote settings stay offline.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...QUIET_FIREFOX_PREFS,
        ...options.prefs,
        ...proxyPrefs(guard.proxy.port),
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      },
    });
    guard.attach(browser);
    await browser.installExtension(extensionDir);
    // A temporary add-on is installed afresh on every launch, so it opens its welcome tab every time.
    const launched = browser;
    if (!options.keepWelcome && hasWelcomePage(extensionDir)) await closeWelcomeTab(() => launched.pages());
    const page = await focusedTab(launched);
    return { browser, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}/`, page, proxy: guard.proxy, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/**
 * Headless Firefox never gives its first window system focus (document.hasFocus() stays false there, so no
 * focus event fires and keys do not reach the page), but a window opened over WebDriver BiDi gets it, as a
 * reader's window has. Tests drive a tab of such a window; tabs they open later open beside it.
 */
function focusedTab(browser: Browser): Promise<Page> {
  return browser.newPage({ type: 'window' });
}

/** Launches Firefox with the extension; retries once, since a first launch on a busy machine can time out. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  try {
    return await launchOnce(options);
  } catch (error) {
    console.warn(`Firefox launch failed, retrying once: ${String(error)}`);
    return launchOnce(options);
  }
}

/** Opens an extension page in a tab; `page.goto` never resolves for moz-extension URLs over BiDi. */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: browsingContext is puppeteer's BiDi internals, not in its types.
  const context = (page.mainFrame() as any).browsingContext;
  await context.navigate(url, 'none');
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 });
}
