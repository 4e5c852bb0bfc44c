/**
 * "Choose speaker…" in the card, in real Chromium and Firefox ESR with the built extension: on a page of our
 * own, the quote nobody is named for opens a card that offers it; the reader types a name the library lacks,
 * adds it, and Save files the quote under that person. After a reload the card still names them, and the
 * page's DOM keeps the quote's empty speaker attribute.
 */
import { describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks } from '@/scripts/support/page-probes';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';

const PAGE = 'panel/quay-market.html';
const OPENING = 'Bring your own lantern';
const NEW_NAME = 'Mara Quinn';

describe.each(EXTENSION_BROWSERS)('Choose speaker… then Save in the card, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);
  const cardText = async () => (await run.browser.driver.cardText()) ?? '';

  async function hoverQuote(until: (t: string) => boolean): Promise<string> {
    await run.browser.driver.open(`${run.server.url}${PAGE}`);
    const marks = await pollUntil(
      () => run.browser.driver.evaluate(collectMarks, undefined),
      (m) => m.quotes.some((q) => q.text.includes(OPENING)),
      15_000,
    );
    const id = marks.value.quotes.find((q) => q.text.includes(OPENING))?.id ?? '';
    expect(id, 'the quote is highlighted').not.toBe('');
    await run.browser.driver.hoverAway();
    await run.browser.driver.hover(`[data-onrecord="quote"][data-onrecord-id="${id}"]`);
    const shown = await pollUntil(cardText, until, 10_000);
    expect(shown.ok, `card text: ${shown.value}`).toBe(true);
    return id;
  }

  /** Clicks a card button until the card shows `then` (the card ignores clicks for a moment after it opens). */
  async function clickUntil(text: string, then: (t: string) => boolean) {
    let seen = { ok: false, value: '' };
    for (let attempt = 0; attempt < 4 && !seen.ok; attempt++) {
      await run.browser.clickInCard(text, 'prefix').catch(() => {});
      seen = await pollUntil(cardText, then, 2_000);
    }
    expect(seen.ok, `card text: ${seen.value}`).toBe(true);
  }

  it('offers Choose speaker…, adds a typed name, and Save files the quote under it', async () => {
    await hoverQuote((t) => t.includes('Choose speaker…'));
    expect(await cardText()).not.toContain('Save quote');
    await clickUntil('Choose speaker…', (t) => t.includes('Unknown speaker'));
    await run.browser.typeInCard('input[type="search"]', NEW_NAME);
    await pollUntil(cardText, (t) => t.includes(`Add “${NEW_NAME}” as a new person`), 5_000);
    await clickUntil(`Add “${NEW_NAME}”`, (t) => t.includes('Save quote') && t.includes(NEW_NAME));
    await clickUntil('Save quote', (t) => t.includes(`Saved to your library under ${NEW_NAME}.`));
  }, 90_000);

  it('names the chosen speaker after a reload, and the page keeps no speaker for the quote', async () => {
    const id = await hoverQuote((t) => t.includes(NEW_NAME) && t.includes('On record'));
    const speakers = await run.browser.driver.evaluate(
      (quoteId) =>
        [...document.querySelectorAll(`[data-onrecord-id="${quoteId}"]`)].map((e) =>
          e.getAttribute('data-onrecord-speaker'),
        ),
      id,
    );
    expect(new Set(speakers)).toEqual(new Set(['']));
  }, 60_000);
});
