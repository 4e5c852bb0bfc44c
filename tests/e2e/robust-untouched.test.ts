/**
 * What OnRecord must leave alone, in real Chromium and Firefox: an editor the reader types in, code, SVG
 * text, hidden text, form fields; the page's layout, links, selection and find; and switching OnRecord off
 * for the site or pausing it removes every highlight at once in the open tab, switching on brings them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { serveRobustSite } from '@/scripts/support/robust-pages';
import type { StaticServer } from '@/scripts/support/serve';
import { ROBUST_BROWSERS, type RobustDriver } from './support/robust-browsers';
import { countOurs, readQuotes } from './support/robust-probes';

/** Marks inside the regions that must stay untouched, and those regions' text and values. */
const untouched = () => {
  const ids = ['letter', 'code', 'chart', 'hidden', 'reply', 'subject'];
  return {
    marks: ids.map((id) => document.getElementById(id)?.querySelectorAll('onrecord-mark').length ?? -1),
    letter: document.getElementById('letter')?.textContent ?? '',
    reply: (document.getElementById('reply') as HTMLTextAreaElement).value,
    subject: (document.getElementById('subject') as HTMLInputElement).value,
  };
};

/** Boxes of the article's paragraphs and headings, to compare layout with and without highlights. */
const boxes = () =>
  Array.from(document.querySelectorAll('article p, article h1, article pre')).map((el) => {
    const r = el.getBoundingClientRect();
    return [Math.round(r.top), Math.round(r.left), Math.round(r.width), Math.round(r.height)].join(',');
  });

describe.each(ROBUST_BROWSERS)('what stays untouched in $name', ({ start }) => {
  let server: StaticServer;
  let driver: RobustDriver;
  const marksUntil = (done: (n: number) => boolean, ms = 10_000) =>
    pollUntil(async () => (await driver.evaluate(readQuotes, undefined)).quotes.length, done, ms, 50);

  beforeAll(async () => {
    server = await serveRobustSite(4096);
    driver = await start();
    await driver.open(`${server.url}editor.html`);
    await marksUntil((n) => n > 0);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('highlights the article but nothing in the editor, code, SVG, hidden text or form fields', async () => {
    const quotes = (await driver.evaluate(readQuotes, undefined)).quotes;
    expect(quotes.some((q) => q.text.includes('We will balance the books'))).toBe(true);
    const state = await driver.evaluate(untouched, undefined);
    expect(state.marks).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('lets the reader type in the editor without a highlight appearing or the text changing', async () => {
    const typed = ' "We will win this town back," said Mayor John Smith of Westford at the rally.';
    const before = await driver.evaluate(untouched, undefined);
    await driver.evaluate((text) => {
      const letter = document.getElementById('letter')!;
      letter.focus();
      const range = document.createRange();
      range.selectNodeContents(letter);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.execCommand('insertText', false, text);
    }, typed);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await driver.evaluate(untouched, undefined);
    expect(after.marks).toEqual([0, 0, 0, 0, 0, 0]);
    expect(after.letter.replace(/\s+/g, ' ')).toContain('said Mayor John Smith of Westford');
    expect(after.letter.startsWith(before.letter.trimEnd().slice(0, 40))).toBe(true);
  });

  it('keeps find, selection and links working across highlights', async () => {
    const result = await driver.evaluate(async () => {
      getSelection()?.removeAllRanges();
      const found = (window as unknown as { find(s: string): boolean }).find(
        'balance the books without asking working families',
      );
      const keller = document.getElementById('keller')!;
      const range = document.createRange();
      range.selectNodeContents(keller);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const selected = getSelection()?.toString() ?? '';
      getSelection()?.removeAllRanges();
      const link = document.getElementById('speech') as HTMLAnchorElement;
      (link.querySelector('onrecord-mark') ?? link).dispatchEvent(
        new MouseEvent('click', { bubbles: true, cancelable: true }),
      );
      // Firefox moves to a fragment a moment after the click.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { found, selected, text: keller.textContent ?? '', href: link.getAttribute('href'), hash: location.hash };
    }, undefined);
    expect(result.found).toBe(true);
    expect(result.selected.replace(/\s+/g, ' ').trim()).toBe(result.text.replace(/\s+/g, ' ').trim());
    expect(result.href).toBe('#speech-text');
    expect(result.hash).toBe('#speech-text');
  });

  it('removes everything when switched off for the site, with the layout as it was, and restores it', async () => {
    const withMarks = await driver.evaluate(boxes, undefined);
    const site = new URL(server.url).hostname;
    await driver.setSettings({ paused: false, disabledSites: [site] });
    const off = await pollUntil(
      () => driver.evaluate(countOurs, undefined),
      (n) => n === 0,
      5_000,
      50,
    );
    expect(off.ok, `OnRecord elements left: ${off.value}`).toBe(true);
    expect(await driver.evaluate(boxes, undefined)).toEqual(withMarks);
    const article = await driver.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const norm = (html: string) => html.replace(/\s+/g, ' ');
      return norm(document.querySelector('article')!.innerHTML) === norm(served.querySelector('article')!.innerHTML);
    }, undefined);
    expect(article, 'the article DOM is as served').toBe(true);
    await driver.setSettings({ paused: false, disabledSites: [] });
    expect((await marksUntil((n) => n > 0, 5_000)).ok).toBe(true);
  });

  it('removes everything when paused everywhere, and restores it', async () => {
    const count = (await driver.evaluate(readQuotes, undefined)).quotes.length;
    await driver.setSettings({ paused: true, disabledSites: [] });
    expect(
      (
        await pollUntil(
          () => driver.evaluate(countOurs, undefined),
          (n) => n === 0,
          5_000,
          50,
        )
      ).ok,
    ).toBe(true);
    await driver.setSettings({ paused: false, disabledSites: [] });
    const back = await marksUntil((n) => n === count, 5_000);
    expect(back.value).toBe(count);
  });

  it('leaves no highlight of the old version behind when the extension is updated', async () => {
    const before = (await driver.evaluate(readQuotes, undefined)).quotes.length;
    expect(before).toBeGreaterThan(0);
    // Tag the old version's highlights from the page, to tell them from any the new version draws.
    await driver.evaluate(() => {
      for (const mark of Array.from(document.querySelectorAll('onrecord-mark'))) mark.setAttribute('data-old', '');
    }, undefined);
    await driver.reloadExtension();
    // Chrome leaves the old copy running orphaned until it notices; Firefox starts the new copy in open tabs.
    const settled = await pollUntil(
      () =>
        driver.evaluate(
          () => ({
            old: document.querySelectorAll('onrecord-mark[data-old]').length,
            cards: document.querySelectorAll('onrecord-card').length,
          }),
          undefined,
        ),
      (state) => state.old === 0 && state.cards <= 1,
      8_000,
      100,
    );
    expect(settled.ok, JSON.stringify(settled.value)).toBe(true);
    const after = await driver.evaluate(readQuotes, undefined);
    expect(after.nested).toBe(0);
    expect([0, before]).toContain(after.quotes.length);
  });
});
