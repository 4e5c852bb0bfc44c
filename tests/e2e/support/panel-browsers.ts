/**
 * The side panel in both browsers: the extension's sidepanel.html opened in a tab of its own for the tab that
 * shows the story's page (`?tab=<id>`, as the popup is tested), plus a way to run code and press keys there.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { EvaluateFunc, Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import { tabIdOf } from '@/scripts/support/page-probes';
import { launchFirefox, openExtensionPage } from './firefox';
import { createFirefoxDriver } from './firefox-driver';

/** The story's browser with the panel open for its page tab. */
export interface PanelSession {
  driver: StoryDriver;
  /** Opens the panel for the tab showing the page the driver opened. */
  openPanel(): Promise<void>;
  /** Runs a self-contained function inside the panel page. */
  inPanel<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Presses a key where the panel's keyboard focus is. */
  pressInPanel(key: string): Promise<void>;
}

/** A browser to open the panel in: its name and how to start it. */
export interface PanelBrowser {
  name: 'chromium' | 'firefox';
  start(proxyPort?: number): Promise<PanelSession>;
}

async function startChromium(proxyPort?: number): Promise<PanelSession> {
  const session = await launchChromium({ proxyPort });
  const driver = await createChromiumDriver(session);
  let panel: PlaywrightPage | null = null;
  const open = () => {
    if (!panel) throw new Error('the panel is not open');
    return panel;
  };
  return {
    driver,
    async openPanel() {
      const tabId = await session.worker.evaluate(tabIdOf, driver.page.url());
      if (tabId === undefined) throw new Error(`no tab shows ${driver.page.url()}`);
      panel = await session.context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`, { timeout: 30_000 });
    },
    inPanel: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => {
      const page = open();
      return (page.evaluate.bind(page) as (f: typeof fn, a: A) => Promise<R>)(fn, arg);
    },
    async pressInPanel(key) {
      await open().keyboard.press(key);
    },
  };
}

async function startFirefox(proxyPort?: number): Promise<PanelSession> {
  const session = await launchFirefox({ proxyPort });
  const driver = await createFirefoxDriver(session);
  let panel: PuppeteerPage | null = null;
  const open = () => {
    if (!panel) throw new Error('the panel is not open');
    return panel;
  };
  return {
    driver,
    async openPanel() {
      const pageUrl = driver.page.url();
      panel = await session.browser.newPage();
      await panel.setViewport({ width: 400, height: 800 });
      await openExtensionPage(panel, `${session.extensionOrigin}sidepanel.html`);
      const tabId = await panel.evaluate(tabIdOf, pageUrl);
      if (tabId === undefined) throw new Error(`no tab shows ${pageUrl}`);
      await openExtensionPage(panel, `${session.extensionOrigin}sidepanel.html?tab=${tabId}`);
    },
    inPanel: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      open().evaluate(fn as EvaluateFunc<[A]>, arg) as Promise<R>,
    async pressInPanel(key) {
      await open().keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]);
    },
  };
}

/** Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). */
export const PANEL_BROWSERS: PanelBrowser[] = [
  { name: 'chromium', start: startChromium },
  { name: 'firefox', start: startFirefox },
];

/** One quote as the panel lists it: its speaker heading, its text, and what its collapsed line says. */
export interface PanelQuote {
  id: string;
  speaker: string;
  text: string;
  summary: string;
}

/** Reads the panel's list in order (runs inside the panel page). */
export const readPanel = (): { quotes: PanelQuote[]; state: string; headings: string[] } => ({
  quotes: Array.from(document.querySelectorAll<HTMLElement>('li.item')).map((item) => ({
    id: item.dataset.quoteId ?? '',
    speaker: item.closest('li.run')?.querySelector('h2')?.textContent ?? '',
    text: item.querySelector('button.quote')?.textContent ?? '',
    summary: item.querySelector('.summary')?.textContent ?? '',
  })),
  state: Array.from(document.querySelectorAll('.state'))
    .map((p) => p.textContent ?? '')
    .join('\n'),
  headings: Array.from(document.querySelectorAll('h1, h2')).map((h) => h.textContent ?? ''),
});

/** Focuses the quote button whose text starts with `opening` (runs inside the panel page); returns its id. */
export const focusPanelQuote = (opening: string): string | null => {
  const button = Array.from(document.querySelectorAll<HTMLButtonElement>('button.quote')).find((b) =>
    (b.textContent ?? '').trim().startsWith(opening),
  );
  button?.focus();
  return button?.dataset.quoteId ?? null;
};

/** Which quote button has the panel's focus, and whether the focus ring shows (runs inside the panel page). */
export const panelFocus = (): { id: string | null; outline: string } => {
  const active = document.activeElement as HTMLElement | null;
  return {
    id: active?.matches('button.quote') ? (active.dataset.quoteId ?? null) : null,
    outline: active ? getComputedStyle(active).outlineStyle : '',
  };
};

/** The rendered text of one quote's opened context (runs inside the panel page), or null when it is closed. */
export const panelContextText = (id: string): string | null => {
  const ctx = document.getElementById(`ctx-${id}`);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
  return ctx ? ctx.innerText : null;
};

/** How many listed quotes have their context line (looked up) and how many wait (runs inside the panel page). */
export const lookedUp = (): { listed: number; answered: number } => {
  const lines = Array.from(document.querySelectorAll('li.item .summary')).map((p) => p.textContent ?? '');
  return { listed: lines.length, answered: lines.filter((t) => t && !t.startsWith('Looking')).length };
};

/** Scrolls the panel to its end (runs inside the panel page). */
export const scrollPanelToEnd = (): void => {
  window.scrollTo(0, document.documentElement.scrollHeight);
};
