/**
 * Shared by the hostile-page tests: a browser with the extension behind the logging proxy, the card frame
 * reachable from the test (never from the page), and the report the pages' own spy script (spy.js) keeps.
 */
import { pollUntil, type StoryDriver } from '@/scripts/support/driver';
import { launchChromiumWithExtension } from './support/extension-browser-chromium';
import { launchFirefoxWithExtension } from './support/extension-browser-firefox';

/** A story driver that can also run a function inside the card frame. */
export interface HostileDriver extends StoryDriver {
  /** Runs a self-contained function in the card frame; null when there is no card frame. */
  inCard<R>(fn: () => R): Promise<R | null>;
  /** The extension's runtime id (public for a store install: Chrome's store id, Firefox's gecko id). */
  extensionId: string;
  /** Clicks the first element matching a selector with the real mouse. */
  click(selector: string): Promise<void>;
  /** Moves the real mouse to a point of the page's viewport (CSS pixels). */
  hoverAt(x: number, y: number): Promise<void>;
}

/** What spy.js gathered, as the page sees it. */
export interface SpyReport {
  /** When the parser finished (ms, the mutation log's clock): later mutations are not the page's markup. */
  loadedAt: number | null;
  mutations: {
    at: number;
    type: string;
    target: string;
    attribute: string | null;
    value?: string;
    added: string[];
    removed: string[];
  }[];
  calls: string[];
  messages: string[];
  shadows: string[];
  frameProbes: string[];
  replies: string[];
  resources: string[];
  navigations: string[];
  foreign: {
    tag: string;
    attributes: string[];
    rect: number[];
    display: string;
    shadowRoot: string | null;
    html: string;
    text: string | null;
    hitIsSelf: boolean;
    children: number;
    iframesBelow: number;
  }[];
  framesLength: number;
  iframesInDocument: number;
  maxGapMs: number;
  ticks: number;
  clicks: number;
}

/** Reads the spy's report in the page's own world. */
export const readSpy = () => (window as unknown as { hostileReport: () => SpyReport }).hostileReport();

/** Both browsers, each started with the extension behind the proxy on `proxyPort`. */
export const HOSTILE_BROWSERS: {
  name: 'chromium' | 'firefox';
  start: (proxyPort: number) => Promise<HostileDriver>;
}[] = [
  {
    name: 'chromium',
    start: async (proxyPort) => {
      const browser = await launchChromiumWithExtension({ proxyPort });
      const { page } = browser.driver;
      return {
        ...browser.driver,
        extensionId: browser.extensionId,
        click: (selector) => page.locator(selector).first().click({ timeout: 10_000 }),
        hoverAt: (x, y) => page.mouse.move(x, y),
        inCard: browser.inCard,
      };
    },
  },
  {
    name: 'firefox',
    start: async (proxyPort) => {
      const browser = await launchFirefoxWithExtension({ proxyPort });
      const { page } = browser.driver;
      return {
        ...browser.driver,
        extensionId: browser.extensionId,
        click: (selector) => page.click(selector),
        hoverAt: (x, y) => page.mouse.move(x, y),
        inCard: browser.inCard,
      };
    },
  },
];

/** Opens a page and waits until the extension has marked at least one quote. */
export async function openMarked(driver: StoryDriver, url: string, timeoutMs = 15_000): Promise<number> {
  await driver.open(url);
  const { value } = await pollUntil(
    () => driver.evaluate(() => document.querySelectorAll('[data-onrecord="quote"]').length, undefined),
    (n) => n > 0,
    timeoutMs,
    50,
  );
  return value;
}

/** Hovers a quote and waits for the card to show text containing `expected`; returns the card's text. */
export async function openCard(driver: StoryDriver, selector: string, expected: string): Promise<string> {
  // Under a storm on a loaded machine, marking can lag the hover's own timeout: wait for the mark first, so a
  // failure says which of the two (marking or the card) did not happen.
  await pollUntil(
    () => driver.evaluate((sel: string) => document.querySelector(sel) !== null, selector),
    (found) => found,
    30_000,
    100,
  );
  await driver.hover(selector);
  const { value } = await pollUntil(
    async () => (await driver.cardText()) ?? '',
    (t) => t.includes(expected),
    10_000,
    50,
  );
  return value;
}

/** Moves the pointer away and waits until the card is hidden, so it covers nothing the test clicks next. */
export async function closeCard(driver: StoryDriver): Promise<void> {
  await driver.hoverAway();
  await pollUntil(
    () => driver.cardVisible(),
    (shown) => shown !== true,
    5_000,
    50,
  );
}
