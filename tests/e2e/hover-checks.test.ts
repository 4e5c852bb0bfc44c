/**
 * Altered and recycled quotes, in real Chromium and real Firefox ESR with the built extension: a fictional
 * pack is imported through the manager, then each quote on two fictional news pages is hovered (and focused).
 * The altered quote's card shows which words were removed and added, the ellipsis as an omission, and the
 * stored statement with its outlet and date; the recycled quote's card shows when it was said and when the
 * page was published; the exact and the recent quotes on the same pages show neither. Nothing from the
 * library reaches the page DOM, and no request leaves localhost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks, probeLeaks } from '@/scripts/support/page-probes';
import { ROOT_DIR } from '@/scripts/support/paths';
import { type LoggingProxy, nonLocalRequests, startLoggingProxy } from '@/scripts/support/proxy';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import {
  type CardChecks,
  HOVER_BROWSERS,
  HOVER_CASES,
  HOVER_PACK,
  type HoverCase,
  LATER_PACK,
  readCardChecks,
} from './hover-pages';
import { libraryOnlyLines } from './support/browsers';

const PACK_TEXT = readFileSync(join(ROOT_DIR, HOVER_PACK), 'utf8');
const PAGES = [...new Set(HOVER_CASES.map((c) => c.page))];

describe.each(HOVER_BROWSERS)('altered and recycled quotes in $name', ({ start }) => {
  let server: StaticServer;
  let proxy: LoggingProxy;
  let session: Awaited<ReturnType<typeof start>>;
  let openPage = '';
  const seen = new Map<string, CardChecks>();

  const driver = () => session.driver;
  const open = async (page: string) => {
    if (openPage === page) return;
    await driver().open(`${server.url}${page}`);
    openPage = page;
  };
  const selectorOf = async (c: HoverCase) => {
    await open(c.page);
    const marks = await pollUntil(
      () => driver().evaluate(collectMarks, undefined),
      (m) => m.quotes.some((q) => q.text.trim().startsWith(c.opening)),
      15_000,
    );
    const quote = marks.value.quotes.find((q) => q.text.trim().startsWith(c.opening));
    if (!quote) throw new Error(`no highlighted quote starts with "${c.opening}"`);
    expect(quote.speaker).toBe(c.speaker);
    return `[data-onrecord="quote"][data-onrecord-id="${quote.id}"]`;
  };
  /** The card once it holds the library's answer for this quote (not the page-only first draw). */
  const settledCard = async (c: HoverCase) => {
    const shown = await pollUntil(
      () => session.inCard(readCardChecks),
      (k) => !!k && k.busy === 'false' && k.quote.startsWith(c.opening) && k.speaker === c.speaker,
      5_000,
    );
    expect(shown.ok, `card for "${c.opening}": ${JSON.stringify(shown.value)}`).toBe(true);
    return shown.value as CardChecks;
  };
  const expectChecks = (c: HoverCase, card: CardChecks) => {
    if (c.altered) {
      expect(card.altered, card.text).not.toBeNull();
      expect(card.altered?.removed).toEqual(c.altered.removed);
      expect(card.altered?.added).toEqual(c.altered.added);
      expect(card.altered?.elisions).toBe(c.altered.elisions);
      expect(card.altered?.title).toContain(c.altered.recordDate);
    } else expect(card.altered, card.text).toBeNull();
    if (c.recycled) {
      expect(card.recycled, card.text).not.toBeNull();
      expect(card.recycled).toContain(`said ${c.recycled.saidOn}`);
      expect(card.recycled).toContain(`published ${c.recycled.publishedOn}`);
      expect(card.recycled).toContain(`${new Intl.NumberFormat('en-GB').format(c.recycled.days)} days before`);
    } else expect(card.recycled, card.text).toBeNull();
    if (c.listed) {
      const { opening, outlet, date } = c.listed;
      const stored = card.statements.find((s) => s.text.startsWith(opening));
      expect(stored, `the stored statement "${opening}" in:\n${card.text}`).toBeDefined();
      expect(stored?.sources).toContain(outlet);
      expect(stored?.date).toBe(date);
    }
    if (c.onRecordSince) expect(card.onRecord).toContain(`On record since ${c.onRecordSince}`);
    else expect(card.onRecord).toBe('');
  };

  beforeAll(async () => {
    server = await startStaticServer();
    proxy = await startLoggingProxy();
    session = await start(PACK_TEXT, proxy.port);
  });

  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  it('imports the pages’ pack through the manager', () => {
    expect(session.imported).toMatch(/^Import done: added 2 people/);
  });

  it.each(HOVER_CASES)('hover: $what', async (c) => {
    const selector = await selectorOf(c);
    await driver().hoverAway();
    await pollUntil(
      () => driver().cardVisible(),
      (v) => v !== true,
      3_000,
    );
    await driver().hover(selector);
    const card = await settledCard(c);
    expect(await driver().cardVisible()).toBe(true);
    expectChecks(c, card);
    seen.set(c.opening, card);
  });

  it.for(HOVER_CASES)('focus: $what', async (c) => {
    const selector = await selectorOf(c);
    // Focus events fire and keys arrive only in a focused window, as a reader's is (the harness gives the
    // browser one; see launchFirefox): fail, rather than skip, where the page has no focus.
    await driver().bringToFront();
    expect(await driver().evaluate(() => document.hasFocus(), undefined)).toBe(true);
    await driver().hoverAway();
    await driver().focus(selector);
    const card = await settledCard(c);
    expectChecks(c, card);
    await driver().press('Escape');
  });

  it.each(PAGES)('puts nothing from the library into the DOM of %s', async (page) => {
    await open(page);
    const cards = HOVER_CASES.filter((c) => c.page === page).map((c) => seen.get(c.opening));
    expect(cards.every(Boolean), 'the hover checks ran first').toBe(true);
    const { pristineText } = await driver().evaluate(probeLeaks, []);
    const lines = cards.flatMap((card) => libraryOnlyLines(card?.text ?? '', pristineText));
    expect(lines.length).toBeGreaterThan(0);
    const report = await driver().evaluate(probeLeaks, lines);
    expect(report.found).toEqual([]);
    expect(report.hostText).toBe('');
  });

  it('lists a statement imported after the speaker’s card was seen', async () => {
    const control = HOVER_CASES[1]!;
    const selector = await selectorOf(control);
    expect(seen.get(control.opening)?.statements.some((s) => s.text.startsWith('The tunnel contractor'))).toBe(false);
    expect(await session.importPack(JSON.stringify(LATER_PACK))).toMatch(/^Import done: added 0 people, 1 statement/);
    await driver().hoverAway();
    await pollUntil(
      () => driver().cardVisible(),
      (v) => v !== true,
      3_000,
    );
    await driver().hover(selector);
    const card = await settledCard(control);
    const later = card.statements.find((s) => s.text.startsWith('The tunnel contractor has agreed'));
    expect(later, card.text).toBeDefined();
    expect(later?.sources).toContain('Kessington Herald');
    expectChecks(control, card);
  });

  it('made no request beyond localhost', () => {
    expect(proxy.requests.some((r) => r.target.endsWith('/hover/rail-link.html'))).toBe(true);
    expect(nonLocalRequests(proxy.requests)).toEqual([]);
  });
});
