/**
 * The side panel on a long live blog (hundreds of quotes) in real Chromium: it lists them all, but asks the
 * library only for the quotes in view, and for the rest as the reader scrolls to them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { BIG_LIVE_BLOG, serveRobustSite } from '@/scripts/support/robust-pages';
import type { StaticServer } from '@/scripts/support/serve';
import { lookedUp, PANEL_BROWSERS, type PanelSession, scrollPanelToEnd } from './support/panel-browsers';

const chromium = PANEL_BROWSERS.filter((b) => b.name === 'chromium');

describe.each(chromium)('the side panel on a long page in $name', ({ name, start }) => {
  let server: StaticServer;
  let session: PanelSession;

  beforeAll(async () => {
    server = await serveRobustSite(150 * 1024);
    session = await start();
    await session.driver.open(`${server.url}${BIG_LIVE_BLOG}`);
    await pollUntil(
      () => session.driver.evaluate(() => document.querySelectorAll('[data-onrecord="quote"]').length, undefined),
      (n) => n > 200,
      30_000,
      200,
    );
    await session.openPanel();
  });

  afterAll(async () => {
    await session?.driver.close();
    await server?.close();
  });

  it('looks up the quotes in view, not the whole page, and the rest as they scroll into view', async () => {
    const listed = await pollUntil(
      () => session.inPanel(lookedUp, undefined),
      (c) => c.listed > 200 && c.answered > 0,
      20_000,
      200,
    );
    expect(listed.ok, JSON.stringify(listed.value)).toBe(true);
    // Let any stray lookups land before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const first = await session.inPanel(lookedUp, undefined);
    console.log(`[${name}] ${first.listed} quotes listed, ${first.answered} looked up before scrolling`);
    expect(first.answered).toBeLessThan(first.listed / 4);
    await session.inPanel(scrollPanelToEnd, undefined);
    const scrolled = await pollUntil(
      () => session.inPanel(lookedUp, undefined),
      (c) => c.answered > first.answered,
      10_000,
      200,
    );
    expect(scrolled.ok, JSON.stringify(scrolled.value)).toBe(true);
    expect(scrolled.value.answered).toBeLessThan(scrolled.value.listed / 2);
    const last = await session.inPanel(
      () => Array.from(document.querySelectorAll('li.item .summary')).at(-1)?.textContent ?? '',
      undefined,
    );
    expect(last).not.toMatch(/^Looking/);
  });
});
