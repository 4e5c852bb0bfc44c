/**
 * Capture in real Chromium with the built extension: hover a quote, press the card's Save, and find the quote
 * in the manager with its source; the same words from a second outlet become a second source of the same
 * statement; and "remember quotes on this site", switched on in the popup, keeps the quotes of the next page.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '@/scripts/support/chromium';
import { openPopupFor } from '@/scripts/support/chromium-driver';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks, tabIdOf, visibleText } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { inPage } from './support/probe-kit';

/** The parts of the extension API these tests call inside the service worker. */
interface WorkerChrome {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { session: { set(items: object): Promise<void> } };
}

const LEDGER = 'library/ledger.html';
const EVENING_POST = 'library/evening-post.html';
const OPENING = 'We will not sign any trade deal';

describe('saving quotes from pages, in Chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let page: Page;

  const cardFrame = (): Frame | undefined => page.frames().find((f) => /\/card\.html/.test(f.url()));
  const cardText = async () =>
    (await cardFrame()
      ?.evaluate(visibleText)
      .catch(() => null)) ?? '';

  /** Opens a page, hovers the quote, waits for the card with the library's answer. */
  async function hoverQuote(path: string): Promise<void> {
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const marks = await pollUntil(
      () => page.evaluate(collectMarks),
      (m) => m.quotes.some((q) => q.text.includes(OPENING)),
      15_000,
    );
    const id = marks.value.quotes.find((q) => q.text.includes(OPENING))?.id;
    expect(id, 'the quote is highlighted').toBeDefined();
    await page.mouse.move(1, 1);
    await page.locator(`[data-onrecord="quote"][data-onrecord-id="${id}"]`).first().hover();
    // The Save button says what it will do: save, add this page as a source, or nothing new from this page.
    const shown = await pollUntil(cardText, (t) => /Save quote|Add this source|Already saved from/.test(t), 5_000);
    expect(shown.ok, `card text: ${shown.value}`).toBe(true);
  }

  /** Clicks Save in the card frame (a real click: the pointer moves into the card, which stays open). */
  async function save(): Promise<string> {
    // The card ignores clicks until it has been visible and still for a moment (clickjacking guard): a click
    // that came too early did nothing, so clicking again is safe.
    let done = { ok: false, value: '' };
    for (let attempt = 0; attempt < 4 && !done.ok; attempt++) {
      await cardFrame()!.locator('button.save-button').click();
      done = await pollUntil(cardText, (t) => /Saved to|Already in/.test(t), 1_500);
    }
    expect(done.ok, `card text: ${done.value}`).toBe(true);
    return done.value;
  }

  async function managerText(settled: (text: string) => boolean): Promise<string> {
    const manager = await session.context.newPage();
    await manager.goto(`chrome-extension://${session.extensionId}/manager.html`);
    const { value } = await pollUntil(() => manager.evaluate(visibleText), settled, 10_000, 100);
    await manager.close();
    return value;
  }

  beforeAll(async () => {
    server = await startStaticServer();
    session = await launchChromium();
    page = session.context.pages()[0] ?? (await session.context.newPage());
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('saves a hovered quote with its speaker, and the card then shows it on record', async () => {
    await hoverQuote(LEDGER);
    const text = await save();
    expect(text).toContain('Saved to your library under Amara Okafor');
    const onRecord = await pollUntil(cardText, (t) => /On record/.test(t), 5_000);
    expect(onRecord.ok, `card text: ${onRecord.value}`).toBe(true);
  });

  it('lists the saved quote in the manager with its speaker, date and source', async () => {
    const text = await managerText((t) => t.includes('Amara Okafor'));
    expect(text).toContain('Amara Okafor');
    expect(text).toContain("Nigeria's trade minister");
    expect(text).toContain('We will not sign any trade deal that leaves our farmers behind');
    expect(text).toContain('The Daily Ledger: Nigeria holds firm on farm tariffs');
  });

  it('files the same words from another outlet as a second source of the same statement', async () => {
    await hoverQuote(EVENING_POST);
    expect(await save()).toContain('this page was added as another source');
    const text = await managerText((t) => t.includes('The Evening Post'));
    expect(text).toContain('The Daily Ledger: Nigeria holds firm on farm tariffs');
    expect(text).toContain('The Evening Post: Trade talks stall over agriculture');
    // One statement: its words appear once as a line of their own (checkbox labels only quote their start).
    expect(text.match(/^We will not sign any trade deal that leaves our farmers behind$/gm), text).toHaveLength(1);
    // Saving again from the same page adds nothing.
    await page.mouse.move(1, 1);
    await hoverQuote(EVENING_POST);
    expect(await save()).toContain('Already in your library');
  });

  it("saves a selection as a quote of the person the reader picks (the context menu's window)", async () => {
    await page.goto(`${server.url}${LEDGER}`, { waitUntil: 'load' });
    const words = 'the talks would continue next month';
    await page.evaluate((w) => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(w))!;
      const node = [...p.childNodes].find((n) => n.textContent?.includes(w))!;
      const at = node.textContent!.indexOf(w);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, words);
    // What the menu's click handler asks the tab (the click itself cannot be made headless).
    const tabId = await session.worker.evaluate(tabIdOf, page.url());
    const context = (await session.worker.evaluate(
      ([id, text]) =>
        (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.sendMessage(id as number, {
          type: 'capture/selection',
          payload: { text },
        }),
      [tabId, words] as const,
    )) as { page: { url: string; outlet: string; publishedAt: string }; prefix: string; suffix: string };
    expect(context.page).toMatchObject({ outlet: 'The Daily Ledger', publishedAt: '2025-03-03T09:30:00.000Z' });
    expect(context.prefix).toBe('Okafor said ');
    expect(context.suffix).toMatch(/^\. Officials from both delegations/);
    await session.worker.evaluate(
      (draft) =>
        (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.set({
          'onrecord:capture-draft:draft-1': draft,
        }),
      {
        id: 'draft-1',
        text: words,
        page: context.page,
        prefix: context.prefix,
        suffix: context.suffix,
        speaker: null,
      },
    );
    const chooser = await session.context.newPage();
    await chooser.goto(`chrome-extension://${session.extensionId}/capture.html#draft-1`);
    await chooser.getByLabel('Who said it').selectOption({ label: 'Amara Okafor' });
    await chooser.getByRole('button', { name: 'Save quote' }).click();
    await chooser.getByText('Saved to your library under Amara Okafor.').waitFor({ timeout: 5_000 });
    await chooser.close();
    const text = await managerText((t) => t.includes(words));
    expect(text).toContain(words);
  });

  it('remembers the quotes of a site only once the reader switches it on in the popup', async () => {
    await page.goto(`${server.url}seed.html`, { waitUntil: 'load' });
    await pollUntil(
      () => page.evaluate(collectMarks),
      (m) => m.quotes.length > 0,
      15_000,
    );
    const before = await statementSources(session);
    expect(before.filter((url) => url.endsWith('/seed.html'))).toEqual([]);
    const popup = await openPopupFor(session, page);
    const toggle = popup.getByRole('switch', { name: /Remember quotes on this site/ });
    await toggle.waitFor({ timeout: 10_000 });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await popup.close();
    const after = await pollUntil(
      () => statementSources(session),
      (urls) => urls.filter((url) => url.endsWith('/seed.html')).length >= 3,
      15_000,
      250,
    );
    expect(after.ok, `sources: ${after.value.join(', ')}`).toBe(true);
    // The opt-in lives in the extension's database, not in storage.local where any content script could read it.
    const local = await session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
      ).chrome.storage.local.get(null),
    );
    expect(Object.keys(local)).not.toContain('onrecord:remember-sites');
    expect(await rememberPref(session)).toEqual([new URL(server.url).hostname]);
  });
});

/** The remember opt-ins as the extension's database holds them (prefs table). */
async function rememberPref(session: ChromiumSession): Promise<unknown> {
  return session.worker.evaluate(
    inPage(async ({ readOne }) => (await readOne<{ value?: unknown }>('prefs', 'remember-sites'))?.value),
  );
}

/** Every source URL of every statement, read in the extension's own origin (the service worker). */
async function statementSources(session: ChromiumSession): Promise<string[]> {
  return session.worker.evaluate(
    inPage(async ({ readAll }) =>
      (await readAll<{ sources: { url: string }[] }>('statements')).flatMap((s) => s.sources.map((x) => x.url)),
    ),
  );
}
