/**
 * What a content script can write (storage.local) is not trusted: the old remember-sites key written after
 * its one-time move does not opt a site in when the background starts again, and a draft written there is not
 * a capture draft. The content script's write is stood in for by one of the extension's own pages, since a
 * test cannot run code in a content script's world. Chromium and Firefox.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { visibleText } from '@/scripts/support/page-probes';
import { launchFirefox, openExtensionPage } from './support/firefox';

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

/** The remember opt-ins in prefs, and whether the old storage.local key is still there. */
const readOptIns = async (): Promise<{ sites: unknown; legacy: boolean }> => {
  const g = globalThis as unknown as {
    browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    chrome?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
  };
  const local = await (g.browser ?? g.chrome)!.storage.local.get('onrecord:remember-sites');
  const sites = await new Promise((resolve, reject) => {
    const open = indexedDB.open('onrecord');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('prefs').objectStore('prefs').get('remember-sites');
      get.onsuccess = () => {
        resolve(get.result?.value ?? null);
        open.result.close();
      };
      get.onerror = () => reject(get.error);
    };
  });
  return { sites, legacy: 'onrecord:remember-sites' in local };
};

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
    await tab.evaluate(storageWrite, { 'onrecord:remember-sites': ['127.0.0.1', 'localhost'] });
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
