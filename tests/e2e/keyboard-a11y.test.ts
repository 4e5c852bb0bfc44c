/**
 * The keyboard shortcut between quotes and what screen readers get, in real Chromium and Firefox ESR: both
 * browsers accept the suggested keys; the shortcut's message moves to the next or previous quote in reading
 * order, wraps, skips a hidden quote and opens its card; Esc closes it with focus back on the quote; the card
 * frame has a title and the card is a dialog named by its speaker line, announced politely. Chromium's own
 * accessibility tree is checked through CDP; Firefox offers no accessibility tree to automation, so there the
 * same names are checked through the ARIA attributes they come from.
 *
 * A browser's shortcut keys go to its own window, out of reach of automation, so the tests deliver the
 * command's message to the tab as the background does (lib/background/shortcuts.ts; unit-tested from onCommand).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks, type MarkSummary } from '@/scripts/support/page-probes';
import { SEED_PAGE } from '@/scripts/support/seed-story';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import {
  KEYS_BROWSERS,
  type KeysDriver,
  readCommands,
  readQuoteOrder,
  readQuoteState,
  sendStepMessage,
  startChromiumKeys,
} from './support/keys-browsers';

/** The description every focusable quote highlight carries (lib/page/dom/highlight.ts). */
const MARK_DESCRIPTION = /OnRecord quote: its card opens on focus/;

async function openSeed(driver: KeysDriver, server: StaticServer): Promise<MarkSummary> {
  await driver.open(`${server.url}${SEED_PAGE}`);
  const found = await pollUntil(
    () => driver.evaluate(collectMarks, undefined),
    (m) => m.quotes.length > 3,
    15_000,
  );
  return found.value;
}

describe.each(KEYS_BROWSERS)('the shortcut between quotes in $name', ({ start }) => {
  let server: StaticServer;
  let driver: KeysDriver;
  let marks: MarkSummary;
  let order: string[];
  let tabId: number;

  const textOf = (id: string) => marks.quotes.find((q) => q.id === id)?.text.trim() ?? '';
  const step = async (direction: 'next' | 'previous') => {
    expect(await driver.inExtension(sendStepMessage, { tabId, direction })).toBe(true);
  };
  // The quote whose card is open, once the card shows that quote's words.
  const landedOn = async (id: string) => {
    const opening = textOf(id).slice(0, 20);
    const state = await pollUntil(
      async () => ({ ...(await driver.evaluate(readQuoteState, undefined)), card: (await driver.cardText()) ?? '' }),
      (s) => s.expanded.length === 1 && s.expanded[0] === id && s.card.includes(opening),
      5_000,
    );
    expect(state.value.expanded, `card open for ${id} ("${opening}")`).toEqual([id]);
    expect(state.value.card).toContain(opening);
    expect(await driver.cardVisible()).toBe(true);
    // Focus moves with it wherever the browser gives the page focus (headless Firefox gives none).
    if (state.value.hasFocus) expect(state.value.focused).toBe(id);
    return state.value;
  };

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await start();
    marks = await openSeed(driver, server);
    order = await driver.evaluate(readQuoteOrder, undefined);
    tabId = await driver.pageTabId();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('has the suggested keys accepted by the browser', async () => {
    const commands = await driver.inExtension(readCommands, undefined);
    const keyOf = (command: string) => commands.find((c) => c.name === command)?.shortcut;
    expect(keyOf('next-quote')).toBe('Alt+Shift+J');
    expect(keyOf('previous-quote')).toBe('Alt+Shift+K');
  });

  it('names the bound keys in the popup', async () => {
    const text = await driver.popupText((t) => t.includes('Keyboard:'));
    expect(text).toMatch(/Keyboard: Alt\+Shift\+J next quote, Alt\+Shift\+K previous quote; Esc closes the card/);
  });

  it('makes every quote a tab stop with a description of what it offers', async () => {
    const described = await driver.evaluate(
      () =>
        Array.from(document.querySelectorAll('[data-onrecord="quote"][tabindex="0"]')).map((el) =>
          el.getAttribute('aria-description'),
        ),
      undefined,
    );
    expect(described.length).toBe(marks.quotes.length);
    for (const d of described) expect(d).toMatch(MARK_DESCRIPTION);
  });

  it('moves to the next and previous quote in reading order and opens its card, wrapping at both ends', async () => {
    expect(order.length).toBeGreaterThan(3);
    const last = order[order.length - 1]!;
    await step('next');
    await landedOn(order[0]!);
    await step('next');
    await landedOn(order[1]!);
    await step('previous');
    await landedOn(order[0]!);
    await step('previous');
    await landedOn(last);
    await step('next');
    await landedOn(order[0]!);
  });

  it('skips a quote the page hides', async () => {
    const hidden = order[1]!;
    await driver.evaluate((id) => {
      for (const el of document.querySelectorAll<HTMLElement>(`[data-onrecord-id="${id}"]`)) {
        el.style.visibility = 'hidden';
      }
    }, hidden);
    try {
      await step('next');
      await landedOn(order[2]!);
      await step('previous');
      await landedOn(order[0]!);
    } finally {
      await driver.evaluate((id) => {
        for (const el of document.querySelectorAll<HTMLElement>(`[data-onrecord-id="${id}"]`)) el.style.visibility = '';
      }, hidden);
    }
  });

  it('closes the card with Esc and leaves focus on the quote', async () => {
    // Focus events fire and keys arrive only in a focused window, as a reader's is (the harness gives the
    // browser one; see launchFirefox): fail, rather than skip, where the page has no focus.
    await driver.bringToFront();
    expect(await driver.evaluate(() => document.hasFocus(), undefined)).toBe(true);
    await step('next');
    const { expanded } = await landedOn(order[1]!);
    await driver.press('Escape');
    const closed = await pollUntil(
      () => driver.cardVisible(),
      (v) => v === false,
      3_000,
    );
    expect(closed.ok).toBe(true);
    const after = await driver.evaluate(readQuoteState, undefined);
    expect(after.expanded).toEqual([]);
    expect(after.focused).toBe(expanded[0]);
  });

  it('gives the card frame a title and the card a dialog role named by its speaker line', async () => {
    await step('next');
    expect(await driver.cardTitle()).toBe('OnRecord quote card');
    const card = await pollUntil(
      () =>
        driver.inCard(() => {
          const dialog = document.querySelector('[role="dialog"]');
          const label = dialog?.getAttribute('aria-labelledby');
          const described = dialog?.getAttribute('aria-describedby');
          return {
            name: label ? (document.getElementById(label)?.textContent ?? '') : '',
            speakerLine: document.querySelector('h1')?.textContent ?? '',
            description: described ? (document.getElementById(described)?.textContent ?? '') : '',
            live: dialog?.getAttribute('aria-live') ?? '',
            busy: dialog?.getAttribute('aria-busy') ?? '',
          };
        }),
      (c) => c?.busy === 'false' && c.name !== '',
      5_000,
    );
    const { expanded } = await driver.evaluate(readQuoteState, undefined);
    const quote = marks.quotes.find((q) => q.id === expanded[0]);
    expect(quote, 'a quote has its card open').toBeDefined();
    expect(card.value).toEqual({
      name: card.value?.speakerLine,
      speakerLine: expect.stringContaining(quote!.speaker.split(' ').pop()!),
      description: expect.stringContaining(quote!.text.trim().slice(0, 20)),
      live: 'polite',
      busy: 'false',
    });
  });
});

describe("the card in Chromium's accessibility tree", () => {
  let server: StaticServer;
  let driver: Awaited<ReturnType<typeof startChromiumKeys>>;

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await startChromiumKeys();
    await openSeed(driver, server);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  type AxNode = {
    role?: { value?: string };
    name?: { value?: string };
    description?: { value?: string };
    ignored?: boolean;
    properties?: { name: string; value?: { value?: unknown } }[];
  };
  const axTree = async (target: Page | Frame) => {
    const session = await driver.page.context().newCDPSession(target);
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
    await session.detach();
    return nodes.filter((n) => !n.ignored);
  };
  const property = (node: AxNode | undefined, name: string) =>
    node?.properties?.find((p) => p.name === name)?.value?.value;

  it('exposes the quotes as buttons with a description, and the shown card as a named, polite dialog', async () => {
    const tabId = await driver.pageTabId();
    const order = await driver.evaluate(readQuoteOrder, undefined);
    const wang = (await driver.evaluate(collectMarks, undefined)).quotes.find((q) => q.speaker === 'Wang Yi')!;
    // Step until the card shows Wang Yi's first quote.
    for (let i = 0; i <= order.indexOf(wang.id); i++) {
      await driver.inExtension(sendStepMessage, { tabId, direction: 'next' });
    }
    const shown = await pollUntil(
      async () => ((await driver.cardVisible()) ? ((await driver.cardText()) ?? '') : ''),
      (t) => t.includes(wang.text.trim().slice(0, 20)) && !t.includes('Looking in your library'),
      5_000,
    );
    expect(shown.ok, shown.value).toBe(true);

    const page = await axTree(driver.page);
    const buttons = page.filter((n) => n.role?.value === 'button' && MARK_DESCRIPTION.test(n.description?.value ?? ''));
    expect(buttons.length).toBe(order.length);
    expect(buttons.some((b) => b.name?.value?.startsWith(wang.text.trim().slice(0, 20)))).toBe(true);
    const frame = page.find((n) => n.role?.value === 'Iframe');
    expect(frame?.name?.value).toBe('OnRecord quote card');

    const card = await axTree(driver.cardFrame()!);
    const dialog = card.find((n) => n.role?.value === 'dialog');
    expect(dialog?.name?.value).toBe('Wang Yi');
    expect(dialog?.description?.value).toContain(wang.text.trim().slice(0, 20));
    expect(property(dialog, 'live')).toBe('polite');
    expect(property(dialog, 'roledescription')).toBe('quote card');
    expect(card.some((n) => n.role?.value === 'heading' && n.name?.value === 'Wang Yi')).toBe(true);
  });
});
