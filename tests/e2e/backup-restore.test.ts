/**
 * Backups restore what the extension itself stored, in Chromium and Firefox: a card Save on a page whose title
 * is 651 characters, whose address is over 2,000 and whose publication date is the year 10000 is stored fitted
 * to the pack format; then export, delete everything, import, and export again give the same records. A pack
 * whose person reuses the id of a stored record of the other kind (person / organisation) is named in the
 * preview and, imported "as new", leaves the stored record as it was.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { visibleText } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import {
  comparable,
  exportPackInPage,
  importPackInPage,
  importWithPersonConflictInPage,
  wipeInPage,
} from './library-ui';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { findCardFrame } from './support/firefox-card-frame';

const PAGE = `library/overlong.html?ref=${'x'.repeat(2_100)}`;

interface Browser {
  open(url: string): Promise<void>;
  hoverQuote(): Promise<void>;
  cardText(): Promise<string>;
  clickSave(): Promise<void>;
  /** Runs a self-contained function in a fresh manager tab, then closes it. */
  inManager<A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

async function chromium(): Promise<Browser> {
  const session = await launchChromium();
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const card = () => page.frames().find((f) => /\/card\.html/.test(f.url()));
  return {
    open: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    hoverQuote: async () => {
      await page.mouse.move(1, 1);
      await page.locator('[data-onrecord="quote"]').first().hover();
    },
    cardText: async () =>
      (await card()
        ?.evaluate(visibleText)
        .catch(() => null)) ?? '',
    clickSave: async () => {
      await card()
        ?.locator('button.save-button')
        .click({ timeout: 3_000 })
        .catch(() => {});
    },
    inManager: async <A, R>(fn: (arg: A) => Promise<R>, arg: A) => {
      const m = await session.context.newPage();
      await m.goto(`chrome-extension://${session.extensionId}/manager.html`);
      await pollUntil(
        () => m.evaluate(visibleText),
        (t) => t.includes('Import and export'),
        10_000,
      );
      const result = (await m.evaluate(fn as (arg: unknown) => Promise<unknown>, arg)) as R;
      await m.close();
      return result;
    },
    close: session.close,
  };
}

async function firefox(): Promise<Browser> {
  const session = await launchFirefox();
  const page: PuppeteerPage = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  const card = () => findCardFrame(page, session.extensionOrigin);
  return {
    open: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 30_000 })),
    hoverQuote: async () => {
      await page.mouse.move(1, 1);
      await page.hover('[data-onrecord="quote"]');
    },
    cardText: async () => (await card())?.text ?? '',
    clickSave: async () => {
      await (await card())?.frame.click('button.save-button').catch(() => {});
    },
    inManager: async <A, R>(fn: (arg: A) => Promise<R>, arg: A) => {
      const m = await session.browser.newPage();
      await openExtensionPage(m, `${session.extensionOrigin}manager.html`);
      await pollUntil(
        () => m.evaluate(visibleText),
        (t) => t.includes('Import and export'),
        15_000,
      );
      const result = (await m.evaluate(fn as (arg: unknown) => Promise<unknown>, arg)) as R;
      await m.close();
      return result;
    },
    close: session.close,
  };
}

describe.each([
  ['Chromium', chromium],
  ['Firefox', firefox],
])('a backup of what the card saved, in %s', (_name, launch) => {
  let server: StaticServer;
  let b: Browser;

  beforeAll(async () => {
    server = await startStaticServer();
    b = await launch();
  });

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('restores the library it was made from', async () => {
    await b.open(`${server.url}${PAGE}`);
    let offered = { ok: false, value: '' };
    for (let attempt = 0; attempt < 5 && !offered.ok; attempt++) {
      await b.hoverQuote();
      offered = await pollUntil(
        () => b.cardText(),
        (t) => t.includes('Save quote'),
        3_000,
      );
    }
    expect(offered.ok, offered.value).toBe(true);
    let saved = { ok: false, value: '' };
    for (let attempt = 0; attempt < 4 && !saved.ok; attempt++) {
      await b.clickSave();
      saved = await pollUntil(
        () => b.cardText(),
        (t) => /Saved to/.test(t),
        1_500,
      );
    }
    expect(saved.ok, saved.value).toBe(true);

    const first = await b.inManager(exportPackInPage, undefined);
    const pack = JSON.parse(first) as {
      statements: { text: string; sources: { url: string; title?: string; publishedAt?: string }[] }[];
    };
    const captured = pack.statements.find((s) => s.text.includes('We will not sign any trade deal'));
    expect(captured).toBeDefined();
    const source = captured!.sources[0]!;
    expect(source.title!.length).toBeLessThanOrEqual(500);
    expect(source.title!.endsWith('…')).toBe(true);
    expect(source.url.length).toBeLessThanOrEqual(2_000);
    expect(source.publishedAt).toBeUndefined();

    await b.inManager(wipeInPage, undefined);
    const done = await b.inManager(importPackInPage, first);
    expect(done).toMatch(/left out 0 records/);
    const second = await b.inManager(exportPackInPage, undefined);
    expect(comparable(second)).toEqual(comparable(first));

    // A pack reusing a stored record's id for a record of the other kind: a conflict, never a merge.
    type Exported = {
      people: { id: string; name: string; kind?: string }[];
      statements: { id: string; personId: string }[];
    };
    const stored = (JSON.parse(second) as Exported).people[0];
    expect(stored).toBeDefined();
    const otherKind = stored?.kind === 'organisation' ? 'person' : 'organisation';
    const clashing = {
      format: 'onrecord-pack',
      version: 1,
      meta: { name: 'clash', author: 'a', licence: 'l', date: '2024-01-01' },
      people: [{ id: stored?.id, name: 'Nobody Of That Name', kind: otherKind }],
      statements: [{ id: 'clash-1', personId: stored?.id, text: 'Words the clashing record said' }],
      relations: [],
    };
    const imported = await b.inManager(importWithPersonConflictInPage, {
      text: JSON.stringify(clashing),
      choice: 'new',
    });
    expect(imported.conflicts).toContain('Nobody Of That Name');
    expect(imported.conflicts).toContain(stored?.name ?? '?');
    const third = JSON.parse(await b.inManager(exportPackInPage, undefined)) as Exported;
    expect(third.people.find((p) => p.id === stored?.id)).toEqual(expect.objectContaining({ name: stored?.name }));
    const added = third.people.find((p) => p.name === 'Nobody Of That Name');
    expect(added?.id).not.toBe(stored?.id);
    expect(third.statements.find((s) => s.id === 'clash-1')?.personId).toBe(added?.id);
  }, 180_000);
});
