/**
 * One small interface over playwright-core (Chromium) and puppeteer-core (Firefox), so the story is written
 * once and walked in both browsers.
 */

/** What the story needs from a browser with the extension loaded. */
export interface StoryDriver {
  readonly browserName: 'chromium' | 'firefox';
  /** Opens a URL in the story's page tab and waits for it to load. */
  open(url: string): Promise<void>;
  /** Runs a self-contained function in the page's own world (where page scripts run). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Moves the real mouse over the first element matching a selector. */
  hover(selector: string): Promise<void>;
  /**
   * Makes the story's tab the active one in its window, which has system focus, so focus events fire and keys
   * reach the page (after another tab, such as the popup's, was opened beside it).
   */
  bringToFront(): Promise<void>;
  /** Moves keyboard focus to the first element matching a selector. */
  focus(selector: string): Promise<void>;
  /** Presses a key (e.g. 'Escape') where the keyboard focus is. */
  press(key: 'Escape' | 'Enter' | 'Tab'): Promise<void>;
  /** Moves the mouse to the top-left corner of the page, away from any highlight. */
  hoverAway(): Promise<void>;
  /** The visible text of the card frame (the extension's card.html inside the page), or null if absent. */
  cardText(): Promise<string | null>;
  /** Whether the card frame is rendered visibly (null if there is no card frame yet). */
  cardVisible(): Promise<boolean | null>;
  /** Opens the popup for the story's page tab in a tab of its own and returns its text once it has settled. */
  popupText(settled: (text: string) => boolean): Promise<string>;
  close(): Promise<void>;
}

/** Polls `read` until `done` holds or `timeoutMs` passes; returns the last value and how long it took. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 20,
): Promise<{ value: T; ms: number; ok: boolean }> {
  const start = performance.now();
  let value = await read();
  while (!done(value)) {
    if (performance.now() - start > timeoutMs) return { value, ms: performance.now() - start, ok: false };
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
  }
  return { value, ms: performance.now() - start, ok: true };
}

/** Waits for `work` at most `ms`; then runs `onTimeout` (e.g. kill the browser) so a hung close never hangs CI. */
export async function withDeadline(
  work: Promise<unknown>,
  ms: number,
  onTimeout: () => void = () => {},
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve();
    }, ms);
  });
  await Promise.race([work.catch(() => undefined), deadline]);
  clearTimeout(timer);
}
