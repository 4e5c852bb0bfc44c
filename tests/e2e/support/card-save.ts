/**
 * Saving a page's quote from its card as a reader does, for the stories that need a quote in the library that
 * the card itself stored: hover until the card offers Save, then press Save until the card says it saved.
 */
import { pollUntil } from '@/scripts/support/driver';
import type { ExtensionBrowser } from './extension-browser';

/** The last card text a step read, and whether the step saw what it waited for. */
export interface CardStep {
  ok: boolean;
  value: string;
}

const cardText = async (b: ExtensionBrowser) => (await b.driver.cardText()) ?? '';

/** Hovers the page's first quote (up to five times) until its card offers "Save quote". */
export async function hoverUntilSaveOffered(b: ExtensionBrowser): Promise<CardStep> {
  let offered: CardStep = { ok: false, value: '' };
  for (let attempt = 0; attempt < 5 && !offered.ok; attempt++) {
    await b.driver.hoverAway();
    await b.driver.hover('[data-onrecord="quote"]');
    offered = await pollUntil(
      () => cardText(b),
      (t) => t.includes('Save quote'),
      3_000,
    );
  }
  return offered;
}

/** Presses the card's Save (up to four times: an early click meets the card's click guard) until it saved. */
export async function clickSaveUntilSaved(b: ExtensionBrowser): Promise<CardStep> {
  let saved: CardStep = { ok: false, value: '' };
  for (let attempt = 0; attempt < 4 && !saved.ok; attempt++) {
    await b.clickInCard('Save quote', 'prefix').catch(() => {});
    saved = await pollUntil(
      () => cardText(b),
      (t) => /Saved to/.test(t),
      1_500,
    );
  }
  return saved;
}
