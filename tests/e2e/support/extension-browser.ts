/**
 * One way to start a browser with the built extension for an end-to-end test, the same in Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi): `launchWithExtension(name, options)`
 * returns the story's tab as the shared `StoryDriver`, plus what tests reach beyond the page: extension pages
 * in tabs of their own (the manager, the popup for the story's tab) and the card frame (probes, real clicks,
 * typing). `useExtensionBrowser` starts the fixture server and the browser before a file's tests and stops
 * both after them; `useProxiedBrowser` does the same for any driver a test starts behind a logging proxy of its
 * own (STORY_BROWSERS, HOSTILE_BROWSERS), so it can read what the browser asked for.
 *
 *   describe.each(EXTENSION_BROWSERS)('…, in %s', (_label, name) => {
 *     const run = useExtensionBrowser(name);
 *     it('…', async () => {
 *       await run.browser.driver.open(`${run.server.url}some/page.html`);
 *       expect(await run.browser.inManager(exportPackInPage, undefined)).toContain('…');
 *     });
 *   });
 */
import { afterAll, beforeAll } from 'vitest';
import type { StoryDriver } from '@/scripts/support/driver';
import { type LoggingProxy, startLoggingProxy } from '@/scripts/support/proxy';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { launchChromiumWithExtension } from './extension-browser-chromium';
import { launchFirefoxWithExtension } from './extension-browser-firefox';
import type { ButtonMatch } from './firefox-card-click';

/** The two browsers every extension test runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** For `describe.each`: a label for the test's title, then the browser's name. */
export const EXTENSION_BROWSERS: [label: string, name: BrowserName][] = [
  ['Chromium', 'chromium'],
  ['Firefox', 'firefox'],
];

/** What a launch may change; everything else is what a reader's fresh install has. */
export interface LaunchWithExtensionOptions {
  /** A logging proxy (startLoggingProxy) that must see every request; without it the launch starts its own. */
  proxyPort?: number;
  /** A profile folder to use and keep, for a restart on the same profile; by default a fresh one. */
  profileDir?: string;
  /** Leave open the welcome tab the install opens (closed by default, so the story's tab stays active). */
  keepWelcome?: boolean;
  /** Chromium's developer mode, which `reloadExtension` needs there (Firefox reloads a temporary add-on as is). */
  developerMode?: boolean;
}

/** A tab's viewport in CSS pixels. */
export interface TabSize {
  width: number;
  height: number;
}

/** A tab showing one of the extension's own pages (the manager, the popup). */
export interface ExtensionTab {
  /** Runs a self-contained function in the page. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Presses a key (e.g. 'ArrowDown') where the tab's keyboard focus is. */
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the extension installed and one tab for the story's pages. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** The story's tab: open, evaluate, hover, focus, keys, the card's text, the popup's text. */
  readonly driver: StoryDriver;
  /** The extension's base URL ('chrome-extension://<id>/' or 'moz-extension://<uuid>/'). */
  readonly extensionOrigin: string;
  /** The runtime id a store install has (Chrome's id, Firefox's gecko id): what a page could try to probe. */
  readonly extensionId: string;
  /** Opens an extension page ('manager.html', 'popup.html?tab=3') in a new tab and waits for it to load. */
  openExtensionTab(path: string, size?: TabSize): Promise<ExtensionTab>;
  /**
   * Runs a self-contained function inside the extension, with its APIs: the service worker in Chromium, an
   * extension page kept open in a second tab in Firefox.
   */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The browser's id of the story's tab, as the popup and the side panel take it (`?tab=`). */
  storyTabId(): Promise<number>;
  /** Reloads the extension as an update does; the story's tab stays open (Chromium needs `developerMode`). */
  reloadExtension(): Promise<void>;
  /** Opens the manager, waits for its file input (the library is read), runs `fn` there, closes it. */
  inManager<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Opens the popup for the story's tab in a tab of its own, runs `fn` there, closes it. */
  inPopup<R>(fn: () => R | Promise<R>): Promise<R>;
  /** Runs a self-contained function in the card frame; null while there is none (or it is going away). */
  inCard<R>(fn: () => R | Promise<R>): Promise<R | null>;
  /**
   * A real pointer click on the first card button whose text is `text` (or starts with it), made as a reader
   * makes it: after the card's click guard has settled. Throws when there is no card or no such button.
   */
  clickInCard(text: string, match?: ButtonMatch): Promise<void>;
  /** Types into the first element of the card matching `selector`, key by key. */
  typeInCard(selector: string, text: string): Promise<void>;
  /** Chooses `value` in the first select of the card matching `selector`. */
  selectInCard(selector: string, value: string): Promise<void>;
  /** A real pointer click at a point of the story tab's viewport, in CSS pixels, whatever is drawn there. */
  clickAt(x: number, y: number): Promise<void>;
  /** Closes the browser; throws (naming the URLs) if it sent any request beyond localhost. */
  close(): Promise<void>;
}

/** Launches Chromium or Firefox ESR with the built extension (see the file's header). */
export function launchWithExtension(
  name: BrowserName,
  options: LaunchWithExtensionOptions = {},
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromiumWithExtension(options) : launchFirefoxWithExtension(options);
}

/** Reads a value a `beforeAll` sets, failing clearly when a test body runs before it (or it failed). */
function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the ${what} is not started: use it inside a test or a later hook`);
  return value;
}

/** The fixture server and the browser of one `describe` block, ready from its tests' first line. */
export interface ExtensionRun {
  readonly server: StaticServer;
  readonly browser: ExtensionBrowser;
}

/**
 * Starts the fixture server (tests/fixtures/pages) and the browser in a `beforeAll` of the calling `describe`,
 * and closes both in its `afterAll`; the returned object's fields are set once the hook has run.
 */
export function useExtensionBrowser(name: BrowserName, options: LaunchWithExtensionOptions = {}): ExtensionRun {
  let server: StaticServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchWithExtension(name, options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return ready(server, 'fixture server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
  };
}

/** The fixture server, the test's own logging proxy and the driver started behind it. */
export interface ProxiedRun<D> {
  readonly server: StaticServer;
  readonly proxy: LoggingProxy;
  readonly driver: D;
}

/**
 * Starts the fixture server, a logging proxy and `start(proxy.port)` in a `beforeAll` of the calling
 * `describe`, and closes the driver, the proxy and the server in its `afterAll`.
 */
export function useProxiedBrowser<D extends { close(): Promise<void> }>(
  start: (proxyPort: number) => Promise<D>,
): ProxiedRun<D> {
  let server: StaticServer | undefined;
  let proxy: LoggingProxy | undefined;
  let driver: D | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
    proxy = await startLoggingProxy();
    driver = await start(proxy.port);
  });
  afterAll(async () => {
    await driver?.close();
    await proxy?.close();
    await server?.close();
  });
  return {
    get server() {
      return ready(server, 'fixture server');
    },
    get proxy() {
      return ready(proxy, 'logging proxy');
    },
    get driver() {
      return ready(driver, 'browser');
    },
  };
}
