/**
 * The side panel on the seed article, in real Chromium and Firefox ESR with the built extension: it lists the
 * article's quotes in page order under their speakers; Wang Yi's 24 February quote opens onto his Munich
 * statement of 19 February with its labelled relation; arrow keys move between quotes with a visible focus
 * ring; Enter on a quote reveals it on the page (the page's keyboard focus lands on that quote).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks } from '@/scripts/support/page-probes';
import { type LoggingProxy, nonLocalRequests, startLoggingProxy } from '@/scripts/support/proxy';
import {
  CARD_EXPECTATIONS,
  HOVERED_OPENING,
  matches,
  SEED_ATTRIBUTIONS,
  SEED_PAGE,
} from '@/scripts/support/seed-story';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import {
  focusPanelQuote,
  PANEL_BROWSERS,
  type PanelSession,
  panelContextText,
  panelFocus,
  readPanel,
} from './support/panel-browsers';

describe.each(PANEL_BROWSERS)('the side panel in $name', ({ start }) => {
  let server: StaticServer;
  let proxy: LoggingProxy;
  let session: PanelSession;
  let pageOrder: string[] = [];

  const listed = () =>
    pollUntil(
      () => session.inPanel(readPanel, undefined),
      (p) => SEED_ATTRIBUTIONS.every(({ opening }) => p.quotes.some((q) => q.text.trim().startsWith(opening))),
      15_000,
      100,
    );

  beforeAll(async () => {
    server = await startStaticServer();
    proxy = await startLoggingProxy();
    session = await start(proxy.port);
    await session.driver.open(`${server.url}${SEED_PAGE}`);
    const marks = await pollUntil(
      () => session.driver.evaluate(collectMarks, undefined),
      (m) => m.quotes.length >= SEED_ATTRIBUTIONS.length,
      15_000,
    );
    pageOrder = marks.value.quotes.map((q) => q.id);
    await session.openPanel();
  });

  afterAll(async () => {
    await session?.driver.close();
    await proxy?.close();
    await server?.close();
  });

  it("lists every quote of the article under its speaker's heading", async () => {
    const { value, ok } = await listed();
    expect(ok, `panel:\n${JSON.stringify(value, null, 1)}`).toBe(true);
    expect(value.headings[0]).toBe('On this page');
    for (const { opening, speaker } of SEED_ATTRIBUTIONS) {
      const quote = value.quotes.find((q) => q.text.trim().startsWith(opening));
      const heading = (quote?.speaker ?? '').split(' · ')[0] ?? '';
      expect(matches(heading, speaker), `speaker heading of "${opening}": ${quote?.speaker}`).toBe(true);
    }
  });

  it('keeps the page order', async () => {
    const { value } = await listed();
    const ids = value.quotes.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(pageOrder.filter((id) => ids.includes(id)));
    expect(ids.length).toBe(pageOrder.length);
  });

  it("opens Wang Yi's 24 February quote onto his Munich statement with its labelled relation", async () => {
    const summary = await pollUntil(
      async () => (await session.inPanel(readPanel, undefined)).quotes.find((q) => q.text.includes(HOVERED_OPENING)),
      (q) => !!q && /shift in emphasis/i.test(q.summary),
      10_000,
      100,
    );
    expect(summary.ok, `collapsed line: ${summary.value?.summary}`).toBe(true);
    const id = await session.inPanel(focusPanelQuote, HOVERED_OPENING);
    expect(id).not.toBeNull();
    await session.pressInPanel('ArrowRight');
    const opened = await pollUntil(
      () => session.inPanel(panelContextText, id ?? ''),
      (text) => !!text && CARD_EXPECTATIONS.filter((e) => e.what !== 'the speaker').every((e) => e.pattern.test(text)),
      10_000,
      100,
    );
    const text = opened.value ?? '';
    const missing = CARD_EXPECTATIONS.filter((e) => e.what !== 'the speaker' && !e.pattern.test(text));
    expect(
      missing.map((e) => e.what),
      `context:\n${text}`,
    ).toEqual([]);
  });

  it('asks the library again after Refresh, for what is in view and what is open', async () => {
    await listed();
    const wangId = (await session.inPanel(focusPanelQuote, HOVERED_OPENING)) ?? '';
    expect(wangId).not.toBe('');
    if ((await session.inPanel(panelContextText, wangId)) === null) await session.pressInPanel('ArrowRight');
    await session.inPanel(() => {
      Array.from(document.querySelectorAll<HTMLButtonElement>('.actions button'))
        .find((b) => b.textContent === 'Refresh')
        ?.click();
    }, undefined);
    const again = await pollUntil(
      () => session.inPanel(readPanel, undefined),
      (p) => {
        const wang = p.quotes.find((q) => q.text.includes(HOVERED_OPENING));
        return !!wang && /shift in emphasis/i.test(wang.summary);
      },
      10_000,
      100,
    );
    expect(again.ok, JSON.stringify(again.value.quotes.slice(0, 5))).toBe(true);
    const id = again.value.quotes.find((q) => q.text.includes(HOVERED_OPENING))?.id ?? '';
    const opened = await pollUntil(
      () => session.inPanel(panelContextText, id),
      (text) => !!text && /Ukraine is no exception/.test(text),
      10_000,
      100,
    );
    expect(opened.ok, opened.value ?? 'closed').toBe(true);
  });

  it('moves between quotes with the arrow keys, with a visible focus ring', async () => {
    const { value } = await listed();
    const first = value.quotes[0];
    const second = value.quotes[1];
    const last = value.quotes[value.quotes.length - 1];
    await session.inPanel(focusPanelQuote, first?.text.trim() ?? '');
    await session.pressInPanel('ArrowDown');
    const down = await session.inPanel(panelFocus, undefined);
    expect(down.id).toBe(second?.id);
    expect(down.outline).not.toBe('none');
    await session.pressInPanel('End');
    expect((await session.inPanel(panelFocus, undefined)).id).toBe(last?.id);
    await session.pressInPanel('ArrowUp');
    expect((await session.inPanel(panelFocus, undefined)).id).toBe(value.quotes[value.quotes.length - 2]?.id);
  });

  it('reveals a quote on the page when Enter is pressed on it', async () => {
    await listed();
    const target = SEED_ATTRIBUTIONS.find((a) => a.opening.startsWith('Ukraine is no exception'))!;
    const id = await session.inPanel(focusPanelQuote, target.opening);
    expect(id).not.toBeNull();
    await session.driver.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), undefined);
    await session.pressInPanel('Enter');
    const focused = await pollUntil(
      () => session.driver.evaluate(() => document.activeElement?.getAttribute('data-onrecord-id') ?? null, undefined),
      (v) => v === id,
      5_000,
      100,
    );
    expect(focused.value).toBe(id);
  });

  it('made no request beyond localhost', () => {
    expect(nonLocalRequests(proxy.requests)).toEqual([]);
  });
});
