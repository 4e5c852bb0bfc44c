/**
 * The browsers for the robustness tests: the story driver plus what those tests need besides it, switching
 * OnRecord off and on through the background from an extension page (as the popup does) and hovering inside a
 * frame.
 */
import type { StoryDriver } from '@/scripts/support/driver';
import type { ExtensionBrowser } from './extension-browser';
import { launchChromiumWithExtension } from './extension-browser-chromium';
import { launchFirefoxWithExtension } from './extension-browser-firefox';

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

/** Has the background store the settings from a popup tab of its own, then gives the story's tab back. */
async function setSettingsIn(browser: ExtensionBrowser, settings: StoredSettings): Promise<void> {
  const tab = await browser.openExtensionTab('popup.html');
  await tab.evaluate(sendSettings, settings);
  await tab.close();
  await browser.driver.bringToFront();
}

/** Chromium (playwright-core) and Firefox ESR (puppeteer-core), with the built extension. */
export const ROBUST_BROWSERS: RobustBrowser[] = [
  {
    name: 'chromium',
    async start() {
      // Developer mode, so reloadExtension really reloads (without it Chromium disables the extension instead).
      const browser = await launchChromiumWithExtension({ developerMode: true });
      const { driver } = browser;
      return Object.assign(driver, {
        setSettings: (settings: StoredSettings) => setSettingsIn(browser, settings),
        async hoverInFrame(urlEnd: string, selector: string) {
          const frame = driver.page.frames().find((f) => f.url().endsWith(urlEnd));
          if (!frame) throw new Error(`no frame ending ${urlEnd}`);
          await frame.locator(selector).first().hover({ timeout: 10_000 });
        },
        reloadExtension: browser.reloadExtension,
        // Playwright's CSS engine already pierces open shadow roots.
        deep: (selector: string) => selector,
      });
    },
  },
  {
    name: 'firefox',
    async start() {
      const browser = await launchFirefoxWithExtension({});
      const { driver } = browser;
      return Object.assign(driver, {
        setSettings: (settings: StoredSettings) => setSettingsIn(browser, settings),
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
        reloadExtension: browser.reloadExtension,
        deep: (selector: string) => `pierce/${selector}`,
      });
    },
  },
];
