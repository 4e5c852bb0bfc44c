/**
 * Clickjacking: a hostile page opens the card by focusing a quote, lays an opaque, click-through top-layer
 * popover over it and puts it back on top every 50 ms; the reader's real click on the decoy must save nothing.
 * Once the page takes its decoy away, the same click at the same place saves, so the click did reach the card's
 * Save button and only the guard (lib/page/dom/card-guard.ts, entrypoints/card/visibility-guard.ts) stopped it.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { visibleText } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { launchFirefox } from './support/firefox';
import { findCardFrame } from './support/firefox-card-frame';

const PAGE = 'hostile/decoy.html';
const SAVED = /Saved to|Already in/;

/** What the test needs from either browser: the card's text, the Save button's box, a real click, the page. */
interface DecoyBrowser {
  open(url: string): Promise<void>;
  cardText(): Promise<string>;
  saveBox(): Promise<{ x: number; y: number } | null>;
  click(x: number, y: number): Promise<void>;
  inPage<R>(fn: () => R): Promise<R>;
  hover(selector: string): Promise<void>;
  close(): Promise<void>;
}

async function chromium(): Promise<DecoyBrowser> {
  const session = await launchChromium();
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const card = () => page.frames().find((f) => /\/card\.html/.test(f.url()));
  return {
    open: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    cardText: async () =>
      (await card()
        ?.evaluate(visibleText)
        .catch(() => null)) ?? '',
    saveBox: async () => {
      const box = await card()
        ?.locator('button.save-button')
        .boundingBox()
        .catch(() => null);
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
    },
    click: (x, y) => page.mouse.click(x, y),
    inPage: (fn) => page.evaluate(fn),
    hover: async (selector) => {
      await page.mouse.move(1, 1);
      await page.locator(selector).first().hover();
    },
    close: session.close,
  };
}

async function firefox(): Promise<DecoyBrowser> {
  const session = await launchFirefox();
  const page: PuppeteerPage = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  const card = () => findCardFrame(page, session.extensionOrigin);
  return {
    open: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 30_000 })),
    cardText: async () => (await card())?.text ?? '',
    saveBox: async () => {
      // The card's host box in the page, plus the button's box in the card.
      const host = await page.evaluate(() => {
        const r = document.querySelector('onrecord-card')?.getBoundingClientRect();
        return r ? { x: r.left, y: r.top } : null;
      });
      const inCard = await (await card())?.frame
        .evaluate(() => {
          const r = document.querySelector('button.save-button')?.getBoundingClientRect();
          return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
        })
        .catch(() => null);
      return host && inCard ? { x: host.x + inCard.x, y: host.y + inCard.y } : null;
    },
    click: (x, y) => page.mouse.click(x, y),
    inPage: (fn) => page.evaluate(fn),
    hover: async (selector) => {
      await page.mouse.move(1, 1);
      await page.hover(selector);
    },
    close: session.close,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([
  ['Chromium', chromium],
  ['Firefox', firefox],
])('a covering decoy in %s', (_name, launch) => {
  let server: StaticServer;
  let b: DecoyBrowser;

  beforeAll(async () => {
    server = await startStaticServer();
    b = await launch();
  });

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  /** Opens the quote's card (the guard does not care how: a page can open it by focusing the quote). */
  async function openCard(): Promise<void> {
    let offered = { ok: false, value: '' };
    for (let attempt = 0; attempt < 5 && !offered.ok; attempt++) {
      await b.hover('[data-onrecord="quote"]');
      offered = await pollUntil(
        () => b.cardText(),
        (t) => t.includes('Save quote'),
        3_000,
      );
    }
    expect(offered.ok, offered.value).toBe(true);
  }

  it('a click on the decoy saves nothing; the same click saves once the decoy is gone', async () => {
    await b.open(`${server.url}${PAGE}`);
    await pollUntil(
      () => b.inPage(() => document.querySelectorAll('[data-onrecord="quote"]').length),
      (n) => n > 0,
      15_000,
    );
    await openCard();
    await b.inPage(() => (window as unknown as { __decoy: { start(): void } }).__decoy.start());
    const covered = await pollUntil(
      () => b.inPage(() => (window as unknown as { __decoy: { shown: number } }).__decoy.shown),
      (n) => n > 5,
      5_000,
    );
    expect(covered.ok, 'the page covered the card').toBe(true);
    await sleep(1_000);
    const box = await b.saveBox();
    expect(box).not.toBeNull();
    for (let i = 0; i < 3; i++) {
      await b.click(box!.x, box!.y);
      await sleep(400);
    }
    await sleep(1_000);
    expect(await b.cardText()).not.toMatch(SAVED);

    await b.inPage(() => (window as unknown as { __decoy: { stop(): void } }).__decoy.stop());
    // The clicks on the decoy may have closed the card: open it again.
    await openCard();
    await sleep(1_200);
    const again = await b.saveBox();
    expect(again).not.toBeNull();
    await b.click(again!.x, again!.y);
    const saved = await pollUntil(
      () => b.cardText(),
      (t) => SAVED.test(t),
      5_000,
    );
    expect(saved.ok, `card text: ${saved.value}`).toBe(true);
  }, 90_000);
});
