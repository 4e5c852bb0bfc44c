/** The browsers every story-level test runs in, each started with the extension and behind the given proxy. */
import { launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import { launchFirefox } from './firefox';
import { createFirefoxDriver } from './firefox-driver';

/** A browser to run a story in: its name and how to start it. */
export interface StoryBrowser {
  name: 'chromium' | 'firefox';
  start: (proxyPort?: number) => Promise<StoryDriver>;
}

/** Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). */
export const STORY_BROWSERS: StoryBrowser[] = [
  { name: 'chromium', start: async (proxyPort) => createChromiumDriver(await launchChromium({ proxyPort })) },
  { name: 'firefox', start: async (proxyPort) => createFirefoxDriver(await launchFirefox({ proxyPort })) },
];

/**
 * The same two browsers with their UI in another language: Chromium with --lang and LANGUAGE, Firefox with
 * intl.locale.requested (which needs that language's pack installed, e.g. Debian's firefox-esr-l10n-fr).
 */
export function storyBrowsersIn(lang: string): StoryBrowser[] {
  return [
    {
      name: 'chromium',
      start: async (proxyPort) => createChromiumDriver(await launchChromium({ proxyPort, lang })),
    },
    {
      name: 'firefox',
      start: async (proxyPort) =>
        createFirefoxDriver(await launchFirefox({ proxyPort, prefs: { 'intl.locale.requested': lang } })),
    },
  ];
}

/**
 * Lines of the card that the page itself does not contain: these came from the reader's library, so none of
 * them may ever reach the page. Short lines (buttons, labels) are left out.
 */
export function libraryOnlyLines(cardText: string, pageText: string): string[] {
  const page = pageText.replace(/\s+/g, ' ');
  return cardText
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 8 && !page.includes(line));
}
