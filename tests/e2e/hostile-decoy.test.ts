/**
 * Clickjacking: a hostile page opens the card by focusing a quote, lays an opaque, click-through top-layer
 * popover over it and puts it back on top every 50 ms; the reader's real click on the decoy must save nothing.
 * Once the page takes its decoy away, the same click at the same place saves, so the click did reach the card's
 * Save button and only the guard (lib/page/dom/card-guard.ts, entrypoints/card/visibility-guard.ts) stopped it.
 */
import { describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { hoverUntilSaveOffered } from './support/card-save';
import { EXTENSION_BROWSERS, type ExtensionBrowser, useExtensionBrowser } from './support/extension-browser';

const PAGE = 'hostile/decoy.html';
const SAVED = /Saved to|Already in/;

/** Runs in the page: the top-left corner of the card's host element, or null while there is none. */
const hostCorner = () => {
  const r = document.querySelector('onrecord-card')?.getBoundingClientRect();
  return r ? { x: r.left, y: r.top } : null;
};

/** Runs in the card frame: the centre of the Save button, or null while there is none. */
const saveCentre = () => {
  const r = document.querySelector('button.save-button')?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
};

/** Where the card's Save button is in the page: the card's host box plus the button's box in the card. */
async function saveBox(b: ExtensionBrowser): Promise<{ x: number; y: number } | null> {
  const host = await b.driver.evaluate(hostCorner, undefined);
  const inCard = await b.inCard(saveCentre);
  return host && inCard ? { x: host.x + inCard.x, y: host.y + inCard.y } : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(EXTENSION_BROWSERS)('a covering decoy in %s', (_label, name) => {
  const run = useExtensionBrowser(name);

  it('a click on the decoy saves nothing; the same click saves once the decoy is gone', async () => {
    const b = run.browser;
    const inPage = <R>(fn: () => R) => b.driver.evaluate(fn, undefined);
    const cardText = async () => (await b.driver.cardText()) ?? '';
    /** Opens the quote's card (the guard does not care how: a page can open it by focusing the quote). */
    const openCard = async () => {
      const offered = await hoverUntilSaveOffered(b);
      expect(offered.ok, offered.value).toBe(true);
    };
    await b.driver.open(`${run.server.url}${PAGE}`);
    await pollUntil(
      () => inPage(() => document.querySelectorAll('[data-onrecord="quote"]').length),
      (n) => n > 0,
      15_000,
    );
    await openCard();
    await inPage(() => (window as unknown as { __decoy: { start(): void } }).__decoy.start());
    const covered = await pollUntil(
      () => inPage(() => (window as unknown as { __decoy: { shown: number } }).__decoy.shown),
      (n) => n > 5,
      5_000,
    );
    expect(covered.ok, 'the page covered the card').toBe(true);
    await sleep(1_000);
    const box = await saveBox(b);
    expect(box).not.toBeNull();
    for (let i = 0; i < 3; i++) {
      await b.clickAt(box!.x, box!.y);
      await sleep(400);
    }
    await sleep(1_000);
    expect(await cardText()).not.toMatch(SAVED);

    await inPage(() => (window as unknown as { __decoy: { stop(): void } }).__decoy.stop());
    // The clicks on the decoy may have closed the card: open it again.
    await openCard();
    await sleep(1_200);
    const again = await saveBox(b);
    expect(again).not.toBeNull();
    await b.clickAt(again!.x, again!.y);
    const saved = await pollUntil(
      () => cardText(),
      (t) => SAVED.test(t),
      5_000,
    );
    expect(saved.ok, `card text: ${saved.value}`).toBe(true);
  }, 90_000);
});
