/**
 * First run, in real Chromium and Firefox ESR: installing OnRecord opens its welcome page once (with the legend
 * of the marks and the privacy promise), and an extension reload (runtime.reload(), as an update does) does
 * not open it again. Both browsers run behind the logging proxy.
 */
import { describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { type WelcomeCandidate, welcomeTabs } from '@/scripts/support/welcome-tab';
import { launchFirefox, openExtensionPage } from './support/firefox';

/** How long a reloaded extension has to open a welcome tab it should not open. */
const SETTLE_MS = 5_000;

/** What the welcome page must say, read from its text. */
const WELCOME_TEXT = [/soft highlight is a quote/i, /dotted underline is a person/i, /no network request/i];

/** A tab both drivers can count and read. */
type Tab = WelcomeCandidate;

async function countWelcome(tabs: () => Promise<Tab[]>, atLeast: number, timeoutMs: number): Promise<Tab[]> {
  const { value } = await pollUntil(
    async () => welcomeTabs(await tabs().catch(() => [] as Tab[])),
    (found) => found.length >= atLeast,
    timeoutMs,
    100,
  );
  return value;
}

async function checkWelcome(tab: Tab): Promise<void> {
  await pollUntil(
    () => tab.evaluate(() => document.readyState).catch(() => ''),
    (state) => state === 'complete',
    10_000,
  );
  const text = (await tab.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
  for (const pattern of WELCOME_TEXT) expect(text).toMatch(pattern);
}

describe('first run', () => {
  it('Chromium: install opens the welcome page once, a reload does not', async () => {
    const session = await launchChromium({ keepWelcome: true, developerMode: true });
    try {
      const tabs = async () => session.context.pages() as unknown as Tab[];
      const first = await countWelcome(tabs, 1, 15_000);
      expect(first).toHaveLength(1);
      await checkWelcome(first[0]!);
      const before = session.worker;
      await first[0]!
        .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
        .catch(() => undefined);
      // The extension is back when a new service worker runs; then it has had its chance to open a tab.
      const back = await pollUntil(
        async () =>
          session.context.serviceWorkers().filter((w) => w !== before && w.url().includes(session.extensionId)),
        (workers) => workers.length > 0,
        30_000,
        100,
      );
      expect(back.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      expect(await welcomeTabs(await tabs())).toHaveLength(0);
    } finally {
      await session.close();
    }
  }, 120_000);

  it('Firefox: install opens the welcome page once, a reload does not', async () => {
    const session = await launchFirefox({ keepWelcome: true });
    try {
      const tabs = async () => (await session.browser.pages()) as unknown as Tab[];
      const first = await countWelcome(tabs, 1, 15_000);
      expect(first).toHaveLength(1);
      await checkWelcome(first[0]!);
      await first[0]!
        .evaluate(() =>
          (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(),
        )
        .catch(() => undefined);
      // The extension is back when one of its pages loads again (a new tab each try, as the reload closes them).
      const opensManager = async () => {
        const page = await session.browser.newPage().catch(() => null);
        if (!page) return false;
        try {
          await openExtensionPage(page, `${session.extensionOrigin}manager.html`);
          return await page.evaluate(() => document.querySelector('main') !== null);
        } catch {
          return false;
        } finally {
          await page.close().catch(() => undefined);
        }
      };
      const back = await pollUntil(opensManager, (ok) => ok, 40_000, 500);
      expect(back.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      expect(await welcomeTabs(await tabs())).toHaveLength(0);
    } finally {
      await session.close();
    }
  }, 120_000);
});
