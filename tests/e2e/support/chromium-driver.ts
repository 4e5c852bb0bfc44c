/** The story driver for Chromium (playwright-core). */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { pollUntil, type StoryDriver } from './driver';
import { visibleText } from './page-probes';

/** The slice of the extension API the tests call inside the service worker. */
interface ExtensionGlobal {
  chrome: { tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> } };
}

/** Wraps a launched Chromium session; the story's page is one tab of it. */
export async function createChromiumDriver(session: ChromiumSession): Promise<StoryDriver & { page: Page }> {
  const { context, extensionId, worker } = session;
  const page = context.pages()[0] ?? (await context.newPage());
  // By path: with use_dynamic_url, Chrome may serve the card frame under a per-session host instead of the id.
  const cardUrl = /^chrome-extension:\/\/[^/]+\/card\.html/;
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
    async hoverAway() {
      await page.mouse.move(1, 1);
    },
    async cardText() {
      const frame = page.frames().find((f) => cardUrl.test(f.url()));
      if (!frame) return null;
      return frame.evaluate(visibleText).catch(() => null);
    },
    async popupText(settled) {
      const pageUrl = page.url();
      // Compare URLs here rather than with a match pattern, which Firefox would not accept with a port.
      const tabs = await worker.evaluate(async () =>
        (await (globalThis as unknown as ExtensionGlobal).chrome.tabs.query({})).map((t) => [t.id, t.url] as const),
      );
      const tabId = tabs.find(([, url]) => url === pageUrl)?.[0];
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { timeout: 30_000 });
      const read = () => popup.evaluate(visibleText);
      const { value } = await pollUntil(read, settled, 10_000, 100);
      await popup.close();
      return value;
    },
    close: session.close,
  };
}
