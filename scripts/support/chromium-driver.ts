/** The story driver for Chromium (playwright-core). */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { pollUntil, type StoryDriver } from './driver';
import { tabIdOf, visibleText } from './page-probes';

/** Opens the popup in a tab of its own, for the tab showing `page` (the popup takes that tab's id as ?tab=). */
export async function openPopupFor(session: ChromiumSession, page: Page, viewport = { width: 360, height: 600 }) {
  const tabId = await session.worker.evaluate(tabIdOf, page.url());
  if (tabId === undefined) throw new Error(`no tab shows ${page.url()}`);
  const popup = await session.context.newPage();
  await popup.setViewportSize(viewport);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`, { timeout: 30_000 });
  return popup;
}

/** Wraps a launched Chromium session; the story's page is one tab of it. */
export async function createChromiumDriver(session: ChromiumSession): Promise<StoryDriver & { page: Page }> {
  const { context } = session;
  const page = context.pages()[0] ?? (await context.newPage());
  // By path: with use_dynamic_url, Chrome may serve the card frame under a per-session host instead of the id.
  const cardUrl = /^chrome-extension:\/\/[^/]+\/card\.html/;
  const cardFrame = () => page.frames().find((f) => cardUrl.test(f.url()));
  return {
    browserName: 'chromium',
    page,
    async open(url) {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    },
    // Playwright's own types cannot see that a generic A is its serialisable Arg; the driver's signature is the check.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (page.evaluate.bind(page) as (f: typeof fn, a: A) => Promise<R>)(fn, arg),
    async hover(selector) {
      await page.locator(selector).first().hover({ timeout: 10_000 });
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async focus(selector) {
      await page.locator(selector).first().focus({ timeout: 10_000 });
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async hoverAway() {
      await page.mouse.move(1, 1);
    },
    async cardText() {
      const frame = cardFrame();
      return frame ? frame.evaluate(visibleText).catch(() => null) : null;
    },
    async cardVisible() {
      const element = await cardFrame()?.frameElement();
      return element ? element.isVisible() : null;
    },
    async popupText(settled) {
      const popup = await openPopupFor(session, page);
      const { value } = await pollUntil(() => popup.evaluate(visibleText), settled, 10_000, 100);
      await popup.close();
      return value;
    },
    close: session.close,
  };
}
