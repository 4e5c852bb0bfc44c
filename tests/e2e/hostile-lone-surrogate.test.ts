/**
 * A page quoting words with a lone surrogate (half of a UTF-16 pair) once took the manager down for good: the
 * source link's text fragment threw while drawing. Here a reader saves such a quote from the card, and the
 * manager still draws the library, with the quote's source link, in Chromium and Firefox.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { visibleText } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { findCardFrame } from './support/firefox-card-frame';

const PAGE = 'hostile/lone-surrogate.html';
const WORDS = 'accept a budget that cuts the pensions';

interface Browser {
  open(url: string): Promise<void>;
  hoverQuote(): Promise<void>;
  cardText(): Promise<string>;
  clickSave(): Promise<void>;
  /** The manager's text and its source links' addresses. */
  manager(): Promise<{ text: string; links: string[] }>;
  close(): Promise<void>;
}

const managerProbe = () => ({
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
  text: document.body?.innerText ?? '',
  links: [...document.querySelectorAll('ul.sources a')].map((a) => a.getAttribute('href') ?? ''),
});

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
    manager: async () => {
      const m = await session.context.newPage();
      await m.goto(`chrome-extension://${session.extensionId}/manager.html`);
      const { value } = await pollUntil(
        () => m.evaluate(managerProbe),
        (x) => x.text.includes(WORDS),
        10_000,
      );
      await m.close();
      return value;
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
    manager: async () => {
      const m = await session.browser.newPage();
      await openExtensionPage(m, `${session.extensionOrigin}manager.html`);
      const { value } = await pollUntil(
        () => m.evaluate(managerProbe),
        (x) => x.text.includes(WORDS),
        15_000,
      );
      await m.close();
      return value;
    },
    close: session.close,
  };
}

describe.each([
  ['Chromium', chromium],
  ['Firefox', firefox],
])('a lone surrogate in a quote, in %s', (_name, launch) => {
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

  it('is saved from the card, and the manager still draws the library with its source link', async () => {
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
    // The card takes clicks once it has stayed uncovered for a moment: an early click does nothing.
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
    const manager = await b.manager();
    expect(manager.text).toContain('Sura Gate');
    expect(manager.text).toContain(`We will never \uFFFD ${WORDS}`);
    expect(manager.links.some((href) => href.includes('#:~:text=We%20will%20never%20%EF%BF%BD'))).toBe(true);
  }, 120_000);
});
