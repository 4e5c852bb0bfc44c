/**
 * Export and import in real Firefox ESR with the built extension: the manager exports the library as a pack,
 * deletes everything, imports the file, and a second export holds exactly the records of the first.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable, exportPackInPage, importPackInPage, wipeInPage } from './library-ui';
import { pollUntil } from './support/driver';
import { type FirefoxSession, launchFirefox, openExtensionPage } from './support/firefox';
import { visibleText } from './support/page-probes';

describe('export and import in the Firefox manager', () => {
  let session: FirefoxSession;
  let m: Page;
  let exported = '';

  const text = () => m.evaluate(visibleText);

  beforeAll(async () => {
    session = await launchFirefox();
    m = await session.browser.newPage();
    await openExtensionPage(m, `${session.extensionOrigin}manager.html`);
    // A fresh install loads the starter pack.
    const loaded = await pollUntil(text, (t) => t.includes('Ukraine is no exception'), 15_000, 100);
    expect(loaded.ok, loaded.value).toBe(true);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('exports the library as a pack', async () => {
    exported = await m.evaluate(exportPackInPage);
    const pack = JSON.parse(exported);
    expect(pack.format).toBeTruthy();
    expect(pack.people.map((p: { name: string }) => p.name)).toContain('Wang Yi');
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
