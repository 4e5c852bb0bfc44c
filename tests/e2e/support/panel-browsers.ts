/**
 * The side panel in both browsers: the extension's sidepanel.html opened in a tab of its own for the tab that
 * shows the story's page (`?tab=<id>`, as the popup is tested), plus a way to run code and press keys there.
 */
import type { StoryDriver } from '@/scripts/support/driver';
import { type BrowserName, type ExtensionTab, launchWithExtension } from './extension-browser';

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
  name: BrowserName;
  start(proxyPort?: number): Promise<PanelSession>;
}

/** Starts `name` with the extension (behind the logging proxy on `proxyPort`, when given). */
async function startPanel(name: BrowserName, proxyPort?: number): Promise<PanelSession> {
  const browser = await launchWithExtension(name, { proxyPort });
  let panel: ExtensionTab | null = null;
  const open = () => {
    if (!panel) throw new Error('the panel is not open');
    return panel;
  };
  return {
    driver: browser.driver,
    async openPanel() {
      const tabId = await browser.storyTabId();
      panel = await browser.openExtensionTab(`sidepanel.html?tab=${tabId}`, { width: 400, height: 800 });
    },
    inPanel: (fn, arg) => open().evaluate(fn, arg),
    pressInPanel: (key) => open().press(key),
  };
}

/** Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). */
export const PANEL_BROWSERS: PanelBrowser[] = [
  { name: 'chromium', start: (proxyPort) => startPanel('chromium', proxyPort) },
  { name: 'firefox', start: (proxyPort) => startPanel('firefox', proxyPort) },
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
