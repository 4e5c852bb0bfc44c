/**
 * The card's frame in a Firefox tab. Over WebDriver BiDi a cross-origin extension frame can report
 * 'about:blank' as its URL, so each child frame is asked for its own address.
 */
import type { Frame, Page } from 'puppeteer-core';
import { frameSnapshot } from '@/scripts/support/page-probes';

/** The card frame of `page` with the text it shows, or null when no card is there. */
export async function findCardFrame(
  page: Page,
  extensionOrigin: string,
): Promise<{ frame: Frame; text: string } | null> {
  const cardPrefix = `${extensionOrigin}card.html`;
  for (const frame of page.mainFrame().childFrames()) {
    const seen = await frame.evaluate(frameSnapshot).catch(() => null);
    if (seen?.href.startsWith(cardPrefix)) return { frame, text: seen.text };
  }
  return null;
}
