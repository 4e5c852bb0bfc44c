/**
 * Chrome's real side panel, opened the way a reader opens it: the popup's "Open side panel" button. The panel
 * then follows the active tab of its window (no ?tab=): the seed article's quotes, another article's when the
 * reader switches tabs, and the seed article's again on switching back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '@/scripts/support/chromium';
import { openPopupFor } from '@/scripts/support/chromium-driver';
import { pollUntil } from '@/scripts/support/driver';
import { HOVERED_OPENING, SEED_PAGE } from '@/scripts/support/seed-story';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { sidePanelTarget } from './support/side-panel-target';

/** A second article: the hostile test page quotes Wang Yi twice and nothing else. */
const OTHER_PAGE = 'hostile.html';

describe('the side panel in Chromium, opened from the popup', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let seed: Page;
  let panel: Awaited<ReturnType<typeof sidePanelTarget>> = null;

  // Empty while the panel's document is between loads (a reload, a tab switch re-render), never undefined.
  const panelText = async () =>
    (await panel?.evaluate<string | undefined>('document.body?.innerText').catch(() => undefined)) ?? '';

  beforeAll(async () => {
    server = await startStaticServer();
    session = await launchChromium();
    seed = session.context.pages()[0] ?? (await session.context.newPage());
    await seed.goto(`${server.url}${SEED_PAGE}`, { waitUntil: 'load' });
    await seed.waitForSelector('[data-onrecord="quote"]', { timeout: 15_000 });
  });

  afterAll(async () => {
    await panel?.detach().catch(() => undefined);
    await session?.close();
    await server?.close();
  });

  it('opens the side panel from the popup button', async () => {
    const popup = await openPopupFor(session, seed);
    await popup.getByText('Open side panel').click({ timeout: 10_000 });
    const found = await pollUntil(
      () => sidePanelTarget(session.context, seed),
      (target) => target !== null,
      10_000,
      200,
    );
    panel = found.value;
    expect(panel, 'a side panel target showing sidepanel.html').not.toBeNull();
    expect(panel?.url).not.toContain('?tab=');
  });

  it("lists the active tab's quotes", async () => {
    await seed.bringToFront();
    const shown = await pollUntil(
      panelText,
      (t) => t.includes('12 quotes') && t.includes(HOVERED_OPENING),
      10_000,
      200,
    );
    expect(shown.ok, shown.value).toBe(true);
  });

  it('follows the reader to another tab and back', async () => {
    const other = await session.context.newPage();
    await other.goto(`${server.url}${OTHER_PAGE}`, { waitUntil: 'load' });
    await other.bringToFront();
    // Within 3 s, before the panel's 5 s re-read could pick the new tab up: the switch itself moves the panel.
    const switched = await pollUntil(panelText, (t) => /A page that spies on its own DOM/.test(t), 3_000, 100);
    expect(switched.ok, switched.value).toBe(true);
    expect(switched.value).not.toContain('12 quotes');
    await seed.bringToFront();
    const back = await pollUntil(panelText, (t) => t.includes('12 quotes'), 3_000, 100);
    expect(back.ok, back.value).toBe(true);
  });
});
