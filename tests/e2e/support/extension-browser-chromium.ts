/** `launchWithExtension` for Chromium (playwright-core): see extension-browser.ts. */
import type { Frame } from 'playwright-core';
import { CLICK_DELAY_MS } from '@/lib/page/dom/card-guard';
import { launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver, openPopupFor } from '@/scripts/support/chromium-driver';
import type { ExtensionBrowser, ExtensionTab, LaunchWithExtensionOptions } from './extension-browser';
import type { ButtonMatch } from './firefox-card-click';

// By path: with use_dynamic_url, Chrome may serve the card frame under a per-session host instead of the id.
const CARD_URL = /^chrome-extension:\/\/[^/]+\/card\.html/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chromium with the extension and the story's tab. */
export async function launchChromiumWithExtension(options: LaunchWithExtensionOptions): Promise<ExtensionBrowser> {
  const session = await launchChromium(options);
  const driver = await createChromiumDriver(session);
  const extensionOrigin = `chrome-extension://${session.extensionId}/`;
  const cardOrNull = (): Frame | undefined => driver.page.frames().find((f) => CARD_URL.test(f.url()));
  const card = (): Frame => {
    const frame = cardOrNull();
    if (!frame) throw new Error('no card frame');
    return frame;
  };
  const openExtensionTab = async (path: string): Promise<ExtensionTab> => {
    const tab = await session.context.newPage();
    await tab.goto(`${extensionOrigin}${path}`, { timeout: 30_000 });
    return {
      // Playwright's types cannot see that a generic A is its serialisable Arg; the interface is the check.
      evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        (tab.evaluate.bind(tab) as (f: typeof fn, a: A) => Promise<R>)(fn, arg),
      close: () => tab.close(),
    };
  };
  return {
    name: 'chromium',
    driver,
    extensionOrigin,
    openExtensionTab,
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
