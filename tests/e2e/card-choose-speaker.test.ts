/**
 * "Choose speaker…" in the card, in real Chromium and Firefox ESR with the built extension: on a page of our
 * own, the quote nobody is named for opens a card that offers it; the reader types a name the library lacks,
 * adds it, and Save files the quote under that person. After a reload the card still names them, and the
 * page's DOM keeps the quote's empty speaker attribute.
 */
import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Frame as PuppeteerFrame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import { pollUntil, type StoryDriver } from '@/scripts/support/driver';
import { collectMarks } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { type FirefoxSession, launchFirefox } from './support/firefox';
import { clickCardButton } from './support/firefox-card-click';
import { findCardFrame } from './support/firefox-card-frame';
import { createFirefoxDriver } from './support/firefox-driver';

const PAGE = 'panel/quay-market.html';
const OPENING = 'Bring your own lantern';
const NEW_NAME = 'Mara Quinn';

interface CardBrowser {
  driver: StoryDriver;
  /** A real click on the first button in the card frame whose text starts with `text`. */
  clickInCard(text: string): Promise<void>;
  /** Types into the card's people search. */
  searchInCard(text: string): Promise<void>;
  close(): Promise<void>;
}

async function chromium(): Promise<CardBrowser> {
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
      await card().locator('button', { hasText: text }).first().click({ timeout: 5_000 });
    },
    async searchInCard(text) {
      await card().locator('input[type="search"]').pressSequentially(text, { timeout: 5_000 });
    },
    close: session.close,
  };
}

async function firefox(): Promise<CardBrowser> {
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
    close: session.close,
  };
}

describe.each([
  ['Chromium', chromium],
  ['Firefox', firefox],
])('Choose speaker… then Save in the card, in %s', (_name, launch) => {
  let server: StaticServer;
  let b: CardBrowser;
  const cardText = async () => (await b.driver.cardText()) ?? '';

  async function hoverQuote(until: (t: string) => boolean): Promise<string> {
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
    const shown = await pollUntil(cardText, until, 10_000);
    expect(shown.ok, `card text: ${shown.value}`).toBe(true);
    return id;
  }

  /** Clicks a card button until the card shows `then` (the card ignores clicks for a moment after it opens). */
  async function clickUntil(text: string, then: (t: string) => boolean) {
    let seen = { ok: false, value: '' };
    for (let attempt = 0; attempt < 4 && !seen.ok; attempt++) {
      await b.clickInCard(text).catch(() => {});
      seen = await pollUntil(cardText, then, 2_000);
    }
    expect(seen.ok, `card text: ${seen.value}`).toBe(true);
  }

  beforeAll(async () => {
    server = await startStaticServer();
    b = await launch();
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('offers Choose speaker…, adds a typed name, and Save files the quote under it', async () => {
    await hoverQuote((t) => t.includes('Choose speaker…'));
    expect(await cardText()).not.toContain('Save quote');
    await clickUntil('Choose speaker…', (t) => t.includes('Unknown speaker'));
    await b.searchInCard(NEW_NAME);
    await pollUntil(cardText, (t) => t.includes(`Add “${NEW_NAME}” as a new person`), 5_000);
    await clickUntil(`Add “${NEW_NAME}”`, (t) => t.includes('Save quote') && t.includes(NEW_NAME));
    await clickUntil('Save quote', (t) => t.includes(`Saved to your library under ${NEW_NAME}.`));
  }, 90_000);

  it('names the chosen speaker after a reload, and the page keeps no speaker for the quote', async () => {
    const id = await hoverQuote((t) => t.includes(NEW_NAME) && t.includes('On record'));
    const speakers = await b.driver.evaluate(
      (quoteId) =>
        [...document.querySelectorAll(`[data-onrecord-id="${quoteId}"]`)].map((e) =>
          e.getAttribute('data-onrecord-speaker'),
        ),
      id,
    );
    expect(new Set(speakers)).toEqual(new Set(['']));
  }, 60_000);
});
