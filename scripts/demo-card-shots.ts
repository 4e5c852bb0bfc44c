/**
 * The card as a reader sees it on the seed story, at a desktop width (1280 px) and a phone width (400 px), in
 * light and dark: docs/screenshots/card-<width>-<scheme>.png. Each shot is checked first: the relation's note
 * and the card's actions must be in view without scrolling the card.
 */
import type { Frame } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { createChromiumDriver } from './support/chromium-driver';
import { pollUntil } from './support/driver';
import { HOVERED_OPENING } from './support/seed-story';

/** The widths and colour schemes the card is shown at. */
export const CARD_SHOTS = [
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
  { width: 400, scheme: 'light' },
  { width: 400, scheme: 'dark' },
] as const;

/**
 * Runs in the card frame: which parts a reader sees without scrolling the card. Written without inner
 * functions, which the script runner would wrap in a helper the frame does not have.
 */
const inView = () => {
  const seen: Record<string, boolean> = {};
  for (const [name, selector] of [
    ['note', '.relation-note'],
    ['actions', '.save-button'],
  ]) {
    const r = document.querySelector(selector!)?.getBoundingClientRect();
    seen[name!] = !!r && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 1;
  }
  return { scrolled: document.getElementById('app')?.scrollTop ?? 0, note: seen.note, actions: seen.actions };
};

/** Takes the four card shots into `dir`; throws if a shot would hide the note or the actions. */
export async function takeCardShots(url: string, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const width of [1280, 400]) {
    const session = await launchChromium({ viewport: { width, height: 900 } });
    try {
      const driver = await createChromiumDriver(session);
      const { page } = driver;
      for (const { scheme } of CARD_SHOTS.filter((s) => s.width === width)) {
        await page.emulateMedia({ colorScheme: scheme });
        await driver.open(url);
        await page.waitForSelector('[data-onrecord="quote"]', { timeout: 15_000 });
        const quote = page.locator('[data-onrecord="quote"]', { hasText: HOVERED_OPENING }).first();
        await quote.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.evaluate(() => window.scrollBy(0, -60));
        await page.mouse.move(1, 1);
        await quote.hover();
        const card = (): Frame | undefined => page.frames().find((f) => /\/card\.html/.test(f.url()));
        const seen = await pollUntil(
          async () =>
            (await card()
              ?.evaluate(inView)
              .catch(() => null)) ?? null,
          (v) => !!v && 'note' in v && !!v.note && !!v.actions,
          10_000,
        );
        if (!seen.ok) throw new Error(`card at ${width} px (${scheme}): ${JSON.stringify(seen.value)}`);
        await page.waitForTimeout(300);
        const box = await page.locator('onrecord-card').boundingBox();
        if (!box) throw new Error('no card on the page');
        const pad = 12;
        const clip = {
          x: Math.max(0, box.x - pad),
          y: Math.max(0, box.y - pad),
          width: Math.min(width - Math.max(0, box.x - pad), box.width + 2 * pad),
          height: box.height + 2 * pad,
        };
        const path = `${dir}/card-${width}-${scheme}.png`;
        await page.screenshot({ path, clip });
        written.push(path);
      }
    } finally {
      await session.close();
    }
  }
  return written;
}
