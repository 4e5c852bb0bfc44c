/** The welcome page: opened once on install, and again from the popup's help link. */
import { browser } from 'wxt/browser';

/** The welcome page's path in the build (entrypoints/welcome). */
export const WELCOME_PATH = '/welcome.html';

/** Opens the welcome page in a new tab. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(WELCOME_PATH) });
}
