/**
 * The reader's library survives what browsers do to extensions: an extension reload (runtime.reload(), as an
 * update does) and a browser restart on the same profile, in Chromium and Firefox. The library is built through
 * the manager (the starter pack plus a pack imported with the manager's own Import button), exported with the
 * manager's Export button, and after each event exported again: the two exports hold exactly the same records.
 * Both browsers run behind the logging proxy, and closing them fails on any request beyond localhost.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { nonLocalRequests, type ProxiedRequest } from '@/scripts/support/proxy';
import { comparable, exportPackInPage, importPackInPage } from './library-ui';
import { launchFirefox, openExtensionPage } from './support/firefox';

/** A pack of the reader's own: two people, three statements with sources and tags, a labelled relation. */
const READER_PACK = {
  format: 'onrecord-pack',
  version: 1,
  meta: { name: 'Durable pack', author: 'A reader', licence: 'CC0', date: '2026-02-01' },
  people: [
    {
      id: 'dur-ann',
      name: 'Ann Durable',
      aliases: ['Durable'],
      roles: [{ title: 'Trade minister', from: '2024-01-01' }],
    },
    { id: 'dur-org', name: 'Durable Ministry', kind: 'organisation' },
  ],
  statements: [
    {
      id: 'dur-s1',
      personId: 'dur-ann',
      text: 'We will never accept tariffs on grain',
      date: '2025-03-01',
      venue: 'Press conference',
      sources: [{ url: 'https://ledger.example/grain', outlet: 'The Ledger' }],
      tags: ['trade', 'grain'],
    },
    { id: 'dur-s2', personId: 'dur-ann', text: 'Some tariffs on grain are acceptable', date: '2025-06-01' },
    { id: 'dur-s3', personId: 'dur-org', text: 'The ministry has no comment' },
  ],
  relations: [
    {
      id: 'dur-r1',
      fromId: 'dur-s2',
      toId: 'dur-s1',
      type: 'reverses',
      note: 'March: never; June: some.',
      labelledBy: 'me',
    },
  ],
};

/** An extension page open in a tab: the little both playwright-core and puppeteer-core pages offer alike. */
interface Tab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  isClosed(): boolean;
  close(): Promise<void>;
}

/** One browser on a kept profile: open the manager, reload the extension from a page of its own, close. */
interface DurableSession {
  manager(): Promise<Tab>;
  /** Calls runtime.reload() from `tab` (an extension page, which the reload then closes). */
  reload(tab: Tab): Promise<void>;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

const asTab = (page: object) => page as unknown as Tab;

async function chromiumSession(profileDir: string): Promise<DurableSession> {
  const session = await launchChromium({ profileDir, developerMode: true });
  return {
    async manager() {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/manager.html`, { timeout: 10_000 });
      return asTab(page);
    },
    async reload(tab) {
      await tab
        .evaluate(
          () => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
          0,
        )
        .catch(() => undefined); // the page closes while answering
    },
    requests: session.proxy.requests,
    close: session.close,
  };
}

async function firefoxSession(profileDir: string): Promise<DurableSession> {
  const session = await launchFirefox({
    profileDir,
    // A test can only install OnRecord as a temporary add-on, which Firefox uninstalls at shutdown; a reader's
    // signed install stays. These keep its storage across that uninstall, as a real install's is.
    prefs: {
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  return {
    async manager() {
      const page = await session.browser.newPage();
      try {
        await openExtensionPage(page, `${session.extensionOrigin}manager.html`);
      } catch (error) {
        await page.close().catch(() => undefined);
        throw error;
      }
      return asTab(page);
    },
    async reload(tab) {
      await tab
        .evaluate(
          () => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(),
          0,
        )
        .catch(() => undefined);
    },
    requests: session.proxy.requests,
    close: session.close,
  };
}

/** In the manager: resolves true once the starter pack's people are listed, false after `timeoutMs`. */
const waitForStarterPack = async (timeoutMs: number): Promise<boolean> => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if ((document.body.textContent ?? '').includes('Wang Yi')) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
};

/** Opens the manager (retrying while the extension is still coming back) and returns its export. */
async function exportFromManager(session: DurableSession, timeoutMs = 20_000): Promise<string> {
  const attempt = async (): Promise<string | null> => {
    const tab = await session.manager().catch(() => null);
    if (!tab) return null;
    try {
      return await tab.evaluate(exportPackInPage, undefined);
    } catch {
      return null;
    } finally {
      await tab.close().catch(() => undefined);
    }
  };
  const { value } = await pollUntil(attempt, (text) => text !== null, timeoutMs, 300);
  if (value === null) throw new Error(`the manager gave no export within ${timeoutMs} ms`);
  return value;
}

describe.each([
  { name: 'chromium', launch: chromiumSession },
  { name: 'firefox', launch: firefoxSession },
])('the library in $name', ({ launch }) => {
  let profile: string;
  let session: DurableSession | null = null;
  let before = '';

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'onrecord-durable-'));
    session = await launch(profile);
    const manager = await pollUntil(
      async () => {
        const tab = await session!.manager().catch(() => null);
        // The manager draws after reading the library, a moment after the page's load: wait in the same tab.
        const listed = await tab?.evaluate(waitForStarterPack, 5_000).catch(() => false);
        if (listed) return tab;
        await tab?.close().catch(() => undefined);
        return null;
      },
      (tab) => tab !== null,
      20_000,
      300,
    );
    if (!manager.value) throw new Error('the manager never listed the starter pack');
    const result = await manager.value.evaluate(importPackInPage, JSON.stringify(READER_PACK));
    expect(result).toMatch(/^Import done: added/);
    await manager.value.close();
    before = await exportFromManager(session);
  });

  afterAll(async () => {
    await session?.close();
    if (profile) await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  });

  it('exports the starter pack and the imported pack', () => {
    const pack = comparable(before);
    const ids = (list: { id: string }[]) => list.map((r) => r.id);
    expect(ids(pack.people)).toEqual(expect.arrayContaining(['dur-ann', 'dur-org']));
    expect(pack.people.length).toBeGreaterThan(2);
    expect(ids(pack.statements)).toEqual(expect.arrayContaining(['dur-s1', 'dur-s2', 'dur-s3']));
    expect(pack.statements.length).toBeGreaterThan(3);
    expect(ids(pack.relations)).toContain('dur-r1');
  });

  it('keeps every record across an extension reload', async () => {
    const tab = await session!.manager();
    await tab.evaluate(() => {
      (window as unknown as { beforeReload: boolean }).beforeReload = true;
    }, 0);
    await session!.reload(tab);
    // The reload closes or reloads every page of the extension, the one that asked included: proof it happened.
    const after = await pollUntil(
      async () =>
        tab.isClosed()
          ? 'closed'
          : await tab
              .evaluate(() => ((window as unknown as { beforeReload?: boolean }).beforeReload ? 'same' : 'new'), 0)
              .catch(() => 'gone'),
      (state) => state !== 'same',
      10_000,
      100,
    );
    console.log(`the manager tab after the reload: ${after.value}`);
    expect(after.value, 'the manager page the reload was called from is gone').not.toBe('same');
    await tab.close().catch(() => undefined);
    expect(comparable(await exportFromManager(session!))).toEqual(comparable(before));
  });

  it('keeps every record across a browser restart on the same profile', async () => {
    const closing = session!;
    session = null;
    await closing.close();
    session = await launch(profile);
    expect(comparable(await exportFromManager(session))).toEqual(comparable(before));
  });

  it('makes no request beyond localhost', () => {
    expect(nonLocalRequests(session!.requests)).toEqual([]);
  });
});
