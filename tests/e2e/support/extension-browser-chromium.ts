/** `launchWithExtension` for Chromium (playwright-core): see extension-browser.ts. */
import type { Frame, Page } from 'playwright-core';
import { CLICK_DELAY_MS } from '@/lib/page/dom/card-guard';
import { launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver, openPopupFor } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import { tabIdOf } from '@/scripts/support/page-probes';
import type { ExtensionBrowser, ExtensionTab, LaunchWithExtensionOptions } from './extension-browser';
import type { ButtonMatch } from './firefox-card-click';

// By path: with use_dynamic_url, Chrome may serve the card frame under a per-session host instead of the id.
const CARD_URL = /^chrome-extension:\/\/[^/]+\/card\.html/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chromium's ExtensionBrowser, with the story's playwright page for checks only Chromium can make. */
export interface ChromiumExtensionBrowser extends ExtensionBrowser {
  readonly driver: StoryDriver & { page: Page };
  /** The card frame, when there is one. */
  cardFrame(): Frame | undefined;
}

/** Runs in the service worker: reloads the extension, as an update does. */
const reloadRuntime = () =>
  (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();

/** Chromium with the extension and the story's tab. */
export async function launchChromiumWithExtension(
  options: LaunchWithExtensionOptions,
): Promise<ChromiumExtensionBrowser> {
  const session = await launchChromium(options);
  const driver = await createChromiumDriver(session);
  const extensionOrigin = `chrome-extension://${session.extensionId}/`;
  const cardOrNull = (): Frame | undefined => driver.page.frames().find((f) => CARD_URL.test(f.url()));
  const card = (): Frame => {
    const frame = cardOrNull();
    if (!frame) throw new Error('no card frame');
    return frame;
  };
  const openExtensionTab: ExtensionBrowser['openExtensionTab'] = async (path, size): Promise<ExtensionTab> => {
    const tab = await session.context.newPage();
    if (size) await tab.setViewportSize(size);
    await tab.goto(`${extensionOrigin}${path}`, { timeout: 30_000 });
    return {
      // Playwright's types cannot see that a generic A is its serialisable Arg; the interface is the check.
      evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        (tab.evaluate.bind(tab) as (f: typeof fn, a: A) => Promise<R>)(fn, arg),
      press: (key) => tab.keyboard.press(key),
      close: () => tab.close(),
    };
  };
  return {
    name: 'chromium',
    driver,
    extensionOrigin,
    extensionId: session.extensionId,
    cardFrame: cardOrNull,
    openExtensionTab,
    inExtension: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (session.worker.evaluate.bind(session.worker) as (f: typeof fn, a: A) => Promise<R>)(fn, arg),
    async storyTabId() {
      const id = await session.worker.evaluate(tabIdOf, driver.page.url());
      if (id === undefined) throw new Error(`no tab shows ${driver.page.url()}`);
      return id;
    },
    async reloadExtension() {
      // The worker goes away while answering. It is not found again: inExtension serves until the reload only.
      await session.worker.evaluate(reloadRuntime).catch(() => undefined);
    },
    async inManager(fn, arg) {
      const manager = await session.context.newPage();
      try {
        await manager.goto(`${extensionOrigin}manager.html`, { timeout: 30_000 });
        await manager.waitForSelector('input[type="file"]', { timeout: 30_000 });
        return await (manager.evaluate.bind(manager) as (f: typeof fn, a: typeof arg) => ReturnType<typeof fn>)(
          fn,
          arg,
        );
      } finally {
        await manager.close();
      }
    },
    async inPopup(fn) {
      const popup = await openPopupFor(session, driver.page);
      try {
        return await popup.evaluate(fn);
      } finally {
        await popup.close();
      }
    },
    async inCard(fn) {
      const frame = cardOrNull();
      return frame ? await frame.evaluate(fn).catch(() => null) : null;
    },
    async clickInCard(text, match: ButtonMatch = 'exact') {
      // The click guard ignores the pointer for a moment after the card appears; a reader clicks after that.
      await new Promise((resolve) => setTimeout(resolve, CLICK_DELAY_MS + 300));
      const button =
        match === 'exact'
          ? card().getByRole('button', { name: text, exact: true })
          : card().locator('button', { hasText: new RegExp(`^\\s*${escapeRegExp(text)}`) });
      await button.first().click({ timeout: 5_000 });
    },
    async typeInCard(selector, text) {
      await card().locator(selector).first().pressSequentially(text, { timeout: 5_000 });
    },
    async selectInCard(selector, value) {
      await card().locator(selector).first().selectOption(value);
    },
    async clickAt(x, y) {
      await driver.page.mouse.click(x, y);
    },
    close: session.close,
  };
}
