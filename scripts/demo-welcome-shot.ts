/**
 * The welcome page a new reader lands on, for the store listing and the README: written as
 * docs/screenshots/welcome.png, or welcome-<lang>.png when the browser runs in another language.
 */
import type { ChromiumSession } from './support/chromium';

/** Opens the extension's welcome page in the running session and writes its screenshot; returns the path. */
export async function takeWelcomeShot(session: ChromiumSession, dir: string, lang?: string): Promise<string> {
  const page = await session.context.newPage();
  try {
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(`chrome-extension://${session.extensionId}/welcome.html`, { timeout: 30_000 });
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    const path = `${dir}/welcome${lang ? `-${lang}` : ''}.png`;
    await page.screenshot({ path });
    return path;
  } finally {
    await page.close();
  }
}
