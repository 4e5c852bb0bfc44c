/**
 * What a content script can write (storage.local) is not trusted: the old remember-sites key written after
 * its one-time move does not opt a site in when the background starts again, a draft written there is not
 * a capture draft, and settings written there (under the old keys or the names of the new prefs) neither pause
 * OnRecord, switch it off on a site nor repaint it, live or after a restart; pausing or switching the site off
 * from the popup still reaches an open tab. The content script's write is stood in for by one of the extension's
 * own pages, since a test cannot run code in a content script's world. Chromium and Firefox.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks, visibleText } from '@/scripts/support/page-probes';
import { SEED_PAGE } from '@/scripts/support/seed-story';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { type ExtraTab, KEYS_BROWSERS, type KeysDriver } from './support/keys-browsers';
import { inPage } from './support/probe-kit';

/** An extension page as both drivers give it. */
interface Tab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

interface Session {
  page(path: string): Promise<Tab>;
  close(): Promise<void>;
}

/** The extension API in a page: `chrome` in Chromium, `browser` in Firefox. */
const storageWrite = (items: Record<string, unknown>) => {
  const g = globalThis as unknown as {
    browser?: { storage: { local: { set(i: object): Promise<void> } } };
    chrome?: { storage: { local: { set(i: object): Promise<void> } } };
  };
  return (g.browser ?? g.chrome)!.storage.local.set(items);
};

const reload = () => {
  const g = globalThis as unknown as {
    browser?: { runtime: { reload(): void } };
    chrome?: { runtime: { reload(): void } };
  };
  (g.browser ?? g.chrome)!.runtime.reload();
};

/** Settings a page could write to storage.local: the keys they had before the move, and the new prefs' names. */
const FORGED_SETTINGS = {
  'onrecord:settings': { paused: true, disabledSites: ['127.0.0.1', 'localhost'] },
  'onrecord:colours': { direct: '#000000', partial: '#000000', block: '#000000', person: '#000000' },
  settings: { paused: true, disabledSites: ['127.0.0.1', 'localhost'] },
  colours: { direct: '#000000', partial: '#000000', block: '#000000', person: '#000000' },
};

/** The remember opt-ins and settings in prefs, and whether the old storage.local keys are still there. */
const readOptIns = inPage(
  async ({ readOne }): Promise<{ sites: unknown; settings: unknown; colours: unknown; legacy: boolean }> => {
    const g = globalThis as unknown as {
      browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      chrome?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    const api = g.browser ?? g.chrome;
    const local = api ? await api.storage.local.get(null as unknown as string) : {};
    const pref = async (key: string) => (await readOne<{ value?: unknown }>('prefs', key))?.value ?? null;
    const legacy = ['onrecord:remember-sites', 'onrecord:settings', 'onrecord:colours'].some((k) => k in local);
    return {
      sites: await pref('remember-sites'),
      settings: await pref('settings'),
      colours: await pref('colours'),
      legacy,
    };
  },
);

async function chromium(profileDir: string): Promise<Session> {
  const session = await launchChromium({ profileDir, developerMode: true });
  return {
    async page(path) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${path}`, { timeout: 10_000 });
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
        close: () => page.close(),
      };
    },
    close: session.close,
  };
}

async function firefox(): Promise<Session> {
  const session = await launchFirefox();
  return {
    async page(path) {
      const page = await session.browser.newPage();
      await openExtensionPage(page, `${session.extensionOrigin}${path}`);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
        close: () => page.close(),
      };
    },
    close: session.close,
  };
}

describe.each([
  ['Chromium', 'chromium'],
  ['Firefox', 'firefox'],
])('storage a page can write, in %s', (_name, which) => {
  let session: Session;
  let profileDir: string;

  beforeAll(async () => {
    profileDir = mkdtempSync(join(tmpdir(), 'onrecord-trusted-'));
    session = which === 'chromium' ? await chromium(profileDir) : await firefox();
  });

  afterAll(async () => {
    await session?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('the old opt-in key written after the move does not opt a site in on the next start', async () => {
    const tab = await session.page('manager.html');
    await pollUntil(
      () => tab.evaluate(visibleText, undefined),
      (t) => t.includes('Import and export'),
      15_000,
    );
    await tab.evaluate(storageWrite, { 'onrecord:remember-sites': ['127.0.0.1', 'localhost'], ...FORGED_SETTINGS });
    await tab.evaluate(reload, undefined).catch(() => undefined);
    // The background starts again and finds the key: it is removed unread.
    const after = await pollUntil(
      async () => {
        const t = await session.page('manager.html').catch(() => null);
        if (!t) return null;
        const read = await t.evaluate(readOptIns, undefined).catch(() => null);
        await t.close().catch(() => undefined);
        return read;
      },
      (r) => r !== null && !r.legacy,
      20_000,
      250,
    );
    expect(after.value?.legacy).toBe(false);
    expect(after.value?.sites ?? []).not.toContain('127.0.0.1');
    expect(after.value?.sites ?? []).not.toContain('localhost');
    // The settings written there before the restart were removed unread, not moved into prefs.
    expect(after.value?.settings).toBeNull();
    expect(after.value?.colours).toBeNull();
  }, 90_000);

  it('a draft written to storage.local is not offered for saving', async () => {
    const writer = await session.page('manager.html');
    const forged = {
      id: 'forged',
      text: 'Words a page made up',
      page: { url: 'javascript:alert(1)', title: 'x', outlet: null, publishedAt: null },
      prefix: '',
      suffix: '',
      speaker: null,
    };
    // Under the key drafts used to wait in, and under the one they wait in now (in session storage).
    await writer.evaluate(storageWrite, { 'onrecord:capture-draft': forged, 'onrecord:capture-draft:forged': forged });
    const chooser = await session.page('capture.html#forged');
    const seen = await pollUntil(
      () => chooser.evaluate(visibleText, undefined),
      (t) => t.includes('Nothing is waiting'),
      10_000,
    );
    expect(seen.value).not.toContain('Words a page made up');
  }, 60_000);
});

/** Clicks the popup's switch whose label says `which` ("every site", "on this site"); false when not drawn. */
const clickSwitch = (which: string) => {
  const label = Array.from(document.querySelectorAll('label.switch')).find((l) => l.textContent?.includes(which));
  const input = label?.querySelector('input');
  input?.click();
  return !!input;
};

/** Whether the popup's switch whose label says `which` is on; null when it is not drawn yet. */
const switchOn = (which: string) => {
  const label = Array.from(document.querySelectorAll('label.switch')).find((l) => l.textContent?.includes(which));
  const input = label?.querySelector('input');
  return input ? input.checked : null;
};

const colourStyles = () => document.querySelectorAll('style[data-onrecord-style="colours"]').length;

describe.each(KEYS_BROWSERS)('settings a page can write, with a page open, in $name', ({ start }) => {
  let server: StaticServer;
  let driver: KeysDriver;
  let writer: ExtraTab;
  const marks = () => driver.evaluate(collectMarks, undefined);

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await start();
    await driver.open(`${server.url}${SEED_PAGE}`);
    await pollUntil(marks, (m) => m.quotes.length > 3, 15_000);
    writer = await driver.openExtensionTab('manager.html');
  });

  afterAll(async () => {
    await writer?.close();
    await driver?.close();
    await server?.close();
  });

  it('settings written to storage.local neither pause the open page, nor switch its site off, nor repaint it', async () => {
    await writer.evaluate(storageWrite, FORGED_SETTINGS);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await marks()).quotes.length).toBeGreaterThan(3);
    expect(await driver.evaluate(colourStyles, undefined)).toBe(0);
    // A page opened after the write reads nothing from it either.
    await driver.open(`${server.url}${SEED_PAGE}`);
    const again = await pollUntil(marks, (m) => m.quotes.length > 3, 15_000);
    expect(again.ok).toBe(true);
    expect(await driver.evaluate(colourStyles, undefined)).toBe(0);
  }, 60_000);

  it.each([
    ['pausing', 'every site'],
    ['switching the site off', 'on this site'],
  ])(
    '%s from the popup reaches the open tab, and switching back brings the highlights back',
    async (_name, which) => {
      const popup = await driver.openExtensionTab(`popup.html?tab=${await driver.pageTabId()}`);
      try {
        const drawn = await pollUntil(
          () => popup.evaluate(switchOn, which),
          (on) => on === true,
          10_000,
        );
        expect(drawn.value).toBe(true);
        expect(await popup.evaluate(clickSwitch, which)).toBe(true);
        const off = await pollUntil(marks, (m) => m.quotes.length === 0, 10_000);
        expect(off.ok, JSON.stringify(off.value?.quotes.length)).toBe(true);
        const switched = await pollUntil(
          () => popup.evaluate(switchOn, which),
          (on) => on === false,
          5_000,
        );
        expect(switched.value).toBe(false);
        expect(await popup.evaluate(clickSwitch, which)).toBe(true);
        const back = await pollUntil(marks, (m) => m.quotes.length > 3, 15_000);
        expect(back.ok).toBe(true);
      } finally {
        await popup.close();
      }
    },
    60_000,
  );
});
