/**
 * The library in real Firefox ESR with the built extension: the card's Save stores a hovered quote with its
 * source; then the manager exports the library as a pack, deletes everything, imports the file, and a second
 * export holds exactly the records of the first.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil, type StoryDriver } from '@/scripts/support/driver';
import { collectMarks, frameSnapshot, visibleText } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { comparable, exportPackInPage, importPackInPage, wipeInPage } from './library-ui';
import { type FirefoxSession, launchFirefox, openExtensionPage } from './support/firefox';
import { createFirefoxDriver } from './support/firefox-driver';

const OPENING = 'We will not sign any trade deal';

describe('the library in Firefox', () => {
  let server: StaticServer;
  let session: FirefoxSession;
  let driver: StoryDriver & { page: Page };
  let m: Page;
  let exported = '';

  const text = () => m.evaluate(visibleText);
  const cardFrame = async (): Promise<Frame | null> => {
    for (const frame of driver.page.mainFrame().childFrames()) {
      const seen = await frame.evaluate(frameSnapshot).catch(() => null);
      if (seen?.href.startsWith(`${session.extensionOrigin}card.html`)) return frame;
    }
    return null;
  };

  beforeAll(async () => {
    server = await startStaticServer();
    session = await launchFirefox();
    driver = await createFirefoxDriver(session);
    m = await session.browser.newPage();
    await openExtensionPage(m, `${session.extensionOrigin}manager.html`);
    // A fresh install loads the starter pack.
    const loaded = await pollUntil(text, (t) => t.includes('Ukraine is no exception'), 15_000, 100);
    expect(loaded.ok, loaded.value).toBe(true);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('saves a hovered quote from the card, and the manager lists it with its source', async () => {
    await driver.open(`${server.url}library/ledger.html`);
    const marks = await pollUntil(
      () => driver.evaluate(collectMarks, undefined),
      (x) => x.quotes.some((q) => q.text.includes(OPENING)),
      15_000,
    );
    const id = marks.value.quotes.find((q) => q.text.includes(OPENING))?.id;
    await driver.hover(`[data-onrecord="quote"][data-onrecord-id="${id}"]`);
    const offered = await pollUntil(
      async () => (await driver.cardText()) ?? '',
      (t) => t.includes('Save quote'),
      5_000,
    );
    expect(offered.ok, offered.value).toBe(true);
    const frame = await cardFrame();
    // The card ignores clicks until it has stayed uncovered for a moment (clickjacking guard): a click that
    // came too early did nothing, so clicking again is safe.
    let saved = { ok: false, value: '' };
    for (let attempt = 0; attempt < 4 && !saved.ok; attempt++) {
      await frame!.click('button.save-button');
      saved = await pollUntil(
        async () => (await driver.cardText()) ?? '',
        (t) => t.includes('Saved to your library under Amara Okafor'),
        1_500,
      );
    }
    expect(saved.ok, saved.value).toBe(true);
    const listed = await pollUntil(
      text,
      (t) => t.includes('The Daily Ledger: Nigeria holds firm on farm tariffs'),
      10_000,
    );
    expect(listed.value).toContain('We will not sign any trade deal that leaves our farmers behind');
  });

  it('exports the library as a pack', async () => {
    exported = await m.evaluate(exportPackInPage);
    const pack = JSON.parse(exported);
    expect(pack.people.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['Wang Yi', 'Amara Okafor']),
    );
    expect(pack.statements.length).toBeGreaterThan(3);
    expect(pack.relations.length).toBeGreaterThan(0);
  });

  it('deletes everything', async () => {
    await m.evaluate(wipeInPage);
    const empty = await pollUntil(text, (t) => !t.includes('Ukraine is no exception'), 10_000, 100);
    expect(empty.ok, empty.value).toBe(true);
  });

  it('imports the export, and the library is identical', async () => {
    expect(await m.evaluate(importPackInPage, exported)).toMatch(/^Import done: added \d+ (person|people)/);
    const back = await pollUntil(text, (t) => t.includes('Ukraine is no exception'), 10_000, 100);
    expect(back.ok, back.value).toBe(true);
    expect(comparable(await m.evaluate(exportPackInPage))).toEqual(comparable(exported));
  });
});
