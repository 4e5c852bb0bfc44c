/** The story driver for Firefox ESR (puppeteer-core over WebDriver BiDi). */
import type { EvaluateFunc, Page } from 'puppeteer-core';
import { pollUntil, type StoryDriver } from '@/scripts/support/driver';
import { tabIdOf, visibleText } from '@/scripts/support/page-probes';
import { type FirefoxSession, openExtensionPage } from './firefox';
import { findCardFrame } from './firefox-card-frame';

/** Wraps a launched Firefox session; the story's page is one tab of it. */
export async function createFirefoxDriver(session: FirefoxSession): Promise<StoryDriver & { page: Page }> {
  const { browser, extensionOrigin, page } = session;
  const findCard = () => findCardFrame(page, extensionOrigin);
  return {
    browserName: 'firefox',
    page,
    async open(url) {
      // Firefox aborts a navigation that meets one still settling (the extension's own tab opening, a late
      // reload): that is the harness racing the browser, not the page failing, so go once more.
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch((error: unknown) => {
        if (!String(error).includes('NS_BINDING_ABORTED')) throw error;
        return page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      });
    },
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as EvaluateFunc<[A]>, arg) as Promise<R>,
    async hover(selector) {
      await page.hover(selector);
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async focus(selector) {
      await page.focus(selector);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async hoverAway() {
      await page.mouse.move(1, 1);
    },
    async cardText() {
      return (await findCard())?.text ?? null;
    },
    async cardVisible() {
      const element = await (await findCard())?.frame.frameElement();
      return element ? element.isVisible() : null;
    },
    async popupText(settled) {
      const pageUrl = page.url();
      const popup = await browser.newPage();
      await openExtensionPage(popup, `${extensionOrigin}popup.html`);
      const tabId = await popup.evaluate(tabIdOf, pageUrl);
      if (tabId === undefined) throw new Error(`no tab shows ${pageUrl}`);
      await openExtensionPage(popup, `${extensionOrigin}popup.html?tab=${tabId}`);
      const read = () => popup.evaluate(visibleText);
      const { value } = await pollUntil(read, settled, 10_000, 100);
      await popup.close();
      return value;
    },
    close: session.close,
  };
}
