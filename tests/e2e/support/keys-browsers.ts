/**
 * Chromium and Firefox ESR with the extension, the seed page open, and what the keyboard, accessibility and
 * appearance tests need beyond the story driver: a way to run code inside the extension (to deliver the
 * shortcut's message as the background does, and to read the bound commands), the card frame, and the manager.
 */
import type { Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { StoryDriver } from '@/scripts/support/driver';
import type { ExtensionTab } from './extension-browser';
import { launchChromiumWithExtension } from './extension-browser-chromium';
import { launchFirefoxWithExtension } from './extension-browser-firefox';

/** A tab of the browser other than the story's page (the manager, the popup). */
export type ExtraTab = ExtensionTab;

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
  const browser = await launchChromiumWithExtension({});
  const { cardFrame } = browser;
  return {
    ...browser.driver,
    cardFrame,
    inExtension: browser.inExtension,
    pageTabId: browser.storyTabId,
    inCard: browser.inCard,
    async cardTitle() {
      const element = await cardFrame()?.frameElement();
      return element ? element.getAttribute('title') : null;
    },
    openExtensionTab: (path) => browser.openExtensionTab(path),
  };
}

async function firefoxDriver(): Promise<KeysDriver & { page: PpPage }> {
  const browser = await launchFirefoxWithExtension({});
  return {
    ...browser.driver,
    inExtension: browser.inExtension,
    pageTabId: browser.storyTabId,
    inCard: browser.inCard,
    async cardTitle() {
      const element = await (await browser.cardFrame())?.frameElement();
      return element ? element.evaluate((el) => el.getAttribute('title')) : null;
    },
    openExtensionTab: (path) => browser.openExtensionTab(path),
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
