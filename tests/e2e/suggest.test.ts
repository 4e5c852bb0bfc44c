/**
 * Suggestions in the card, in real Chromium and Firefox ESR with the built extension: a test pack gives Lena
 * Marsh two earlier statements that pull against two quotes on a page of our own. Dismissing one suggestion
 * keeps it away after the page is reloaded; confirming the other with a relation type the reader chooses
 * (a real click in the card frame) stores a relation labelled by the reader, which the card then shows on the
 * earlier statement, in place of the suggestion, and the manager lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICK_DELAY_MS as CARD_CLICK_DELAY_MS } from '@/lib/page/dom/card-guard';
import { type ChromiumSession, launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import { pollUntil, type StoryDriver } from '@/scripts/support/driver';
import { collectMarks, visibleText } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { importPackInPage } from './library-ui';
import { type FirefoxSession, launchFirefox, openExtensionPage } from './support/firefox';
import { clickCardButton } from './support/firefox-card-click';
import { findCardFrame } from './support/firefox-card-frame';
import { createFirefoxDriver } from './support/firefox-driver';

const PAGE = 'suggest/budget.html';
const PACK = readFileSync(join(process.cwd(), 'tests/fixtures/pages/suggest/lena-marsh-pack.json'), 'utf8');
const FUEL = 'We will raise fuel taxes';
const ROADS = 'The government will reduce spending';

/** What the story needs besides the shared driver: the card's controls and an extension page. */
interface SuggestBrowser {
  driver: StoryDriver;
  /** Clicks (a real pointer click) the first button in the card frame whose text is exactly `name`. */
  clickInCard(name: string): Promise<void>;
  /** Chooses an option of the card's relation type select. */
  selectInCard(value: string): Promise<void>;
  /** Opens the manager in a new tab and returns its text once `settled` holds (or time runs out). */
  managerText(settled: (text: string) => boolean): Promise<string>;
  /** Imports a pack through the manager's own import. */
  importPack(text: string): Promise<string>;
  close(): Promise<void>;
}

/** The manager as both browsers' pages serve it here: run a probe in it, close it. */
interface ManagerTab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** The two manager steps of the story, the same in both browsers given a way to open the manager. */
function managerSteps(open: () => Promise<object>): Pick<SuggestBrowser, 'managerText' | 'importPack'> {
  const manager = async () => (await open()) as ManagerTab;
  return {
    async managerText(settled) {
      const m = await manager();
      const { value } = await pollUntil(() => m.evaluate(visibleText, undefined), settled, 10_000, 100);
      await m.close();
      return value;
    },
    async importPack(text) {
      const m = await manager();
      // The starter pack is listed: the library is open and the import control is there.
      await pollUntil(
        () => m.evaluate(visibleText, undefined),
        (t) => t.includes('Ukraine is no exception'),
        15_000,
        100,
      );
      const result = await m.evaluate(importPackInPage, text);
      await m.close();
      return result;
    },
  };
}

async function chromium(): Promise<SuggestBrowser> {
  const session: ChromiumSession = await launchChromium();
  const driver = await createChromiumDriver(session);
  const card = (): PlaywrightFrame => {
    const frame = driver.page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()));
    if (!frame) throw new Error('no card frame');
    return frame;
  };
  const manager = async () => {
    const m = await session.context.newPage();
    await m.goto(`chrome-extension://${session.extensionId}/manager.html`);
    return m;
  };
  return {
    driver,
    async clickInCard(name) {
      // The card takes clicks only once it has been visible and still for a moment (clickjacking guard).
      await new Promise((resolve) => setTimeout(resolve, CARD_CLICK_DELAY_MS + 300));
      await card().getByRole('button', { name, exact: true }).first().click({ timeout: 5_000 });
    },
    async selectInCard(value) {
      await card().locator('select').first().selectOption(value);
    },
    ...managerSteps(manager),
    close: session.close,
  };
}

async function firefox(): Promise<SuggestBrowser> {
  const session: FirefoxSession = await launchFirefox();
  const driver = await createFirefoxDriver(session);
  const card = async (): Promise<PuppeteerFrame> => {
    const found = await findCardFrame(driver.page, session.extensionOrigin);
    if (!found) throw new Error('no card frame');
    return found.frame;
  };
  const manager = async (): Promise<PuppeteerPage> => {
    const m = await session.browser.newPage();
    await openExtensionPage(m, `${session.extensionOrigin}manager.html`);
    return m;
  };
  return {
    driver,
    async clickInCard(name) {
      await clickCardButton(await card(), name);
    },
    async selectInCard(value) {
      await (await card()).select('select', value);
    },
    ...managerSteps(manager),
    close: session.close,
  };
}

describe.each([
  ['Chromium', chromium],
  ['Firefox', firefox],
])('suggestions in the card, in %s', (_name, launch) => {
  let server: StaticServer;
  let b: SuggestBrowser;
  // Lowercased: headings are uppercased by the card's style, and innerText reports them so.
  const cardText = async () => ((await b.driver.cardText()) ?? '').toLowerCase();

  /** Opens the page, hovers the quote starting with `opening`, waits for the library's answer in the card. */
  async function hoverQuote(opening: string): Promise<string> {
    await b.driver.open(`${server.url}${PAGE}`);
    const marks = await pollUntil(
      () => b.driver.evaluate(collectMarks, undefined),
      (m) => m.quotes.some((q) => q.text.includes(opening)),
      15_000,
    );
    const id = marks.value.quotes.find((q) => q.text.includes(opening))?.id;
    expect(id, 'the quote is highlighted').toBeDefined();
    await b.driver.hoverAway();
    await b.driver.hover(`[data-onrecord="quote"][data-onrecord-id="${id}"]`);
    // "Said before" only once the library answered: the page-only card lists nothing.
    const shown = await pollUntil(
      cardText,
      (t) => t.includes('said before') && t.includes(opening.toLowerCase()),
      10_000,
    );
    expect(shown.ok, `card text: ${shown.value}`).toBe(true);
    return shown.value;
  }

  beforeAll(async () => {
    server = await startStaticServer();
    b = await launch();
    expect(await b.importPack(PACK)).toMatch(/^Import done: added 1 person/);
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('suggests a possible tension, with both excerpts, as a prompt and not a verdict', async () => {
    const text = await hoverQuote(FUEL);
    expect(text).toContain('possible tension (a prompt, not a verdict)');
    expect(text).toContain('before: we will not raise fuel taxes');
    expect(text).toMatch(/confirm\s*dismiss/);
  });

  it('dismiss: the suggestion goes, says so with Undo, and stays gone after a reload', async () => {
    await b.clickInCard('Dismiss');
    const gone = await pollUntil(cardText, (t) => t.includes('dismissed') && !t.includes('possible tension'), 5_000);
    expect(gone.ok, `card text: ${gone.value}`).toBe(true);
    expect(gone.value).toContain('undo');
    const again = await hoverQuote(FUEL);
    expect(again).toContain('we will not raise fuel taxes');
    expect(again).not.toContain('possible tension');
    expect(again).not.toContain('dismissed');
  });

  it('confirm: the reader labels the relation; the card shows it on the earlier statement, the suggestion gone', async () => {
    const text = await hoverQuote(ROADS);
    expect(text).toContain('possible tension');
    await b.clickInCard('Confirm');
    await pollUntil(cardText, (t) => t.includes('save relation'), 5_000);
    await b.selectInCard('reverses');
    await b.clickInCard('Save relation');
    const done = await pollUntil(
      cardText,
      (t) => t.includes('relation saved') && t.includes('reverses') && !t.includes('possible tension'),
      5_000,
    );
    expect(done.ok, `card text: ${done.value}`).toBe(true);
    expect(done.value).toContain('labelled by me');
    expect(done.value).toContain('on record');
    // The relation is stored: a fresh card for the quote shows it too.
    const again = await hoverQuote(ROADS);
    // Read with its direction: the reader related this quote to the earlier statement.
    expect(again).toMatch(/this reverses it — both speak of spending, coastal, roads/);
    expect(again).not.toContain('possible tension');
  });

  it('the manager lists the relation the reader labelled', async () => {
    const text = await b.managerText((t) => t.includes('The government will reduce spending on the coastal roads'));
    expect(text.toLowerCase()).toContain('reverses');
    expect(text).toContain('Labelled by me');
    expect(text).toContain('We will increase spending on the coastal roads every year until the work is finished.');
  });
});
