/** `launchWithExtension` for Firefox ESR (puppeteer-core over WebDriver BiDi): see extension-browser.ts. */
import type { EvaluateFunc, Frame, Page } from 'puppeteer-core';
import type { StoryDriver } from '@/scripts/support/driver';
import { tabIdOf } from '@/scripts/support/page-probes';
import { FIREFOX_BUILD_DIR } from '@/scripts/support/paths';
import type { ExtensionBrowser, ExtensionTab, LaunchWithExtensionOptions } from './extension-browser';
import { launchFirefox, openExtensionPage, readGeckoId } from './firefox';
import { clickCardButton } from './firefox-card-click';
import { findCardFrame } from './firefox-card-frame';
import { createFirefoxDriver } from './firefox-driver';

const evaluateIn = <A, R>(page: Page | Frame, fn: (arg: A) => R | Promise<R>, arg: A) =>
  page.evaluate(fn as EvaluateFunc<[A]>, arg) as Promise<R>;

/** Firefox's ExtensionBrowser, with the story's puppeteer page for checks made the Firefox way. */
export interface FirefoxExtensionBrowser extends ExtensionBrowser {
  readonly driver: StoryDriver & { page: Page };
  /** The card frame, when there is one. */
  cardFrame(): Promise<Frame | null>;
}

/** Runs in an extension page: reloads the extension, as an update does. */
const reloadRuntime = () =>
  (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload();

/** Firefox ESR with the extension and the story's tab (a tab of a focused window: see firefox.ts). */
export async function launchFirefoxWithExtension(
  options: LaunchWithExtensionOptions,
): Promise<FirefoxExtensionBrowser> {
  const session = await launchFirefox(options);
  const driver = await createFirefoxDriver(session);
  const { browser, extensionOrigin } = session;
  const cardOrNull = async (): Promise<Frame | null> =>
    (await findCardFrame(driver.page, extensionOrigin))?.frame ?? null;
  const card = async (): Promise<Frame> => {
    const frame = await cardOrNull();
    if (!frame) throw new Error('no card frame');
    return frame;
  };
  /** Runs `fn` in a new tab showing the extension page at `path` (`page.goto` never resolves there), then closes it. */
  const inTab = async <R>(path: (tab: Page) => Promise<string>, fn: (tab: Page) => Promise<R>): Promise<R> => {
    const tab = await browser.newPage();
    try {
      await openExtensionPage(tab, `${extensionOrigin}${await path(tab)}`);
      return await fn(tab);
    } finally {
      await tab.close();
    }
  };
  const openExtensionTab: ExtensionBrowser['openExtensionTab'] = async (path, size): Promise<ExtensionTab> => {
    const tab = await browser.newPage();
    if (size) await tab.setViewport(size);
    await openExtensionPage(tab, `${extensionOrigin}${path}`);
    return {
      evaluate: (fn, arg) => evaluateIn(tab, fn, arg),
      press: (key) => tab.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
      close: () => tab.close(),
    };
  };
  // Code that must run inside the extension runs in an extension page kept open in a second tab.
  let helper: Page | null = null;
  const extensionPage = async (): Promise<Page> => {
    if (!helper) {
      helper = await browser.newPage();
      await openExtensionPage(helper, `${extensionOrigin}popup.html`);
      await driver.page.bringToFront();
    }
    return helper;
  };
  const inExtension: ExtensionBrowser['inExtension'] = async (fn, arg) => evaluateIn(await extensionPage(), fn, arg);
  return {
    name: 'firefox',
    driver,
    extensionOrigin,
    extensionId: await readGeckoId(FIREFOX_BUILD_DIR),
    cardFrame: cardOrNull,
    openExtensionTab,
    inExtension,
    async storyTabId() {
      // A tab of its own, closed after: no extension page stays open beside the story's for this.
      const id = await inTab(
        async () => 'popup.html',
        (tab) => tab.evaluate(tabIdOf, driver.page.url()),
      );
      await driver.page.bringToFront();
      if (id === undefined) throw new Error(`no tab shows ${driver.page.url()}`);
      return id;
    },
    async reloadExtension() {
      helper = null; // the reload closes every extension page
      const tab = await browser.newPage();
      await openExtensionPage(tab, `${extensionOrigin}popup.html`);
      await tab.evaluate(reloadRuntime).catch(() => undefined); // the page closes while answering
      await tab.close().catch(() => undefined);
      await driver.page.bringToFront();
    },
    inManager: (fn, arg) =>
      inTab(
        async () => 'manager.html',
        async (tab) => {
          await tab.waitForSelector('input[type="file"]', { timeout: 30_000 });
          return evaluateIn(tab, fn, arg);
        },
      ),
    inPopup: (fn) => {
      const pageUrl = driver.page.url();
      // The popup finds the story's tab from an extension page (no 'tabs' permission to ask from here).
      const popupPath = async (tab: Page) => {
        await openExtensionPage(tab, `${extensionOrigin}popup.html`);
        const tabId = await tab.evaluate(tabIdOf, pageUrl);
        if (tabId === undefined) throw new Error(`no tab shows ${pageUrl}`);
        return `popup.html?tab=${tabId}`;
      };
      return inTab(popupPath, (tab) => evaluateIn(tab, fn, undefined));
    },
    async inCard(fn) {
      const frame = await cardOrNull();
      return frame ? await evaluateIn(frame, fn, undefined).catch(() => null) : null;
    },
    async clickInCard(text, match = 'exact') {
      await clickCardButton(await card(), text, match);
    },
    async typeInCard(selector, text) {
      await (await card()).type(selector, text);
    },
    async selectInCard(selector, value) {
      await (await card()).select(selector, value);
    },
    async clickAt(x, y) {
      await driver.page.mouse.click(x, y);
    },
    close: session.close,
  };
}
