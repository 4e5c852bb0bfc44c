import { describe, expect, it } from 'vitest';
import { createCardRelay, isCardPageUrl } from '@/lib/background/card-relay';
import type { CardData, PageInfo, PageQuote } from '@/lib/core/protocol';

const CARD = 'chrome-extension://ext/card.html';

function fakePort(name: string, tabId: number | undefined, url = `${CARD}#x`) {
  const messageListeners: ((m: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const posted: unknown[] = [];
  const port = {
    name,
    sender: { tab: tabId === undefined ? undefined : ({ id: tabId } as never), url },
    postMessage: (m: unknown) => posted.push(m),
    onMessage: { addListener: (l: (m: unknown) => void) => messageListeners.push(l) },
    onDisconnect: { addListener: (l: () => void) => disconnectListeners.push(l) },
  };
  return {
    port: port as never,
    posted,
    say: (m: unknown) => {
      for (const l of messageListeners) l(m);
    },
    disconnect: () => {
      for (const l of disconnectListeners) l();
    },
  };
}

const quote: PageQuote = {
  id: 'q1',
  text: 'Ukraine is no exception',
  kind: 'direct',
  speaker: 'Wang Yi',
  prefix: '',
  suffix: '',
};
const page: PageInfo = { url: 'https://n.test/a', title: 'A', outlet: null, publishedAt: null };
const show = (nonce: string) => ({ type: 'card/show', payload: { nonce, quote, page, people: [] } });
const cardData: CardData = {
  quote,
  page,
  speaker: 'Wang Yi',
  role: null,
  known: false,
  candidates: [],
  onRecord: null,
  earlier: [],
};
const flush = () => new Promise((r) => setTimeout(r, 0));
const tab = (id: number, frameId = 0) => ({ tab: { id } as never, frameId });

function setup() {
  const sent: [number, unknown, number | undefined][] = [];
  let managerOpened = 0;
  const relay = createCardRelay({
    isCardPage: (url) => isCardPageUrl(url, CARD),
    sendToTab: (tabId, m, frameId) => sent.push([tabId, m, frameId]),
    lookup: async (show) => ({ ...cardData, quote: show.quote }),
    openManager: () => managerOpened++,
  });
  return { relay, sent, opened: () => managerOpened };
}

describe('card relay', () => {
  it('forwards a show to the port with the nonce in the same tab, then the library lookup', async () => {
    const { relay } = setup();
    const card = fakePort('card:a10000000000000000', 7);
    expect(relay.onConnect(card.port)).toBe(true);
    expect(relay.onMessage(show('a10000000000000000'), tab(7))).toBe(true);
    expect(card.posted).toEqual([{ type: 'card/show', payload: { quote, page, people: [] } }]);
    await flush();
    expect(card.posted[1]).toEqual({ type: 'card/data', payload: cardData });
  });

  it('holds the latest message until the frame connects', async () => {
    const { relay } = setup();
    relay.onMessage(show('a20000000000000000'), tab(7));
    await flush();
    const card = fakePort('card:a20000000000000000', 7);
    relay.onConnect(card.port);
    expect(card.posted).toEqual([{ type: 'card/data', payload: cardData }]);
  });

  it('opens the manager when the card asks', () => {
    const { relay, opened } = setup();
    const card = fakePort('card:a80000000000000000', 7);
    relay.onConnect(card.port);
    card.say({ type: 'card/open-manager', payload: {} });
    expect(opened()).toBe(1);
  });

  it('refuses another tab: neither its messages nor its ports reach the card', () => {
    const { relay } = setup();
    const card = fakePort('card:a30000000000000000', 7);
    relay.onConnect(card.port);
    expect(relay.onMessage(show('a30000000000000000'), tab(8))).toBe(false);
    expect(card.posted).toEqual([]);
    const thief = fakePort('card:a30000000000000000', 8);
    expect(relay.onConnect(thief.port)).toBe(false);
    relay.onMessage(show('a30000000000000000'), tab(7));
    expect(thief.posted).toEqual([]);
    expect(card.posted).toEqual([{ type: 'card/show', payload: { quote, page, people: [] } }]);
  });

  it.each([
    ['a page outside the extension', fakePort('card:a40000000000000000', 7, 'https://evil.test/card.html')],
    ['another extension page', fakePort('card:a40000000000000000', 7, 'chrome-extension://ext/popup.html')],
    ['no tab', fakePort('card:a40000000000000000', undefined)],
    ['no nonce', fakePort('card:', 7)],
    ['another port name', fakePort('manager', 7)],
  ])('refuses a port from %s', (_name, card) => {
    const { relay } = setup();
    expect(relay.onConnect(card.port)).toBe(false);
  });

  it('sends card/closed back to the content script frame that asked', () => {
    const { relay, sent } = setup();
    const card = fakePort('card:a50000000000000000', 7);
    relay.onConnect(card.port);
    relay.onMessage(show('a50000000000000000'), tab(7, 3));
    card.say({ type: 'card/closed', payload: {} });
    card.say({ type: 'something/else' });
    expect(sent).toEqual([[7, { type: 'card/closed', payload: { nonce: 'a50000000000000000' } }, 3]]);
  });

  it('queues again after the port disconnects, and forgets closed tabs', () => {
    const { relay } = setup();
    const card = fakePort('card:a60000000000000000', 7);
    relay.onConnect(card.port);
    card.disconnect();
    relay.onMessage({ type: 'card/hide', payload: { nonce: 'a60000000000000000' } }, tab(7));
    expect(card.posted).toEqual([]);
    const again = fakePort('card:a60000000000000000', 7);
    relay.onConnect(again.port);
    expect(again.posted).toEqual([{ type: 'card/hide', payload: {} }]);
    relay.onTabRemoved(7);
    expect(relay.cards.size).toBe(0);
  });

  it('ignores messages that are not card messages or not from a tab', () => {
    const { relay } = setup();
    expect(relay.onMessage({ type: 'page/summary', payload: {} }, tab(7))).toBe(false);
    expect(relay.onMessage(show('a70000000000000000'), { frameId: 0 })).toBe(false);
    expect(relay.onMessage({ type: 'card/show', payload: { nonce: 'abc' } }, tab(7))).toBe(false);
    expect(relay.onMessage({ type: 'card/hide', payload: { nonce: 'not hex!' } }, tab(7))).toBe(false);
  });
});

describe('isCardPageUrl', () => {
  it.each([
    ['chrome-extension://dynamic-id/card.html#n', true],
    ['chrome-extension://ext/card.html', true],
    ['chrome-extension://ext/manager.html', false],
    ['https://ext/card.html', false],
    [undefined, false],
    ['::', false],
  ])('%s -> %s', (url, ok) => {
    expect(isCardPageUrl(url, CARD)).toBe(ok);
  });
});
