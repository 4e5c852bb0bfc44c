/**
 * The toolbar shots for the store listing and the README: OnRecord's icon pinned in a real Chromium toolbar next
 * to a marked article, in English and French, and the greyed icon while paused. Headless Chromium draws no
 * toolbar, so these run headful on a virtual display (Xvfb) and capture the whole screen.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { pollUntil } from './support/driver';
import { CHROME_BUILD_DIR } from './support/paths';
import { HOVERED_OPENING } from './support/seed-story';
import { captureScreen, hasCommand, startXvfb } from './support/xvfb';

const SCREEN = { width: 1100, height: 760 };

/** The commands the shots need, by the Debian package that brings each. */
const TOOLS: Record<string, string> = { Xvfb: 'xvfb', import: 'imagemagick' };

/**
 * The id Chromium gives an unpacked extension: the first 32 hex digits of the SHA-256 of its folder's absolute
 * path, written with the letters a–p. Known before launch, so the profile can pin the icon from the start.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Writes a profile whose toolbar shows the extension's icon (pinned), as a reader who pinned it has. */
async function pinnedProfile(extensionId: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'onrecord-toolbar-'));
  await mkdir(join(profile, 'Default'), { recursive: true });
  const prefs = { extensions: { pinned_extensions: [extensionId] }, browser: { has_seen_welcome_page: true } };
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
  return profile;
}

/** Puts the browser window at the screen's top left, filling it (there is no window manager to do so). */
async function fillScreen(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { left: 0, top: 0, ...SCREEN } });
  await cdp.detach();
}

/** The parts of the `chrome` global the shots call inside the browser (scripts have no extension typings). */
interface ChromeInPage {
  runtime: { sendMessage(message: object): Promise<unknown> };
  action: { openPopup(): Promise<void> };
}

/** Asks the background to pause or resume OnRecord, from an extension page as the popup's switch does. */
async function setPaused(session: ChromiumSession, paused: boolean): Promise<void> {
  const tab = await session.context.newPage();
  try {
    await tab.goto(`chrome-extension://${session.extensionId}/popup.html`, { timeout: 30_000 });
    const answer = await tab.evaluate(
      (p) =>
        (globalThis as unknown as { chrome: ChromeInPage }).chrome.runtime.sendMessage({
          type: 'settings/set',
          payload: { change: 'pause', paused: p },
        }),
      paused,
    );
    if (!(answer as { ok?: boolean } | undefined)?.ok) throw new Error(`pause not stored: ${JSON.stringify(answer)}`);
  } finally {
    await tab.close();
  }
}

/**
 * Opens the popup from the toolbar icon, as a click on it does (action.openPopup, called by the background), so the
 * shot shows which icon opens what. Chromium may refuse without a user gesture; then the shot shows the icon alone.
 */
async function openPopupFromIcon(session: ChromiumSession): Promise<void> {
  const opened = await session.worker
    .evaluate(() => (globalThis as unknown as { chrome: ChromeInPage }).chrome.action.openPopup().then(() => true))
    .catch((error: unknown) => {
      console.warn(`The popup did not open from the toolbar icon (${String(error)}); the shot shows the icon alone.`);
      return false;
    });
  if (opened) await session.context.waitForEvent('page', { timeout: 2_000 }).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}

/** Hovers the seed story's quote until its card shows, so the shot has the mark, the card and the icon. */
async function showCard(page: Page): Promise<void> {
  const quote = page.locator('[data-onrecord="quote"]', { hasText: HOVERED_OPENING }).first();
  await quote.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -120));
  await quote.hover();
  const card = await pollUntil(
    async () => page.frames().some((f) => f.url().includes('/card.html')),
    (shown) => shown,
    10_000,
  );
  if (!card.ok) throw new Error('the card did not open on the hovered quote');
  await page.waitForTimeout(1_500);
}

/** One headful session on `display`: the article with its card, then (in English) the paused icon. */
async function shootOn(display: string, url: string, dir: string, lang?: string): Promise<string[]> {
  const extensionId = unpackedExtensionId(CHROME_BUILD_DIR);
  const profileDir = await pinnedProfile(extensionId);
  process.env.DISPLAY = display;
  // --test-type keeps Chromium from showing its infobar about the flags every automated launch carries.
  const session = await launchChromium({
    headless: false,
    viewport: null,
    profileDir,
    lang,
    extraArgs: ['--test-type'],
  });
  const written: string[] = [];
  try {
    if (session.extensionId !== extensionId)
      throw new Error(`Chromium named the extension ${session.extensionId}, not ${extensionId}: it is not pinned`);
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await fillScreen(page);
    await page.goto(url);
    await page.waitForSelector('[data-onrecord="quote"]', { timeout: 15_000 });
    await page.mouse.click(SCREEN.width - 40, SCREEN.height / 2);
    await showCard(page);
    await openPopupFromIcon(session);
    const shot = join(dir, `toolbar${lang ? `-${lang}` : ''}.png`);
    captureScreen(display, shot);
    written.push(shot);
    if (!lang) {
      // The greyed icon: paused everywhere, the page reloaded without marks, the popup saying so.
      await setPaused(session, true);
      await page.bringToFront();
      await page.reload();
      await page.waitForTimeout(1_500);
      await openPopupFromIcon(session);
      const paused = join(dir, 'toolbar-paused.png');
      captureScreen(display, paused);
      written.push(paused);
    }
  } finally {
    await session.close();
    await rm(profileDir, { recursive: true, force: true });
  }
  return written;
}

/**
 * Writes toolbar.png, toolbar-paused.png and toolbar-fr.png to `dir`; returns their paths, or a reason when the
 * machine cannot draw a toolbar (no Xvfb, or no ImageMagick to capture it), so the demo can skip and say why.
 */
export async function takeToolbarShots(url: string, dir: string): Promise<string[] | { skipped: string }> {
  const missing = Object.entries(TOOLS).filter(([tool]) => !hasCommand(tool));
  if (missing.length > 0) {
    const names = missing.map(([tool, pkg]) => `${tool} (Debian package ${pkg})`).join(' and ');
    return { skipped: `${names} not found; install with apt-get install -y ${missing.map(([, p]) => p).join(' ')}` };
  }
  const screen = await startXvfb(SCREEN.width, SCREEN.height);
  const previous = process.env.DISPLAY;
  try {
    const english = await shootOn(screen.display, url, dir);
    const french = await shootOn(screen.display, url, dir, 'fr');
    return [...english, ...french];
  } finally {
    if (previous === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = previous;
    await screen.stop();
  }
}
