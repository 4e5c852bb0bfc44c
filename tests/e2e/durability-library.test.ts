/**
 * The reader's library survives what browsers do to extensions: a browser restart (same profile) and an
 * extension reload, in Chromium and Firefox. A person is written into the library from an extension page,
 * then the browser is closed and started again on the same profile (or the extension reloaded), and every
 * record must still be there. No request leaves the machine meanwhile.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs } from './support/chromium';
import { pollUntil, withDeadline } from './support/driver';
import {
  FIREFOX_EXTENSION_UUID,
  openExtensionPage,
  proxyPrefs,
  QUIET_FIREFOX_PREFS,
  readGeckoId,
} from './support/firefox';
import { CHROME_BUILD_DIR, CHROMIUM_PATH, FIREFOX_BUILD_DIR, FIREFOX_PATH } from './support/paths';
import { type LoggingProxy, nonLocalRequests, startLoggingProxy } from './support/proxy';

/** What the library holds, read from an extension page with plain IndexedDB (no extension code involved). */
interface LibraryState {
  people: number;
  statements: number;
  relations: number;
  marker: string | null;
}

const MARKER = { id: 'durable-marker', name: 'Durable Marker Person' };

/** Runs in an extension page: writes the marker person (when asked) and reads the library's counts. */
const touchLibrary = async (write: { id: string; name: string } | null): Promise<LibraryState> => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('onrecord');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  if (write) {
    const tx = db.transaction('people', 'readwrite');
    const now = new Date().toISOString();
    tx.objectStore('people').put({
      ...write,
      aliases: [],
      roles: [],
      kind: 'person',
      createdAt: now,
      updatedAt: now,
      keys: [],
      tokens: [],
      words: [],
    });
    await done(tx);
  }
  const names = Array.from(db.objectStoreNames);
  const count = (store: string) =>
    names.includes(store)
      ? new Promise<number>((resolve) => {
          const r = db.transaction(store).objectStore(store).count();
          r.onsuccess = () => resolve(r.result);
        })
      : Promise.resolve(-1);
  const marker = await new Promise<string | null>((resolve) => {
    const r = db.transaction('people').objectStore('people').get('durable-marker');
    r.onsuccess = () => resolve((r.result as { name?: string } | undefined)?.name ?? null);
  });
  const state = {
    people: await count('people'),
    statements: await count('statements'),
    relations: await count('relations'),
    marker,
  };
  db.close();
  return state;
};

/** One browser, able to start on a kept profile, read or write the library, reload the extension, close. */
interface DurableBrowser {
  start(): Promise<void>;
  library(write?: { id: string; name: string }): Promise<LibraryState>;
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

function chromiumBrowser(profile: string, proxyPort: number): DurableBrowser {
  let context: BrowserContext | null = null;
  let extensionId = '';
  const worker = async () => {
    const found = await pollUntil(
      async () => context?.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? null,
      (w) => w !== null,
      30_000,
      100,
    );
    if (!found.value) throw new Error('no extension service worker');
    return found.value;
  };
  return {
    async start() {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: chromiumArgs(CHROME_BUILD_DIR, proxyPort),
        timeout: 60_000,
      });
      extensionId = new URL((await worker()).url()).host;
    },
    async library(write) {
      const page = await context!.newPage();
      await page.goto(`chrome-extension://${extensionId}/manager.html`);
      const state = await page.evaluate(touchLibrary, write ?? null);
      await page.close();
      return state;
    },
    async reloadExtension() {
      throw new Error('runtime.reload() disables a command-line extension in headless Chromium');
    },
    async close() {
      await withDeadline(context?.close() ?? Promise.resolve(), 20_000);
      context = null;
    },
  };
}

function firefoxBrowser(profile: string, proxyPort: number): DurableBrowser {
  let browser: Browser | null = null;
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  const open = async () => {
    const page = await browser!.newPage();
    await openExtensionPage(page, `${origin}manager.html`);
    return page;
  };
  return {
    async start() {
      const geckoId = await readGeckoId(FIREFOX_BUILD_DIR);
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        userDataDir: profile,
        args: ['--remote-allow-system-access'],
        protocolTimeout: 60_000,
        timeout: 60_000,
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
        extraPrefsFirefox: {
          ...QUIET_FIREFOX_PREFS,
          ...proxyPrefs(proxyPort),
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
          // A test can only install OnRecord as a temporary add-on, which Firefox uninstalls at shutdown; a
          // reader's signed install stays. These keep its storage across that uninstall, as a real install's is.
          'extensions.webextensions.keepStorageOnUninstall': true,
          'extensions.webextensions.keepUuidOnUninstall': true,
        },
      });
      await browser.installExtension(FIREFOX_BUILD_DIR);
    },
    async library(write) {
      const page = await open();
      const state = await page.evaluate(touchLibrary, write ?? null);
      await page.close();
      return state;
    },
    async reloadExtension() {
      const page = await open();
      await page
        .evaluate(() =>
          (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(),
        )
        .catch(() => undefined);
      await page.close().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    },
    async close() {
      const b = browser;
      await withDeadline(b?.close() ?? Promise.resolve(), 20_000, () => b?.process()?.kill('SIGKILL'));
      browser = null;
    },
  };
}

describe.each([
  { name: 'chromium', make: chromiumBrowser },
  { name: 'firefox', make: firefoxBrowser },
])('the library in $name', ({ name, make }) => {
  let proxy: LoggingProxy;
  let profile: string;
  let browser: DurableBrowser;
  let written: LibraryState;

  beforeAll(async () => {
    proxy = await startLoggingProxy();
    profile = await mkdtemp(join(tmpdir(), 'onrecord-durable-'));
    browser = make(profile, proxy.port);
    await browser.start();
    // The starter pack arrives on install; wait for it, then add a person of our own.
    await pollUntil(
      () => browser.library(),
      (s) => s.statements > 0,
      20_000,
      300,
    );
    written = await browser.library(MARKER);
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    if (profile) await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  });

  it('holds the starter pack and the person written', () => {
    expect(written.marker).toBe(MARKER.name);
    expect(written.people).toBeGreaterThan(1);
    expect(written.statements).toBeGreaterThan(0);
  });

  // Headless Chromium leaves an extension loaded with --load-extension disabled after runtime.reload()
  // (its pages answer ERR_BLOCKED_BY_CLIENT), so the reload is walked in Firefox only; in Chromium an update
  // is what the restart below covers: the same profile and database opened by a newly started extension.
  it.skipIf(name === 'chromium')('keeps every record across an extension reload', async () => {
    await browser.reloadExtension();
    const { value } = await pollUntil(
      () => browser.library().catch(() => null),
      (s) => s !== null,
      20_000,
      300,
    );
    expect(value).toEqual(written);
  });

  it('keeps every record across a browser restart on the same profile', async () => {
    await browser.close();
    await browser.start();
    const { value } = await pollUntil(
      () => browser.library().catch(() => null),
      (s) => s !== null,
      20_000,
      300,
    );
    expect(value).toEqual(written);
  });

  it('makes no request beyond localhost', () => {
    expect(nonLocalRequests(proxy.requests)).toEqual([]);
  });
});
