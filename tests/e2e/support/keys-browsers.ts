/**
 * Chromium and Firefox ESR with the extension, the seed page open, and what the keyboard, accessibility and
 * appearance tests need beyond the story driver: a way to run code inside the extension (to deliver the
 * shortcut's message as the background does, and to read the bound commands), the card frame, and the manager.
 */
import type { Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import { frameSnapshot, tabIdOf } from '@/scripts/support/page-probes';
import { launchFirefox, openExtensionPage } from './firefox';
import { createFirefoxDriver } from './firefox-driver';

/** A tab of the browser other than the story's page (the manager, the popup). */
export interface ExtraTab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** A browser with the extension and the story's page. */
export interface KeysDriver extends StoryDriver {
  /** Runs a self-contained function inside the extension (service worker, or an extension page in Firefox). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The id of the tab showing the story's page. */
  pageTabId(): Promise<number>;
  /** Runs a self-contained function in the card frame; null when there is no card frame. */
  inCard<R>(fn: () => R | Promise<R>): Promise<R | null>;
  /** The card frame element's title attribute, read from the test side (the page cannot reach the frame). */
  cardTitle(): Promise<string | null>;
  /** Opens an extension page (e.g. 'manager.html') in a tab of its own. */
  openExtensionTab(path: string): Promise<ExtraTab>;
}

/** Delivers the shortcut's message to a tab exactly as the background does on a command. */
export const sendStepMessage = async ({ tabId, direction }: { tabId: number; direction: 'next' | 'previous' }) => {
  const scope = globalThis as unknown as {
    browser?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
    chrome?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
  };
  const api = (scope.browser ?? scope.chrome)!;
  return api.tabs.sendMessage(tabId, { type: 'page/step', payload: { direction } });
};

/** The bound keyboard commands, as the extension itself reads them. */
export const readCommands = async (): Promise<{ name?: string; shortcut?: string }[]> => {
  const scope = globalThis as unknown as {
    browser?: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
    chrome?: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
  };
  return (scope.browser ?? scope.chrome)!.commands.getAll();
};

async function chromiumDriver(): Promise<KeysDriver & { page: PwPage; cardFrame(): PwFrame | undefined }> {
  const session = await launchChromium();
  const base = await createChromiumDriver(session);
  const cardFrame = () => base.page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()));
  const pageTabId = async () => {
    const id = await session.worker.evaluate(tabIdOf, base.page.url());
    if (id === undefined) throw new Error('no tab shows the page');
    return id;
  };
  return {
    ...base,
    cardFrame,
    inExtension: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (session.worker.evaluate.bind(session.worker) as (f: typeof fn, a: A) => Promise<R>)(fn, arg),
    pageTabId,
    async inCard(fn) {
      const frame = cardFrame();
      return frame ? frame.evaluate(fn) : null;
    },
    async cardTitle() {
      const element = await cardFrame()?.frameElement();
      return element ? element.getAttribute('title') : null;
    },
    async openExtensionTab(path) {
      const tab = await session.context.newPage();
      await tab.goto(`chrome-extension://${session.extensionId}/${path}`, { timeout: 30_000 });
      return {
        evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
          (tab.evaluate.bind(tab) as (f: typeof fn, a: A) => Promise<R>)(fn, arg),
        close: () => tab.close(),
      };
    },
  };
}

async function firefoxDriver(): Promise<KeysDriver & { page: PpPage }> {
  const session = await launchFirefox();
  const base = await createFirefoxDriver(session);
  let helper: PpPage | null = null;
  // Code that must run inside the extension runs in an extension page kept open in a second tab.
  const extensionPage = async () => {
    if (!helper) {
      helper = await session.browser.newPage();
      await openExtensionPage(helper, `${session.extensionOrigin}popup.html`);
      await base.page.bringToFront();
    }
    return helper;
  };
  const cardPrefix = `${session.extensionOrigin}card.html`;
  const findCard = async (): Promise<PpFrame | null> => {
    for (const frame of base.page.mainFrame().childFrames()) {
      const seen = await frame.evaluate(frameSnapshot).catch(() => null);
      if (seen?.href.startsWith(cardPrefix)) return frame;
    }
    return null;
  };
  return {
    ...base,
    async inExtension(fn, arg) {
      // biome-ignore lint/suspicious/noExplicitAny: puppeteer's evaluate types cannot follow a generic argument.
      return (await extensionPage()).evaluate(fn as any, arg) as never;
    },
    async pageTabId() {
      const id = await (await extensionPage()).evaluate(tabIdOf, base.page.url());
      if (id === undefined) throw new Error('no tab shows the page');
      return id;
    },
    async inCard(fn) {
      const frame = await findCard();
      // biome-ignore lint/suspicious/noExplicitAny: as above.
      return frame ? ((await frame.evaluate(fn as any)) as never) : null;
    },
    async cardTitle() {
      const element = await (await findCard())?.frameElement();
      return element ? element.evaluate((el) => el.getAttribute('title')) : null;
    },
    async openExtensionTab(path) {
      const tab = await session.browser.newPage();
      await openExtensionPage(tab, `${session.extensionOrigin}${path}`);
      return {
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        evaluate: async (fn, arg) => (await tab.evaluate(fn as any, arg)) as never,
        close: () => tab.close(),
      };
    },
  };
}

/** Both browsers, each started with the built extension. */
export const KEYS_BROWSERS: { name: 'chromium' | 'firefox'; start: () => Promise<KeysDriver> }[] = [
  { name: 'chromium', start: chromiumDriver },
  { name: 'firefox', start: firefoxDriver },
];

/** Chromium on its own, for checks that need its media emulation or its accessibility tree. */
export const startChromiumKeys = chromiumDriver;

/** What the shortcut tests read from the page: the quote whose card is open, and the focused quote. */
export const readQuoteState = () => ({
  expanded: [
    ...new Set(
      Array.from(document.querySelectorAll('[data-onrecord="quote"][aria-expanded="true"]')).map((el) =>
        el.getAttribute('data-onrecord-id'),
      ),
    ),
  ],
  focused: document.activeElement?.getAttribute('data-onrecord-id') ?? null,
  hasFocus: document.hasFocus(),
});

/** The focusable first piece of every quote in document order, as ids. */
export const readQuoteOrder = () =>
  Array.from(document.querySelectorAll('[data-onrecord="quote"][tabindex]')).map(
    (el) => el.getAttribute('data-onrecord-id') ?? '',
  );

/** Computed highlight colours of the first mark matching a selector. */
export const readMarkColours = (selector: string) => {
  const el = document.querySelector(selector);
  if (!el) return null;
  const s = getComputedStyle(el);
  return { line: s.textDecorationColor, fill: s.backgroundColor };
};

/** The colour a hex value computes to, as browsers serialise it ('rgb(r, g, b)'). */
export function rgbOf(hex: string): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
