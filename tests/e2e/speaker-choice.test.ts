/**
 * "Not this speaker?" in real Chromium and Firefox ESR with the built extension: on a page of our own, the
 * reader opens the card of Ruth Calder's quote, searches the library's people and picks Tomas Reyes (real
 * clicks and typing in the card frame). The card then shows Reyes's record; after a reload it still does; and
 * the page's DOM holds nothing of it: the quote keeps the page's own speaker attribute, and no line of the
 * card that came from the library is anywhere in the page. The popup lists the quote under the chosen person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks, probeLeaks } from '@/scripts/support/page-probes';
import { libraryOnlyLines } from './support/browsers';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';
import { importWhenListed } from './support/manager-tab';

const PAGE = 'speaker-choice/harbour-vote.html';
const PACK = readFileSync(join(process.cwd(), 'tests/fixtures/pages/speaker-choice/harbour-pack.json'), 'utf8');
const OPENING = 'The wall will be finished';
const PAGE_SPEAKER = 'Ruth Calder';
const CHOSEN = 'Tomas Reyes';
const CHOSEN_SAID = 'No sea wall can be built in one season';

describe.each(EXTENSION_BROWSERS)('choosing another speaker in the card, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);
  const cardText = async () => (await run.browser.driver.cardText()) ?? '';

  /** Opens the page, hovers the quote, waits until the library's answer names `speaker` with `said`. */
  async function hoverQuote(speaker: string, said: string): Promise<{ id: string; text: string }> {
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
    const shown = await pollUntil(cardText, (t) => t.includes(speaker) && t.includes(said), 10_000);
    expect(shown.ok, `card text: ${shown.value}`).toBe(true);
    return { id, text: shown.value };
  }

  beforeAll(async () => {
    expect(await importWhenListed(await run.browser.openExtensionTab('manager.html'), PACK)).toMatch(
      /^Import done: added 2 people/,
    );
  }, 60_000);

  it('shows the page’s speaker with why the page gave them', async () => {
    const { text } = await hoverQuote(PAGE_SPEAKER, 'Every penny of the harbour fund');
    expect(text).toContain('attributed from');
    expect(text).not.toContain(CHOSEN);
  });

  it('Not this speaker?: the reader searches, picks another person, and the card shows their record', async () => {
    await run.browser.clickInCard('Not this speaker?', 'prefix');
    await pollUntil(cardText, (t) => t.includes('Unknown speaker') && t.includes(PAGE_SPEAKER), 5_000);
    await run.browser.typeInCard('input[type="search"]', 'reye');
    const listed = await pollUntil(cardText, (t) => t.includes(CHOSEN) && !t.includes('Hua Chunying'), 5_000);
    expect(listed.ok, `card text: ${listed.value}`).toBe(true);
    await run.browser.clickInCard(CHOSEN, 'prefix');
    const chosen = await pollUntil(cardText, (t) => t.includes(CHOSEN_SAID), 5_000);
    expect(chosen.ok, `card text: ${chosen.value}`).toBe(true);
    expect(chosen.value).toContain('speaker chosen by you');
    expect(chosen.value).not.toContain('Every penny of the harbour fund');
  });

  it('after a reload the card still shows the chosen person, and the page holds nothing of it', async () => {
    const { id, text } = await hoverQuote(CHOSEN, CHOSEN_SAID);
    expect(text).toContain(`the page gives ${PAGE_SPEAKER}`);
    const speakerAttr = await run.browser.driver.evaluate(
      (quoteId) =>
        [...document.querySelectorAll(`[data-onrecord-id="${quoteId}"]`)].map((e) =>
          e.getAttribute('data-onrecord-speaker'),
        ),
      id,
    );
    expect(new Set(speakerAttr)).toEqual(new Set([PAGE_SPEAKER]));
    const { pristineText } = await run.browser.driver.evaluate(probeLeaks, []);
    const libraryLines = libraryOnlyLines(text, pristineText);
    expect(libraryLines.some((l) => l.includes(CHOSEN_SAID))).toBe(true);
    const report = await run.browser.driver.evaluate(probeLeaks, [...libraryLines, CHOSEN, 'p-tomas-reyes']);
    expect(report.found).toEqual([]);
    expect(report.openShadowHosts).toEqual([]);
    expect(report.hostText).toBe('');
  });

  it('the popup lists the quote under the chosen person', async () => {
    const text = await run.browser.driver.popupText((t) => t.includes(CHOSEN));
    expect(text, `popup text:\n${text}`).toMatch(/Tomas Reyes[\s\S]*1 quote here/);
    // The page still names her, but no longer as the speaker of that quote.
    expect(text).toContain(`Also named: ${PAGE_SPEAKER}`);
  });
});
