/**
 * Suggestions in the card, in real Chromium and Firefox ESR with the built extension: a test pack gives Lena
 * Marsh two earlier statements that pull against two quotes on a page of our own. Dismissing one suggestion
 * keeps it away after the page is reloaded; confirming the other with a relation type the reader chooses
 * (a real click in the card frame) stores a relation labelled by the reader, which the card then shows on the
 * earlier statement, in place of the suggestion, and the manager lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks } from '@/scripts/support/page-probes';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';
import { importWhenListed, managerTextWhen } from './support/manager-tab';

const PAGE = 'suggest/budget.html';
const PACK = readFileSync(join(process.cwd(), 'tests/fixtures/pages/suggest/lena-marsh-pack.json'), 'utf8');
const FUEL = 'We will raise fuel taxes';
const ROADS = 'The government will reduce spending';

describe.each(EXTENSION_BROWSERS)('suggestions in the card, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);
  // Lowercased: headings are uppercased by the card's style, and innerText reports them so.
  const cardText = async () => ((await run.browser.driver.cardText()) ?? '').toLowerCase();

  /** Opens the page, hovers the quote starting with `opening`, waits for the library's answer in the card. */
  async function hoverQuote(opening: string): Promise<string> {
    await run.browser.driver.open(`${run.server.url}${PAGE}`);
    const marks = await pollUntil(
      () => run.browser.driver.evaluate(collectMarks, undefined),
      (m) => m.quotes.some((q) => q.text.includes(opening)),
      15_000,
    );
    const id = marks.value.quotes.find((q) => q.text.includes(opening))?.id;
    expect(id, 'the quote is highlighted').toBeDefined();
    await run.browser.driver.hoverAway();
    await run.browser.driver.hover(`[data-onrecord="quote"][data-onrecord-id="${id}"]`);
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
    expect(await importWhenListed(await run.browser.openExtensionTab('manager.html'), PACK)).toMatch(
      /^Import done: added 1 person/,
    );
  }, 60_000);

  it('suggests a possible tension, with both excerpts, as a prompt and not a verdict', async () => {
    const text = await hoverQuote(FUEL);
    expect(text).toContain('possible tension (a prompt, not a verdict)');
    expect(text).toContain('before: we will not raise fuel taxes');
    expect(text).toMatch(/confirm\s*dismiss/);
  });

  it('dismiss: the suggestion goes, says so with Undo, and stays gone after a reload', async () => {
    await run.browser.clickInCard('Dismiss');
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
    await run.browser.clickInCard('Confirm');
    await pollUntil(cardText, (t) => t.includes('save relation'), 5_000);
    await run.browser.selectInCard('select', 'reverses');
    await run.browser.clickInCard('Save relation');
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
    const text = await managerTextWhen(await run.browser.openExtensionTab('manager.html'), (t) =>
      t.includes('The government will reduce spending on the coastal roads'),
    );
    expect(text.toLowerCase()).toContain('reverses');
    expect(text).toContain('Labelled by me');
    expect(text).toContain('We will increase spending on the coastal roads every year until the work is finished.');
  });
});
