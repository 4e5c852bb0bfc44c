/**
 * Articles outside the page's own DOM tree, in real Chromium and Firefox: one rendered into an open shadow
 * root (a web component), one shown in a same-origin frame. Both are highlighted, hovering a quote there
 * opens the card next to it with the library's statement, and switching off clears them too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { serveRobustSite } from '@/scripts/support/robust-pages';
import type { StaticServer } from '@/scripts/support/serve';
import { ROBUST_BROWSERS, type RobustDriver } from './support/robust-browsers';
import { countOurs, type QuoteOnPage, readQuotes } from './support/robust-probes';

const WANG = 'China always respects the sovereignty';
const LIBRARY_STATEMENT = 'Ukraine is no exception';

describe.each(ROBUST_BROWSERS)('shadow roots and frames in $name', ({ start }) => {
  let server: StaticServer;
  let driver: RobustDriver;
  const wangQuote = async (where: string) => {
    const found = await pollUntil(
      () => driver.evaluate(readQuotes, undefined),
      (r) => r.quotes.some((q) => q.where === where && q.text.includes(WANG)),
      10_000,
      50,
    );
    return found.value.quotes.find((q) => q.where === where && q.text.includes(WANG)) as QuoteOnPage;
  };
  const cardShows = () =>
    pollUntil(
      async () => ((await driver.cardVisible()) ? await driver.cardText() : null),
      (text) => !!text?.includes(LIBRARY_STATEMENT),
      10_000,
    );

  beforeAll(async () => {
    server = await serveRobustSite(4096);
    driver = await start();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('highlights an article in an open shadow root and opens its card on hover', async () => {
    await driver.open(`${server.url}shadow.html`);
    const quote = await wangQuote('shadow:news-story');
    expect(quote, 'Wang Yi quote highlighted in the shadow root').toBeDefined();
    const { quotes } = await driver.evaluate(readQuotes, undefined);
    expect(quotes.filter((q) => q.where === 'document')).toEqual([]);
    await driver.hoverAway();
    await driver.hover(driver.deep(`onrecord-mark[data-onrecord="quote"][data-onrecord-id="${quote.id}"]`));
    expect((await cardShows()).ok, 'card with the library statement').toBe(true);
  });

  it('highlights an article in a same-origin frame and opens the card beside the quote', async () => {
    await driver.open(`${server.url}frames.html`);
    const quote = await wangQuote('frame:story');
    expect(quote, 'Wang Yi quote highlighted in the frame').toBeDefined();
    await driver.hoverAway();
    await driver.hoverInFrame(
      'frame-article.html',
      `onrecord-mark[data-onrecord="quote"][data-onrecord-id="${quote.id}"]`,
    );
    expect((await cardShows()).ok, 'card with the library statement').toBe(true);
    const gap = await driver.evaluate((id) => {
      const frame = document.getElementById('story') as HTMLIFrameElement;
      const mark = frame.contentDocument!.querySelector(`[data-onrecord-id="${id}"]`)!.getBoundingClientRect();
      const box = frame.getBoundingClientRect();
      const card = document.querySelector('onrecord-card')!.getBoundingClientRect();
      const top = box.top + mark.top;
      // The card sits just below or just above the quote, not somewhere else on the page.
      return Math.min(Math.abs(card.top - (top + mark.height)), Math.abs(card.bottom - top));
    }, quote.id);
    expect(gap).toBeLessThan(40);
  });

  it('reads a frame that loads another page, and a frame added later', async () => {
    await driver.evaluate(() => {
      (document.getElementById('story') as HTMLIFrameElement).src = 'frame-article.html?edition=2';
      const late = document.createElement('iframe');
      late.id = 'late';
      late.src = 'frame-article.html?late=1';
      late.style.height = '600px';
      document.body.append(late);
    }, undefined);
    const both = await pollUntil(
      () =>
        driver.evaluate(() => {
          const marked = (id: string) => {
            const frame = document.getElementById(id) as HTMLIFrameElement;
            const doc = frame.contentDocument;
            return !!doc?.location.search && !!doc.querySelector('onrecord-mark[data-onrecord="quote"]');
          };
          return { story: marked('story'), late: marked('late') };
        }, undefined),
      (state) => state.story && state.late,
      10_000,
      100,
    );
    expect(both.value).toEqual({ story: true, late: true });
  });

  it('clears the frame and the shadow root when switched off', async () => {
    expect(await driver.evaluate(countOurs, undefined)).toBeGreaterThan(0);
    await driver.setSettings({ paused: true, disabledSites: [] });
    const off = await pollUntil(
      () => driver.evaluate(countOurs, undefined),
      (n) => n === 0,
      5_000,
      50,
    );
    expect(off.ok, `OnRecord elements left: ${off.value}`).toBe(true);
    await driver.setSettings({ paused: false, disabledSites: [] });
    expect((await wangQuote('frame:story')).id).toBeTruthy();
  });
});
