import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCardRelay, isCardPageUrl, PREFETCH_PER_TAB, PREFETCH_TTL_MS } from '@/lib/background/card-relay';
import type { BackgroundToCard, CardData, PageInfo, PageQuote } from '@/lib/core/protocol';

const CARD = 'chrome-extension://ext/card.html';
const NONCE = 'b10000000000000000';

function fakePort(name: string, tabId: number) {
  const posted: unknown[] = [];
  const port = {
    name,
    sender: { tab: { id: tabId } as never, url: `${CARD}#x` },
    postMessage: (m: unknown) => posted.push(m),
    onMessage: { addListener: () => {} },
    onDisconnect: { addListener: () => {} },
  };
  return { port: port as never, posted };
}

const page: PageInfo = { url: 'https://n.test/a', title: 'A', outlet: null, publishedAt: null };
const quoteN = (n: number): PageQuote => ({
  id: `q${n}`,
  text: `Words number ${n}`,
  kind: 'direct',
  speaker: 'Wang Yi',
  prefix: '',
  suffix: '',
});
const payload = (n: number) => ({ quote: quoteN(n), page, people: [] });
const prefetch = (n: number) => ({ type: 'card/prefetch', payload: payload(n) });
const show = (n: number, nonce = NONCE) => ({ type: 'card/show', payload: { nonce, ...payload(n) } });
const hide = (nonce = NONCE) => ({ type: 'card/hide', payload: { nonce } });
const tab = (id: number) => ({ tab: { id } as never, frameId: 0 });
const flush = () => new Promise((r) => setTimeout(r, 0));

/** A relay whose lookups stay pending until the test settles them. */
function setup() {
  const lookups: { show: BackgroundToCard['card/show']; resolve: () => void; reject: (e: Error) => void }[] = [];
  const sent: unknown[] = [];
  const relay = createCardRelay({
    isCardPage: (url) => isCardPageUrl(url, CARD),
    sendToTab: (_tabId, m) => sent.push(m),
    lookup: (s) =>
      new Promise<CardData>((resolve, reject) => {
        const data: CardData = {
          quote: s.quote,
          page: s.page,
          speaker: s.quote.speaker,
          role: null,
          known: true,
          candidates: [],
          onRecord: null,
          earlier: [],
        };
        lookups.push({ show: s, resolve: () => resolve(data), reject });
      }),
    openManager: () => {},
  });
  const card = fakePort(`card:${NONCE}`, 7);
  relay.onConnect(card.port);
  const data = () => card.posted.filter((m) => (m as { type: string }).type === 'card/data');
  return { relay, lookups, sent, card, data };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('card relay prefetch', () => {
  it('starts the lookup at prefetch and lets the show for the same quote reuse it', async () => {
    const { relay, lookups, card, data, sent } = setup();
    expect(relay.onMessage(prefetch(1), tab(7))).toBe(true);
    expect(lookups).toHaveLength(1);
    // Nothing reaches the card or the tab before the show.
    expect(card.posted).toEqual([]);
    expect(sent).toEqual([]);
    lookups[0]!.resolve();
    await flush();
    expect(card.posted).toEqual([]);

    relay.onMessage(show(1), tab(7));
    await flush();
    expect(lookups).toHaveLength(1);
    expect(data()).toEqual([{ type: 'card/data', payload: expect.objectContaining({ quote: quoteN(1) }) }]);
  });

  it('reuses a lookup still running when the show arrives', async () => {
    const { relay, lookups, data } = setup();
    relay.onMessage(prefetch(1), tab(7));
    relay.onMessage(show(1), tab(7));
    expect(lookups).toHaveLength(1);
    await flush();
    expect(data()).toEqual([]);
    lookups[0]!.resolve();
    await flush();
    expect(data()).toHaveLength(1);
  });

  it('looks up afresh for a show of another quote, and a used prefetch is not used twice', async () => {
    const { relay, lookups, data } = setup();
    relay.onMessage(prefetch(1), tab(7));
    lookups[0]!.resolve();
    await flush();
    relay.onMessage(show(2), tab(7));
    expect(lookups.map((l) => l.show.quote.id)).toEqual(['q1', 'q2']);
    relay.onMessage(show(1), tab(7));
    relay.onMessage(show(1), tab(7));
    expect(lookups.map((l) => l.show.quote.id)).toEqual(['q1', 'q2', 'q1']);
    for (const l of lookups) l.resolve();
    await flush();
    expect(data()).toHaveLength(3);
  });

  it('runs one prefetch per tab at a time and keeps only the latest waiting', async () => {
    const { relay, lookups } = setup();
    for (let n = 0; n < 500; n++) relay.onMessage(prefetch(n), tab(7));
    expect(lookups.map((l) => l.show.quote.id)).toEqual(['q0']);
    expect(relay.prefetchesOf(7)).toEqual({ kept: 1, running: true, waiting: true });
    lookups[0]!.resolve();
    await flush();
    expect(lookups.map((l) => l.show.quote.id)).toEqual(['q0', 'q499']);
    lookups[1]!.resolve();
    await flush();
    expect(lookups).toHaveLength(2);
    expect(relay.prefetchesOf(7)).toEqual({ kept: 2, running: false, waiting: false });
  });

  it('asks once for a quote prefetched again while its answer is kept', async () => {
    const { relay, lookups } = setup();
    relay.onMessage(prefetch(1), tab(7));
    lookups[0]!.resolve();
    await flush();
    for (let i = 0; i < 50; i++) relay.onMessage(prefetch(1), tab(7));
    expect(lookups).toHaveLength(1);
  });

  it(`keeps at most ${PREFETCH_PER_TAB} answers per tab, the oldest dropped first`, async () => {
    const { relay, lookups } = setup();
    for (let n = 0; n < PREFETCH_PER_TAB + 3; n++) {
      relay.onMessage(prefetch(n), tab(7));
      lookups.at(-1)!.resolve();
      await flush();
    }
    expect(relay.prefetchesOf(7).kept).toBe(PREFETCH_PER_TAB);
    const before = lookups.length;
    relay.onMessage(show(0), tab(7));
    expect(lookups).toHaveLength(before + 1);
    relay.onMessage(show(PREFETCH_PER_TAB + 2), tab(7));
    expect(lookups).toHaveLength(before + 1);
  });

  it('drops a tab’s prefetches on hide, and a show that follows looks up again', async () => {
    const { relay, lookups } = setup();
    relay.onMessage(prefetch(1), tab(7));
    lookups[0]!.resolve();
    await flush();
    relay.onMessage(hide(), tab(7));
    expect(relay.prefetchesOf(7).kept).toBe(0);
    relay.onMessage(show(1), tab(7));
    expect(lookups).toHaveLength(2);
  });

  it('still counts a running lookup after hide, so hide and prefetch in turn cannot pile lookups up', async () => {
    const { relay, lookups } = setup();
    for (let n = 0; n < 100; n++) {
      relay.onMessage(prefetch(n), tab(7));
      relay.onMessage(hide(), tab(7));
    }
    expect(lookups).toHaveLength(1);
    lookups[0]!.resolve();
    await flush();
    // The last prefetch was dropped by the hide after it: nothing waits.
    expect(lookups).toHaveLength(1);
  });

  it('forgets an answer older than the keeping time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { relay, lookups } = setup();
    relay.onMessage(prefetch(1), tab(7));
    lookups[0]!.resolve();
    await flush();
    vi.setSystemTime(Date.now() + PREFETCH_TTL_MS + 1);
    relay.onMessage(show(1), tab(7));
    expect(lookups).toHaveLength(2);
  });

  it('drops kept answers when the library changes', async () => {
    const { relay, lookups } = setup();
    relay.onMessage(prefetch(1), tab(7));
    lookups[0]!.resolve();
    await flush();
    relay.onLibraryChanged();
    relay.onMessage(show(1), tab(7));
    expect(lookups).toHaveLength(2);
  });

  it('serves a show only from its own tab’s prefetches, and forgets a closed tab', async () => {
    const { relay, lookups } = setup();
    relay.onMessage(prefetch(1), tab(8));
    lookups[0]!.resolve();
    await flush();
    relay.onMessage(show(1), tab(7));
    expect(lookups).toHaveLength(2);
    relay.onTabRemoved(8);
    expect(relay.prefetchesOf(8)).toEqual({ kept: 0, running: false, waiting: false });
  });

  it('moves on to the waiting prefetch when a lookup fails, and a show then looks up itself', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { relay, lookups } = setup();
    relay.onMessage(prefetch(1), tab(7));
    relay.onMessage(prefetch(2), tab(7));
    lookups[0]!.reject(new Error('database closed'));
    await flush();
    expect(lookups.map((l) => l.show.quote.id)).toEqual(['q1', 'q2']);
    relay.onMessage(show(1), tab(7));
    expect(lookups.map((l) => l.show.quote.id)).toEqual(['q1', 'q2', 'q1']);
  });

  it('refuses malformed prefetches and prefetches from outside a tab', () => {
    const { relay, lookups } = setup();
    expect(relay.onMessage({ type: 'card/prefetch', payload: { ...payload(1), nonce: NONCE } }, tab(7))).toBe(false);
    expect(relay.onMessage({ type: 'card/prefetch', payload: { page, people: [] } }, tab(7))).toBe(false);
    expect(relay.onMessage(prefetch(1), { frameId: 0 } as never)).toBe(false);
    expect(lookups).toHaveLength(0);
  });
});
