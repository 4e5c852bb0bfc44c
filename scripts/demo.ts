/**
 * `npm run demo`: builds the extension, serves the seed article on 127.0.0.1 and opens it in Chromium with
 * OnRecord loaded. With a display the browser stays open for the reader; without one (or with --screenshots)
 * it walks the story headless and writes docs/screenshots/{highlights,card,popup}.png, and the card alone at
 * 1280 and 400 px wide, light and dark (card-<width>-<scheme>.png), and the welcome page (welcome.png);
 * then the card, popup and welcome page again in French (card-fr.png, popup-fr.png, welcome-fr.png); then the
 * toolbar shots (toolbar.png, toolbar-paused.png, toolbar-fr.png) in a headful Chromium on a virtual display,
 * skipped with the reason when Xvfb or ImageMagick is missing. `--toolbar` takes the toolbar shots alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { takeCardShots } from './demo-card-shots';
import { takeToolbarShots } from './demo-toolbar-shots';
import { takeWelcomeShot } from './demo-welcome-shot';
import { launchChromium } from './support/chromium';
import { createChromiumDriver, openPopupFor } from './support/chromium-driver';
import { pollUntil } from './support/driver';
import { visibleText } from './support/page-probes';
import { HOVERED_OPENING, POPUP_SPEAKERS, SEED_PAGE } from './support/seed-story';
import { startStaticServer } from './support/serve';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHOTS_DIR = `${ROOT}docs/screenshots`;

/** Builds both extensions, as `npm run build` does. */
function build(): void {
  console.log('Building the extension (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Opens the seed article in a visible Chromium and waits until the reader closes it. */
async function openForReader(url: string, stop: () => Promise<void>): Promise<void> {
  const session = await launchChromium({ headless: false, viewport: null });
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(url);
  console.log(`Opened ${url} in Chromium with OnRecord loaded. Hover a highlighted quote to see its card.`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const quit = async () => {
    await session.close();
    await stop();
    process.exit(0);
  };
  session.context.on('close', quit);
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
}

/**
 * Walks the story headless and writes the three screenshots; with a language ('fr'), the browser runs in it
 * and the card and popup are written as card-fr.png and popup-fr.png (the highlights look the same).
 */
async function takeScreenshots(url: string, lang?: string): Promise<void> {
  const suffix = lang ? `-${lang}` : '';
  const session = await launchChromium({ viewport: { width: 1100, height: 760 }, lang });
  try {
    const driver = await createChromiumDriver(session);
    const { page } = driver;
    await driver.open(url);
    await page.waitForSelector('[data-onrecord="quote"]', { timeout: 15_000 });
    await mkdir(SHOTS_DIR, { recursive: true });
    if (!lang) await page.screenshot({ path: `${SHOTS_DIR}/highlights.png` });

    const quote = page.locator('[data-onrecord="quote"]', { hasText: HOVERED_OPENING }).first();
    await quote.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -120));
    await quote.hover();
    const card = await pollUntil(
      async () => (await driver.cardText()) ?? '',
      (text) => text.includes('Ukraine is no exception'),
      10_000,
    );
    if (!card.ok) throw new Error(`the card did not show Wang Yi's Munich statement:\n${card.value}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS_DIR}/card${suffix}.png` });

    const popup = await openPopupFor(session, page);
    const shown = await pollUntil(
      () => popup.evaluate(visibleText),
      (text) => POPUP_SPEAKERS.every((s) => (typeof s === 'string' ? text.includes(s) : s.test(text))),
      10_000,
      100,
    );
    if (!shown.ok) throw new Error(`the popup did not list the page's speakers:\n${shown.value}`);
    await popup.locator('body').screenshot({ path: `${SHOTS_DIR}/popup${suffix}.png` });
    await takeWelcomeShot(session, SHOTS_DIR, lang);
    console.log(
      `No display: wrote ${lang ? '' : 'highlights.png, '}card${suffix}.png, popup${suffix}.png and welcome${suffix}.png to ${SHOTS_DIR}/`,
    );
  } finally {
    await session.close();
  }
  if (lang) return;
  const cards = await takeCardShots(url, SHOTS_DIR);
  console.log(`and ${cards.map((p) => p.slice(SHOTS_DIR.length + 1)).join(', ')}`);
}

/** The icon in a real toolbar (headless Chromium has none): written by a headful Chromium under Xvfb, or skipped. */
async function takeToolbarStep(url: string): Promise<void> {
  await mkdir(SHOTS_DIR, { recursive: true });
  const shots = await takeToolbarShots(url, SHOTS_DIR);
  if ('skipped' in shots) console.log(`Toolbar shots skipped: ${shots.skipped}.`);
  else console.log(`Toolbar: wrote ${shots.map((p) => p.slice(SHOTS_DIR.length + 1)).join(', ')}`);
}

async function main(): Promise<void> {
  build();
  const server = await startStaticServer();
  const url = `${server.url}${SEED_PAGE}`;
  const toolbarOnly = process.argv.includes('--toolbar');
  const headful = !!process.env.DISPLAY && !process.argv.includes('--screenshots') && !toolbarOnly;
  if (headful) {
    await openForReader(url, server.close);
    return;
  }
  try {
    if (!toolbarOnly) {
      await takeScreenshots(url);
      await takeScreenshots(url, 'fr');
    }
    await takeToolbarStep(url);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
