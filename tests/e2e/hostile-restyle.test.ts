/**
 * A page that tries to hide, restyle or cover the card (tests/fixtures/pages/hostile/restyle.html): a
 * stylesheet that aims every hiding and distorting property at anything beside <head> and <body>, at the
 * card's tag and at every iframe, and an opaque cover stacked as high as a page can stack where the card
 * opens. With CSS alone the card must still open, full size, on top, and the page must keep working. With
 * script (?hide, ?remove, ?cover) the page can reach the host element itself; what that does is recorded too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_SIZE } from '../../lib/dom/card-frame';
import { type StaticServer, startStaticServer } from '../../scripts/serve';
import { closeCard, HOSTILE_BROWSERS, type HostileDriver, openCard, openMarked, readSpy } from './hostile-support';
import { pollUntil } from './support/driver';
import { type LoggingProxy, nonLocalRequests, startLoggingProxy } from './support/proxy';

const QUOTE = '[data-onrecord="quote"]';
const MUNICH = 'Ukraine is no exception';

/** Whether the card host is what a page's own hit test finds at the card's centre, and how it looks there. */
const hostSeen = () => {
  const host = document.querySelector('onrecord-card');
  if (!host) return null;
  const r = host.getBoundingClientRect();
  const s = getComputedStyle(host);
  return {
    width: Math.round(r.width),
    height: Math.round(r.height),
    onScreen: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    onTop: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host,
    look: [s.display, s.visibility, s.opacity, s.transform, s.filter, s.clipPath].join('|'),
  };
};

describe.each(HOSTILE_BROWSERS)('a page that restyles the card, in $name', ({ name, start }) => {
  let server: StaticServer;
  let proxy: LoggingProxy;
  let driver: HostileDriver;

  beforeAll(async () => {
    server = await startStaticServer();
    proxy = await startLoggingProxy();
    driver = await start(proxy.port);
  });

  afterAll(async () => {
    await driver?.close();
    await proxy?.close();
    await server?.close();
  });

  // The host's left/top are normal declarations (Firefox does not lay out !important ones a content script
  // writes), so a page rule with !important moves the card off screen.
  it.fails('cannot move the card off screen with CSS', async () => {
    await openMarked(driver, `${server.url}hostile/restyle.html`);
    await openCard(driver, QUOTE, MUNICH);
    expect(await driver.evaluate(hostSeen, undefined)).toMatchObject({ onScreen: true, onTop: true });
  });

  it('cannot hide, shrink, blur, fade or cover the card with CSS', async () => {
    await closeCard(driver);
    await driver.evaluate(() => document.getElementById('move')?.remove(), undefined);
    expect(await openCard(driver, QUOTE, MUNICH)).toContain(MUNICH);
    const seen = await driver.evaluate(hostSeen, undefined);
    expect(await driver.cardVisible()).toBe(true);
    expect(seen).toEqual({
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      onScreen: true,
      onTop: true,
      look: 'block|visible|1|none|none|none',
    });
  });

  it('keeps the page working: its own button still takes a real click', async () => {
    await closeCard(driver);
    await driver.click('#page-button');
    expect((await driver.evaluate(readSpy, undefined)).clicks).toBe(1);
  });

  const shownByScript = async (attack: string) => {
    await openMarked(driver, `${server.url}hostile/restyle.html?${attack}`);
    // Only the scripted attack here: the off-screen rule is pinned by its own test above.
    await driver.evaluate(() => document.getElementById('move')?.remove(), undefined);
    await driver.hover(QUOTE);
    await pollUntil(
      async () => (await driver.cardText()) ?? '',
      (t) => t.includes(MUNICH),
      3_000,
      50,
    );
    const seen = await driver.evaluate(hostSeen, undefined);
    return seen?.width === CARD_SIZE.width && seen.height === CARD_SIZE.height && seen.onTop && seen.onScreen;
  };

  // A page owns its DOM: script can always restyle, remove or out-stack an element in it. What a page
  // gains at most is that the reader does not see the card there; it learns nothing from the library.
  // The card host's inline style is written afresh, and a removed host put back, on every show.
  it('still shows the card when page script hides the host with an inline style', async () => {
    expect(await shownByScript('hide')).toBe(true);
  });

  // Firefox does not draw the frame of a re-attached host within the wait; Chromium does.
  (name === 'firefox' ? it.fails : it)('still shows the card when page script removes the host', async () => {
    expect(await shownByScript('remove')).toBe(true);
  });

  // A cover appended after the host, as high as the host, wins by tree order. In Chromium the card's hit test
  // still finds the host there, so the check is inconclusive; it is walked in Firefox, where it fails.
  (name === 'firefox' ? it.fails : it.skip)(
    'still shows the card when page script stacks a cover after the host',
    async () => {
      expect(await shownByScript('cover')).toBe(true);
    },
  );

  it('makes no request beyond localhost', () => {
    expect(nonLocalRequests(proxy.requests)).toEqual([]);
  });
});
