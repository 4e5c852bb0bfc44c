/**
 * "Not this speaker?" in real Chromium and Firefox ESR with the built extension: on a page of our own, the
 * reader opens the card of Ruth Calder's quote, searches the library's people and picks Tomas Reyes (real
 * clicks and typing in the card frame). The card then shows Reyes's record; after a reload it still does; and
 * the page's DOM holds nothing of it: the quote keeps the page's own speaker attribute, and no line of the
 * card that came from the library is anywhere in the page. The popup lists the quote under the chosen person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import { pollUntil, type StoryDriver } from '@/scripts/support/driver';
import { collectMarks, probeLeaks, visibleText } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { importPackInPage } from './library-ui';
import { libraryOnlyLines } from './support/browsers';
import { type FirefoxSession, launchFirefox, openExtensionPage } from './support/firefox';
import { clickCardButton } from './support/firefox-card-click';
import { findCardFrame } from './support/firefox-card-frame';
import { createFirefoxDriver } from './support/firefox-driver';

const PAGE = 'speaker-choice/harbour-vote.html';
const PACK = readFileSync(join(process.cwd(), 'tests/fixtures/pages/speaker-choice/harbour-pack.json'), 'utf8');
const OPENING = 'The wall will be finished';
const PAGE_SPEAKER = 'Ruth Calder';
const CHOSEN = 'Tomas Reyes';
const CHOSEN_SAID = 'No sea wall can be built in one season';

/** What the story needs besides the shared driver: clicks and typing in the card, and the manager's import. */
interface ChoiceBrowser {
  driver: StoryDriver;
  /** A real click on the first button in the card frame whose text starts with `text`. */
  clickInCard(text: string): Promise<void>;
  /** Types into the card's people search. */
  searchInCard(text: string): Promise<void>;
  /** Imports a pack through the manager's own import. */
  importPack(text: string): Promise<string>;
  close(): Promise<void>;
}

/** The manager tab as both browsers' pages serve it here: run a probe in it, close it. */
interface ManagerTab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** Waits for the manager to list its library, then imports through its own control. */
async function importThrough(opened: object): Promise<string> {
  const manager = opened as ManagerTab;
  await pollUntil(
    () => manager.evaluate(visibleText, undefined),
    (t) => t.includes('Ukraine is no exception'),
    15_000,
    100,
  );
  const result = await manager.evaluate(importPackInPage, PACK);
  await manager.close();
  return result;
}

async function chromium(): Promise<ChoiceBrowser> {
  const session: ChromiumSession = await launchChromium();
  const driver = await createChromiumDriver(session);
  const card = (): PlaywrightFrame => {
    const frame = driver.page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()));
    if (!frame) throw new Error('no card frame');
    return frame;
  };
  return {
    driver,
    async clickInCard(text) {
      await card()
        .locator('button', { hasText: new RegExp(`^\\s*${text.replace(/[?]/g, '\\?')}`) })
        .first()
        .click({ timeout: 5_000 });
    },
    async searchInCard(text) {
      await card().locator('input[type="search"]').pressSequentially(text, { timeout: 5_000 });
    },
    async importPack() {
      const m = await session.context.newPage();
      await m.goto(`chrome-extension://${session.extensionId}/manager.html`);
      return importThrough(m);
    },
    close: session.close,
  };
}

async function firefox(): Promise<ChoiceBrowser> {
  const session: FirefoxSession = await launchFirefox();
  const driver = await createFirefoxDriver(session);
  const card = async (): Promise<PuppeteerFrame> => {
    const found = await findCardFrame(driver.page, session.extensionOrigin);
    if (!found) throw new Error('no card frame');
    return found.frame;
  };
  return {
    driver,
    async clickInCard(text) {
      await clickCardButton(await card(), text, 'prefix');
    },
    async searchInCard(text) {
      await (await card()).type('input[type="search"]', text);
    },
    async importPack() {
      const m: PuppeteerPage = await session.browser.newPage();
      await openExtensionPage(m, `${session.extensionOrigin}manager.html`);
      return importThrough(m);
    },
    close: session.close,
  };
}

describe.each([
  ['Chromium', chromium],
  ['Firefox', firefox],
])('choosing another speaker in the card, in %s', (_name, launch) => {
  let server: StaticServer;
  let b: ChoiceBrowser;
  const cardText = async () => (await b.driver.cardText()) ?? '';

  /** Opens the page, hovers the quote, waits until the library's answer names `speaker` with `said`. */
  async function hoverQuote(speaker: string, said: string): Promise<{ id: string; text: string }> {
    await b.driver.open(`${server.url}${PAGE}`);
    const marks = await pollUntil(
      () => b.driver.evaluate(collectMarks, undefined),
      (m) => m.quotes.some((q) => q.text.includes(OPENING)),
      15_000,
    );
    const id = marks.value.quotes.find((q) => q.text.includes(OPENING))?.id ?? '';
    expect(id, 'the quote is highlighted').not.toBe('');
    await b.driver.hoverAway();
    await b.driver.hover(`[data-onrecord="quote"][data-onrecord-id="${id}"]`);
    const shown = await pollUntil(cardText, (t) => t.includes(speaker) && t.includes(said), 10_000);
    expect(shown.ok, `card text: ${shown.value}`).toBe(true);
    return { id, text: shown.value };
  }

  beforeAll(async () => {
    server = await startStaticServer();
    b = await launch();
    expect(await b.importPack(PACK)).toMatch(/^Import done: added 2 people/);
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('shows the page’s speaker with why the page gave them', async () => {
    const { text } = await hoverQuote(PAGE_SPEAKER, 'Every penny of the harbour fund');
    expect(text).toContain('attributed from');
    expect(text).not.toContain(CHOSEN);
  });

  it('Not this speaker?: the reader searches, picks another person, and the card shows their record', async () => {
    await b.clickInCard('Not this speaker?');
    await pollUntil(cardText, (t) => t.includes('Unknown speaker') && t.includes(PAGE_SPEAKER), 5_000);
    await b.searchInCard('reye');
    const listed = await pollUntil(cardText, (t) => t.includes(CHOSEN) && !t.includes('Hua Chunying'), 5_000);
    expect(listed.ok, `card text: ${listed.value}`).toBe(true);
    await b.clickInCard(CHOSEN);
    const chosen = await pollUntil(cardText, (t) => t.includes(CHOSEN_SAID), 5_000);
    expect(chosen.ok, `card text: ${chosen.value}`).toBe(true);
    expect(chosen.value).toContain('speaker chosen by you');
    expect(chosen.value).not.toContain('Every penny of the harbour fund');
  });

  it('after a reload the card still shows the chosen person, and the page holds nothing of it', async () => {
    const { id, text } = await hoverQuote(CHOSEN, CHOSEN_SAID);
    expect(text).toContain(`the page gives ${PAGE_SPEAKER}`);
    const speakerAttr = await b.driver.evaluate(
      (quoteId) =>
        [...document.querySelectorAll(`[data-onrecord-id="${quoteId}"]`)].map((e) =>
          e.getAttribute('data-onrecord-speaker'),
        ),
      id,
    );
    expect(new Set(speakerAttr)).toEqual(new Set([PAGE_SPEAKER]));
    const { pristineText } = await b.driver.evaluate(probeLeaks, []);
    const libraryLines = libraryOnlyLines(text, pristineText);
    expect(libraryLines.some((l) => l.includes(CHOSEN_SAID))).toBe(true);
    const report = await b.driver.evaluate(probeLeaks, [...libraryLines, CHOSEN, 'p-tomas-reyes']);
    expect(report.found).toEqual([]);
    expect(report.openShadowHosts).toEqual([]);
    expect(report.hostText).toBe('');
  });

  it('the popup lists the quote under the chosen person', async () => {
    const text = await b.driver.popupText((t) => t.includes(CHOSEN));
    expect(text, `popup text:\n${text}`).toMatch(/Tomas Reyes[\s\S]*1 quote here/);
    // The page still names her, but no longer as the speaker of that quote.
    expect(text).toContain(`Also named: ${PAGE_SPEAKER}`);
  });
});
