/**
 * The altered-quote and recycled-quote pages as the e2e suite checks them: which quotes to hover, what each
 * card must and must not say, a browser started with the pages' pack imported through the manager, and a
 * reader of the card frame's checks (the card is an extension frame: read as a frame, never via the page).
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import { frameSnapshot } from '@/scripts/support/page-probes';
import { importPackInPage } from './library-ui';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { createFirefoxDriver } from './support/firefox-driver';

/** The pack with the pages' stored statements (tests/fixtures/pages/hover/pack.json). */
export const HOVER_PACK = 'tests/fixtures/pages/hover/pack.json';

/**
 * A second pack, imported after the cards were seen: one more statement of the altered page's speaker. The
 * next card for him must list it (the background may remember a speaker's record only until the library
 * changes).
 */
export const LATER_PACK = {
  format: 'onrecord-pack',
  version: 1,
  meta: { name: 'A later statement', author: 'OnRecord tests', licence: 'CC0', date: '2026-10-16' },
  people: [{ id: 'tobias-wrenfield', name: 'Tobias Wrenfield', aliases: ['Wrenfield'] }],
  statements: [
    {
      id: 'wrenfield-tunnel-early',
      personId: 'tobias-wrenfield',
      text: 'The tunnel contractor has agreed to finish the Aldmoor section two months early.',
      date: '2026-10-15',
      sources: [{ url: 'https://kessington-herald.example/2026/10/15/tunnel-early', outlet: 'Kessington Herald' }],
    },
  ],
  relations: [],
};

/** One quote on one page, and what its card must show. */
export interface HoverCase {
  what: string;
  page: string;
  /** The opening words of the highlighted quote. */
  opening: string;
  speaker: string;
  altered: { removed: string[]; added: string[]; elisions: number; recordDate: string } | null;
  recycled: { saidOn: string; publishedOn: string; days: number } | null;
  /** The stored statement the card must list, by its opening words, with its outlet and date. */
  listed?: { opening: string; outlet: string; date: string };
  /** "On record since …" when the page repeats a stored statement word for word. */
  onRecordSince?: string;
}

/** The four quotes: an altered one and its exact control; a recycled one and its recent control. */
export const HOVER_CASES: HoverCase[] = [
  {
    what: 'altered quote (words changed, words dropped, an ellipsis)',
    page: 'hover/rail-link.html',
    opening: 'Our government will finish the northern rail link',
    speaker: 'Tobias Wrenfield',
    altered: { removed: ['passengers', 'the', 'of'], added: ['travellers'], elisions: 1, recordDate: '22 Sept 2026' },
    recycled: null,
    listed: { opening: 'Our government will finish', outlet: 'Aldmoor Evening Star', date: '22 Sept 2026' },
  },
  {
    what: 'exact quote on the altered page (control)',
    page: 'hover/rail-link.html',
    opening: 'The tunnel contract was signed in good faith',
    speaker: 'Tobias Wrenfield',
    altered: null,
    recycled: null,
    onRecordSince: '13 Oct 2026',
  },
  {
    what: 'recycled quote (said in 2019, presented as new in 2026)',
    page: 'hover/clinic-waits.html',
    opening: 'No patient in this region will wait',
    speaker: 'Helena Marsh-Adeyemi',
    altered: null,
    recycled: { saidOn: '21 May 2019', publishedOn: '3 Sept 2026', days: 2662 },
    onRecordSince: '21 May 2019',
  },
  {
    what: 'recent quote on the recycled page (control)',
    page: 'hover/clinic-waits.html',
    opening: 'We have found the staff to reopen both wards',
    speaker: 'Helena Marsh-Adeyemi',
    altered: null,
    recycled: null,
    onRecordSince: '1 Sept 2026',
  },
];

/** What the card frame shows about its quote, read inside the frame. */
export interface CardChecks {
  busy: string | null;
  speaker: string;
  quote: string;
  onRecord: string;
  altered: { title: string; removed: string[]; added: string[]; elisions: number } | null;
  recycled: string | null;
  statements: { text: string; date: string; sources: string[] }[];
  text: string;
}

/** Runs inside the card frame: the card's checks, from its semantic markup (del/ins for the diff). */
export const readCardChecks = (): CardChecks => {
  const words = (els: Iterable<Element>) =>
    [...els].flatMap((e) => (e.textContent ?? '').split(/\s+/)).filter((w) => w !== '');
  const one = (selector: string, root: ParentNode = document) =>
    root.querySelector(selector)?.textContent?.trim() ?? '';
  const altered = document.querySelector('.check.altered');
  return {
    busy: document.querySelector('section.card')?.getAttribute('aria-busy') ?? null,
    speaker: one('.speaker'),
    quote: one('blockquote.quote'),
    onRecord: one('.on-record'),
    altered: altered
      ? {
          title: one('.check-title', altered),
          removed: words(altered.querySelectorAll('del')),
          added: words(altered.querySelectorAll('ins')),
          elisions: altered.querySelectorAll('.diff-gap').length,
        }
      : null,
    recycled: document.querySelector('.check.recycled')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    statements: [...document.querySelectorAll('li.statement')].map((li) => ({
      text: one('.statement-text', li),
      date: one('time', li),
      sources: [...li.querySelectorAll('.source')].map((s) => s.textContent?.trim() ?? ''),
    })),
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
    text: document.body?.innerText ?? '',
  };
};

/** A browser with the extension, the pages' pack imported, and a way into the card frame. */
export interface HoverSession {
  driver: StoryDriver;
  /** What the manager said after importing the pack. */
  imported: string;
  /** Imports another pack through the manager, in a tab of its own; returns what the manager said. */
  importPack(packText: string): Promise<string>;
  /** Runs a self-contained function in the card frame; null while there is no card frame. */
  inCard<R>(fn: () => R): Promise<R | null>;
  close(): Promise<void>;
}

/** A browser to run the hover pages in. */
export interface HoverBrowser {
  name: 'chromium' | 'firefox';
  start(packText: string, proxyPort?: number): Promise<HoverSession>;
}

const CARD_PATH = /^(chrome|moz)-extension:\/\/[^/]+\/card\.html/;

/** Chromium (playwright-core) and Firefox ESR (puppeteer-core over BiDi), the pack imported through the manager. */
export const HOVER_BROWSERS: HoverBrowser[] = [
  {
    name: 'chromium',
    async start(packText, proxyPort) {
      const session = await launchChromium({ proxyPort });
      const driver = await createChromiumDriver(session);
      const importPack = async (text: string) => {
        const manager: PwPage = await session.context.newPage();
        await manager.goto(`chrome-extension://${session.extensionId}/manager.html`, { timeout: 30_000 });
        await manager.waitForSelector('input[type="file"]', { timeout: 30_000 });
        const said = await manager.evaluate(importPackInPage, text);
        await manager.close();
        return said;
      };
      return {
        driver,
        imported: await importPack(packText),
        importPack,
        async inCard<R>(fn: () => R) {
          const frame = driver.page.frames().find((f) => CARD_PATH.test(f.url()));
          return frame ? ((await frame.evaluate(fn).catch(() => null)) as R | null) : null;
        },
        close: session.close,
      };
    },
  },
  {
    name: 'firefox',
    async start(packText, proxyPort) {
      const session = await launchFirefox({ proxyPort });
      const driver = await createFirefoxDriver(session);
      const importPack = async (text: string) => {
        const manager: PpPage = await session.browser.newPage();
        await openExtensionPage(manager, `${session.extensionOrigin}manager.html`);
        await manager.waitForSelector('input[type="file"]', { timeout: 30_000 });
        const said = await manager.evaluate(importPackInPage, text);
        await manager.close();
        return said;
      };
      return {
        driver,
        imported: await importPack(packText),
        importPack,
        async inCard<R>(fn: () => R) {
          // Over BiDi a cross-origin extension frame can report 'about:blank' as its URL: ask each frame itself.
          for (const frame of driver.page.mainFrame().childFrames()) {
            const seen = await frame.evaluate(frameSnapshot).catch(() => null);
            if (seen && CARD_PATH.test(seen.href)) return (await frame.evaluate(fn).catch(() => null)) as R | null;
          }
          return null;
        },
        close: session.close,
      };
    },
  },
];
