/**
 * Appearance in real browsers. In Chromium and Firefox ESR: a colour changed in the manager's Appearance
 * section repaints the highlights of a page already open in another tab, an invalid value changes nothing, a
 * colour hard to see gets a warning, and "Reset to defaults" brings the original look back. In Chromium (whose
 * media emulation reaches the card's extension frame): highlights, the card, the popup and the manager follow
 * prefers-color-scheme, and nothing animates under prefers-reduced-motion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tintsFor } from '@/lib/core/colours';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks } from '@/scripts/support/page-probes';
import { SEED_PAGE } from '@/scripts/support/seed-story';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import {
  type ExtraTab,
  KEYS_BROWSERS,
  type KeysDriver,
  readMarkColours,
  rgbOf,
  sendStepMessage,
  startChromiumKeys,
} from './support/keys-browsers';

/** A whole-sentence quote whose card is not open (an open card's quote is tinted more strongly). */
const DIRECT = '[data-onrecord="quote"][data-onrecord-kind="direct"]:not([aria-expanded="true"])';
const PERSON = '[data-onrecord="person"]';
/** The default look (entrypoints/content/style.css), as browsers compute it. */
const DEFAULT_LIGHT = { line: 'rgba(200, 140, 0, 0.75)', fill: 'rgba(255, 200, 40, 0.18)' };
const DEFAULT_PERSON_LIGHT = 'rgba(40, 110, 200, 0.85)';
const GREEN = '#2a9d3c';

/** Types into one of the manager's hex fields as a reader would (the field's own input event). */
const typeColour = ({ target, value }: { target: string; value: string }) => {
  const details = document.querySelector('details.appearance') as HTMLDetailsElement | null;
  if (details) details.open = true;
  const input = document.getElementById(`colour-${target}`) as HTMLInputElement | null;
  if (!input) return false;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
};

async function openSeed(driver: KeysDriver, server: StaticServer): Promise<void> {
  await driver.open(`${server.url}${SEED_PAGE}`);
  await pollUntil(
    () => driver.evaluate(collectMarks, undefined),
    (m) => m.quotes.length > 3,
    15_000,
  );
}

describe.each(KEYS_BROWSERS)('highlight colours from the manager in $name', ({ start }) => {
  let server: StaticServer;
  let driver: KeysDriver;
  let manager: ExtraTab;
  const colourOf = (selector: string) => driver.evaluate(readMarkColours, selector);
  const colourBecomes = (selector: string, expected: { line: string; fill?: string }) =>
    pollUntil(
      () => colourOf(selector),
      (c) => c?.line === expected.line && (expected.fill === undefined || c.fill === expected.fill),
      5_000,
      50,
    );

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await start();
    await openSeed(driver, server);
    manager = await driver.openExtensionTab('manager.html');
    await pollUntil(
      () => manager.evaluate(() => !!document.getElementById('colour-direct'), undefined),
      (ready) => ready,
      10_000,
    );
  });

  afterAll(async () => {
    await manager?.close();
    await driver?.close();
    await server?.close();
  });

  it('starts from the default look', async () => {
    expect(await colourOf(DIRECT)).toEqual(DEFAULT_LIGHT);
    expect((await colourOf(PERSON))?.line).toBe(DEFAULT_PERSON_LIGHT);
  });

  it('repaints the open page when a colour changes in the manager, that kind only', async () => {
    expect(await manager.evaluate(typeColour, { target: 'direct', value: GREEN })).toBe(true);
    const light = tintsFor(GREEN, 'light');
    const changed = await colourBecomes(DIRECT, { line: rgbOf(light.line), fill: 'rgba(42, 157, 60, 0.18)' });
    expect(changed.ok, JSON.stringify(changed.value)).toBe(true);
    expect((await colourOf(PERSON))?.line).toBe(DEFAULT_PERSON_LIGHT);
    // The preview in the manager shows the same colour.
    const preview = await manager.evaluate(
      () => (document.querySelector('[data-preview="direct"]') as HTMLElement | null)?.style.textDecorationColor ?? '',
      undefined,
    );
    expect(preview).toBe(rgbOf(light.line));
  });

  it('ignores a value that is not a hex colour, and says so', async () => {
    await manager.evaluate(typeColour, { target: 'person', value: '#12' });
    const field = await manager.evaluate(
      () => ({
        invalid: document.getElementById('colour-person')?.getAttribute('aria-invalid'),
        error: document.getElementById('colour-person-error')?.textContent ?? '',
      }),
      undefined,
    );
    expect(field).toEqual({ invalid: 'true', error: expect.stringMatching(/hex colour/) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await colourOf(PERSON))?.line).toBe(DEFAULT_PERSON_LIGHT);
  });

  it('warns about a colour that would be hard to see, and paints it all the same', async () => {
    await manager.evaluate(typeColour, { target: 'person', value: '#fff5cc' });
    const warning = await pollUntil(
      () => manager.evaluate(() => document.querySelector('.appearance .warnings')?.textContent ?? '', undefined),
      (text) => text.length > 0,
      3_000,
    );
    expect(warning.value).toMatch(/People and organisations: hard to see on light pages/);
    const painted = await colourBecomes(PERSON, { line: rgbOf(tintsFor('#fff5cc', 'light').line) });
    expect(painted.ok, JSON.stringify(painted.value)).toBe(true);
  });

  it('goes back to the default look with "Reset to defaults"', async () => {
    const clicked = await manager.evaluate(() => {
      const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Reset to defaults');
      button?.click();
      return !!button;
    }, undefined);
    expect(clicked).toBe(true);
    const back = await colourBecomes(DIRECT, DEFAULT_LIGHT);
    expect(back.ok, JSON.stringify(back.value)).toBe(true);
    expect((await colourOf(PERSON))?.line).toBe(DEFAULT_PERSON_LIGHT);
    // With the defaults the page carries no colour style at all.
    expect(await driver.evaluate(() => document.querySelectorAll('style[data-onrecord-style]').length, undefined)).toBe(
      0,
    );
  });
});

describe('dark mode and reduced motion in Chromium', () => {
  let server: StaticServer;
  let driver: Awaited<ReturnType<typeof startChromiumKeys>>;

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await startChromiumKeys();
    await openSeed(driver, server);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('switches the highlights between light and dark with the page', async () => {
    const { page } = driver;
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await driver.evaluate(readMarkColours, DIRECT)).toEqual(DEFAULT_LIGHT);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await driver.evaluate(readMarkColours, DIRECT)).toEqual({
      line: 'rgba(255, 200, 80, 0.8)',
      fill: 'rgba(255, 200, 40, 0.22)',
    });
    expect((await driver.evaluate(readMarkColours, PERSON))?.line).toBe('rgba(120, 180, 255, 0.9)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('switches the card between light and dark, and stops its animation under reduced motion', async () => {
    const { page } = driver;
    const tabId = await driver.pageTabId();
    await driver.inExtension(sendStepMessage, { tabId, direction: 'next' });
    const shown = await pollUntil(
      () => driver.cardVisible(),
      (v) => v === true,
      5_000,
    );
    expect(shown.ok).toBe(true);
    const cardStyle = () =>
      driver.inCard(() => {
        const card = document.querySelector('.card');
        return {
          background: getComputedStyle(document.body).backgroundColor,
          animation: card ? getComputedStyle(card).animationName : '',
        };
      });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    expect(await cardStyle()).toEqual({ background: 'rgb(255, 253, 248)', animation: 'appear' });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await cardStyle()).toEqual({ background: 'rgb(31, 29, 25)', animation: 'none' });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it.each(['popup.html', 'manager.html'])(
    'switches %s to dark and stops every transition under reduced motion',
    async (path) => {
      const tab = await driver.openExtensionTab(path);
      const pages = driver.page.context().pages();
      const extensionPage = pages[pages.length - 1]!;
      // An element with its own transition, as any component could have: reduced motion must win over it.
      const read = () =>
        tab.evaluate(() => {
          let probe = document.getElementById('motion-probe');
          if (!probe) {
            probe = document.createElement('div');
            probe.id = 'motion-probe';
            probe.style.transition = 'opacity 400ms ease';
            document.body.appendChild(probe);
          }
          return {
            background: getComputedStyle(document.body).backgroundColor,
            transition: getComputedStyle(probe).transitionDuration,
          };
        }, undefined);
      try {
        await extensionPage.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
        const light = await read();
        expect(light.transition).toBe('0.4s');
        await extensionPage.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
        const dark = await read();
        expect(dark.transition).toBe('0s');
        expect(dark.background).toBe('rgb(31, 29, 25)');
        expect(light.background).not.toBe(dark.background);
      } finally {
        await tab.close();
      }
    },
  );

  it("draws the reader's colours in the dark variant on a dark page", async () => {
    const manager = await driver.openExtensionTab('manager.html');
    try {
      await pollUntil(
        () => manager.evaluate(() => !!document.getElementById('colour-direct'), undefined),
        (ready) => ready,
        10_000,
      );
      await manager.evaluate(typeColour, { target: 'direct', value: GREEN });
      await driver.page.emulateMedia({ colorScheme: 'dark' });
      const dark = await pollUntil(
        () => driver.evaluate(readMarkColours, DIRECT),
        (c) => c?.line === rgbOf(tintsFor(GREEN, 'dark').line),
        5_000,
      );
      expect(dark.ok, JSON.stringify(dark.value)).toBe(true);
      expect(dark.value?.fill).toBe('rgba(42, 157, 60, 0.22)');
    } finally {
      await driver.page.emulateMedia({ colorScheme: 'light' });
      await manager.close();
    }
  });
});
