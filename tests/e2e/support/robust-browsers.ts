/**
 * The browsers for the robustness tests: the story driver plus what those tests need besides it, switching
 * OnRecord off and on through the background from an extension page (as the popup does) and hovering inside a
 * frame.
 */
import { launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import { launchFirefox, openExtensionPage } from './firefox';
import { createFirefoxDriver } from './firefox-driver';

/** The reader's switches, as lib/core/settings stores them. */
export interface StoredSettings {
  paused: boolean;
  disabledSites: string[];
}

/** A story driver with the extra controls the robustness tests use. */
export interface RobustDriver extends StoryDriver {
  /** Has the background store the settings, as the popup does; every open tab hears of it. */
  setSettings(settings: StoredSettings): Promise<void>;
  /** Moves the real mouse over the first element matching `selector` inside the frame whose URL ends so. */
  hoverInFrame(urlEnd: string, selector: string): Promise<void>;
  /** Reloads the extension, as an update does; the page's tab stays open. */
  reloadExtension(): Promise<void>;
  /** A selector that also finds elements inside open shadow roots (each driver has its own syntax). */
  deep(selector: string): string;
}

/** A browser to run the robustness tests in. */
export interface RobustBrowser {
  name: 'chromium' | 'firefox';
  start(): Promise<RobustDriver>;
}

/** Runs in an extension page: asks the background to store the settings (only the popup and manager may). */
const sendSettings = async (settings: StoredSettings) => {
  const g = globalThis as unknown as {
    browser?: { runtime: { sendMessage(m: object): Promise<{ ok?: boolean; error?: string }> } };
    chrome?: { runtime: { sendMessage(m: object): Promise<{ ok?: boolean; error?: string }> } };
  };
  const api = g.browser ?? g.chrome;
  const answer = await api?.runtime.sendMessage({ type: 'settings/set', payload: { change: 'settings', settings } });
  if (!answer?.ok) throw new Error(`settings not stored: ${answer?.error ?? 'no answer'}`);
};

/** Chromium (playwright-core) and Firefox ESR (puppeteer-core), with the built extension. */
export const ROBUST_BROWSERS: RobustBrowser[] = [
  {
    name: 'chromium',
    async start() {
      // Developer mode, so reloadExtension really reloads (without it Chromium disables the extension instead).
      const session = await launchChromium({ developerMode: true });
      const driver = await createChromiumDriver(session);
      return Object.assign(driver, {
        async setSettings(settings: StoredSettings) {
          const tab = await session.context.newPage();
          await tab.goto(`chrome-extension://${session.extensionId}/popup.html`, { timeout: 10_000 });
          await tab.evaluate(sendSettings, settings);
          await tab.close();
          await driver.page.bringToFront();
        },
        async hoverInFrame(urlEnd: string, selector: string) {
          const frame = driver.page.frames().find((f) => f.url().endsWith(urlEnd));
          if (!frame) throw new Error(`no frame ending ${urlEnd}`);
          await frame.locator(selector).first().hover({ timeout: 10_000 });
        },
        async reloadExtension() {
          await session.worker
            .evaluate(() =>
              (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
            )
            .catch(() => undefined); // the worker goes away while answering
        },
        // Playwright's CSS engine already pierces open shadow roots.
        deep: (selector: string) => selector,
      });
    },
  },
  {
    name: 'firefox',
    async start() {
      const session = await launchFirefox();
      const driver = await createFirefoxDriver(session);
      return Object.assign(driver, {
        async setSettings(settings: StoredSettings) {
          const tab = await session.browser.newPage();
          await openExtensionPage(tab, `${session.extensionOrigin}popup.html`);
          await tab.evaluate(sendSettings, settings);
          await tab.close();
          await driver.page.bringToFront();
        },
        // Puppeteer over BiDi cannot find a click point inside a frame: aim from the top page instead.
        async hoverInFrame(urlEnd: string, selector: string) {
          const point = await driver.page.evaluate(
            (end, sel) => {
              const frame = Array.from(document.querySelectorAll('iframe')).find((f) => f.src.endsWith(end));
              const target = frame?.contentDocument?.querySelector(sel);
              if (!frame || !target) return null;
              const box = frame.getBoundingClientRect();
              const rect = target.getClientRects()[0] ?? target.getBoundingClientRect();
              return {
                x: box.left + frame.clientLeft + rect.left + Math.min(rect.width / 2, 20),
                y: box.top + frame.clientTop + rect.top + rect.height / 2,
              };
            },
            urlEnd,
            selector,
          );
          if (!point) throw new Error(`no ${selector} in a frame ending ${urlEnd}`);
          await driver.page.mouse.move(point.x, point.y);
        },
        async reloadExtension() {
          const tab = await session.browser.newPage();
          await openExtensionPage(tab, `${session.extensionOrigin}popup.html`);
          await tab
            .evaluate(() =>
              (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(),
            )
            .catch(() => undefined); // the extension page closes while answering
          await tab.close().catch(() => undefined);
          await driver.page.bringToFront();
        },
        deep: (selector: string) => `pierce/${selector}`,
      });
    },
  },
];
