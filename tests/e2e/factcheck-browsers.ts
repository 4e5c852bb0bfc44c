/**
 * A browser for the fact-check stories, the same in Chromium and Firefox ESR: the shared page driver, probes run
 * inside the card frame, and the popup and the manager driven through their own controls for the story's tab.
 */
import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver, openPopupFor } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import { tabIdOf } from '@/scripts/support/page-probes';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { findCardFrame } from './support/firefox-card-frame';
import { createFirefoxDriver } from './support/firefox-driver';

/** What the fact-check stories need besides the shared driver. */
export interface FactCheckBrowser {
  driver: StoryDriver;
  /** Runs a self-contained function in the card frame; null while there is none. */
  inCard<R>(fn: () => R): Promise<R | null>;
  /** Opens a page of the extension in a tab of its own (the popup for the story's tab), runs `fn` there, closes it. */
  inPopup<R>(fn: () => R | Promise<R>): Promise<R>;
  inManager<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** Chromium through playwright-core. */
export async function factCheckChromium(): Promise<FactCheckBrowser> {
  const session = await launchChromium();
  const driver = await createChromiumDriver(session);
  const card = (): PlaywrightFrame | undefined =>
    driver.page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()));
  return {
    driver,
    async inCard(fn) {
      const frame = card();
      return frame ? await frame.evaluate(fn).catch(() => null) : null;
    },
    async inPopup(fn) {
      const popup = await openPopupFor(session, driver.page);
      try {
        return (await popup.evaluate(fn)) as Awaited<ReturnType<typeof fn>>;
      } finally {
        await popup.close();
      }
    },
    async inManager(fn, arg) {
      const m = await session.context.newPage();
      await m.goto(`chrome-extension://${session.extensionId}/manager.html`);
      await m.waitForSelector('input[type="file"]', { timeout: 30_000 });
      try {
        return (await m.evaluate(fn as (a: unknown) => unknown, arg)) as Awaited<ReturnType<typeof fn>>;
      } finally {
        await m.close();
      }
    },
    close: session.close,
  };
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi. */
export async function factCheckFirefox(): Promise<FactCheckBrowser> {
  const session = await launchFirefox();
  const driver = await createFirefoxDriver(session);
  const origin = session.extensionOrigin;
  return {
    driver,
    async inCard(fn) {
      const frame = (await findCardFrame(driver.page, origin))?.frame;
      return frame ? await frame.evaluate(fn).catch(() => null) : null;
    },
    async inPopup(fn) {
      const pageUrl = driver.page.url();
      const popup: PuppeteerPage = await session.browser.newPage();
      try {
        await openExtensionPage(popup, `${origin}popup.html`);
        const tabId = await popup.evaluate(tabIdOf, pageUrl);
        if (tabId === undefined) throw new Error(`no tab shows ${pageUrl}`);
        await openExtensionPage(popup, `${origin}popup.html?tab=${tabId}`);
        return (await popup.evaluate(fn)) as Awaited<ReturnType<typeof fn>>;
      } finally {
        await popup.close();
      }
    },
    async inManager(fn, arg) {
      const m: PuppeteerPage = await session.browser.newPage();
      await openExtensionPage(m, `${origin}manager.html`);
      await m.waitForSelector('input[type="file"]', { timeout: 30_000 });
      try {
        return (await m.evaluate(fn as (a: unknown) => unknown, arg)) as Awaited<ReturnType<typeof fn>>;
      } finally {
        await m.close();
      }
    },
    close: session.close,
  };
}

/** Runs inside the card frame: the fact-check section's text and links, and whether the library answered. */
export const readFactChecks = () => {
  const section = document.querySelector('.fact-checks');
  return {
    busy: document.querySelector('section.card')?.getAttribute('aria-busy') ?? null,
    quote: document.querySelector('blockquote.quote')?.textContent?.trim() ?? '',
    text: section?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    links: [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
  };
};

/** Runs in the popup: waits for the page's fact-check line, presses *Save to my record*, returns both lines. */
export const saveFactChecksInPopup = async (): Promise<{ line: string; result: string }> => {
  const wait = async <T>(read: () => T | null | undefined, what: string): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = read();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const button = await wait(() => document.querySelector<HTMLButtonElement>('button.save-fact-checks'), 'Save');
  const line = button.parentElement?.textContent?.trim() ?? '';
  button.click();
  const result = await wait(
    () => document.querySelector('.page-fact-checks [role="status"]')?.textContent?.trim(),
    'the save result',
  );
  return { line, result };
};

/** Runs in the popup: the *Keep fact-checks I read* switch once drawn, and the page's fact-check line. */
export const readKeepSwitch = async (): Promise<{ keep: boolean; line: string }> => {
  for (let i = 0; i < 200; i++) {
    const input = document.querySelector<HTMLInputElement>('.page-fact-checks input[role="switch"]');
    const line = document.querySelector('.page-fact-checks .note')?.textContent?.trim() ?? '';
    if (input && line) return { keep: input.checked, line };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out waiting for the fact-check lines');
};

/** Runs in the popup: switches *Keep fact-checks I read* on and waits until the popup reads it back as on. */
export const turnKeepOn = async (): Promise<boolean> => {
  const find = () => document.querySelector<HTMLInputElement>('.page-fact-checks input[role="switch"]');
  for (let i = 0; i < 200 && !find(); i++) await new Promise((r) => setTimeout(r, 50));
  find()?.click();
  for (let i = 0; i < 200; i++) {
    if (find()?.getAttribute('aria-checked') === 'true') return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
};

/** Runs in an extension page: the library's reviews (verdict and fact-checker) and its people's names and links. */
export const readLibraryReviews = (): Promise<{
  reviews: { verdict: string; reviewer: string }[];
  people: { name: string; links: string[] }[];
}> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('onrecord');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['reviews', 'people'], 'readonly');
      const reviews = tx.objectStore('reviews').getAll();
      const people = tx.objectStore('people').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve({
          reviews: reviews.result.map((r) => ({ verdict: r.rating.alternateName, reviewer: r.reviewer.name })),
          people: people.result.map((p) => ({ name: p.name, links: p.links ?? [] })),
        });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
