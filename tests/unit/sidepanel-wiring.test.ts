import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { lookupPayloads } from '@/components/sidepanel/lookup-queue';
import type { PageQuote, PageSummary } from '@/lib/core/protocol';
import { MAX_PANEL_CHARS, MAX_PANEL_QUOTES, parsePanelLookup } from '@/lib/core/validate';
import { followTabs, type TabEvents } from '@/lib/sidepanel/follow-tabs';
import { loadPanelState, revealInTab } from '@/lib/sidepanel/load-panel';

const q = (id: string, text = `words ${id}`): PageQuote => ({
  id,
  text,
  kind: 'direct',
  speaker: 'Wang Yi',
  prefix: '',
  suffix: '',
});
const summary = (quotes: PageQuote[]): PageSummary => ({
  page: { url: 'https://n.test/a', title: 'A', outlet: null, publishedAt: null },
  enabled: true,
  article: true,
  quotes,
  people: [{ name: 'Wang Yi', role: null, aliases: [], kind: 'person' }],
});

function fakeTabEvents() {
  const activated: ((info: { tabId: number; windowId: number }) => void)[] = [];
  const updated: ((tabId: number, change: { status?: string }) => void)[] = [];
  const events: TabEvents = {
    onActivated: { addListener: (l) => activated.push(l) },
    onUpdated: { addListener: (l) => updated.push(l) },
  };
  return {
    events,
    activate: (tabId: number, windowId: number) => {
      for (const l of activated) l({ tabId, windowId });
    },
    update: (tabId: number, status: string) => {
      for (const l of updated) l(tabId, { status });
    },
  };
}

describe('followTabs', () => {
  it('follows tab switches in its own window and loads of the tab shown', () => {
    const fake = fakeTabEvents();
    const onSwitch = vi.fn();
    const onLoaded = vi.fn();
    followTabs(fake.events, { windowId: 1, currentTab: () => 5, onSwitch, onLoaded });
    fake.activate(6, 1);
    fake.activate(7, 2);
    expect(onSwitch.mock.calls).toEqual([[6]]);
    fake.update(5, 'loading');
    fake.update(9, 'complete');
    expect(onLoaded).not.toHaveBeenCalled();
    fake.update(5, 'complete');
    expect(onLoaded).toHaveBeenCalledTimes(1);
  });

  it('stays with the tab it was opened for', () => {
    const fake = fakeTabEvents();
    const onSwitch = vi.fn();
    const onLoaded = vi.fn();
    followTabs(fake.events, { pinned: 5, windowId: 1, currentTab: () => 5, onSwitch, onLoaded });
    fake.activate(6, 1);
    expect(onSwitch).not.toHaveBeenCalled();
    fake.update(5, 'complete');
    expect(onLoaded).toHaveBeenCalledTimes(1);
  });
});

describe('lookupPayloads', () => {
  it('splits by count, then halves batches too large to send, each accepted by the background', () => {
    // Quotation marks double in JSON: twenty long quotes full of them do not fit one message.
    const long = 'a"'.repeat(4_500);
    const quotes = Array.from({ length: MAX_PANEL_QUOTES * 2 }, (_, i) =>
      q(`q${i}`, i < MAX_PANEL_QUOTES ? long : 'short'),
    );
    const payloads = lookupPayloads(summary(quotes), quotes);
    expect(payloads.flatMap((p) => p.quotes.map((x) => x.id))).toEqual(quotes.map((x) => x.id));
    expect(payloads.length).toBeGreaterThan(2);
    for (const p of payloads) {
      expect(JSON.stringify(p).length).toBeLessThanOrEqual(MAX_PANEL_CHARS);
      expect(parsePanelLookup(p).ok).toBe(true);
    }
    // The short quotes still travel together.
    expect(payloads.at(-1)?.quotes).toHaveLength(MAX_PANEL_QUOTES);
  });
});

describe('loadPanelState', () => {
  afterEach(() => vi.restoreAllMocks());
  const tab = (over: object) => ({
    id: 3,
    index: 0,
    highlighted: true,
    active: true,
    pinned: false,
    incognito: false,
    windowId: 1,
    ...over,
  });

  it('has no tab when the window has none', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    expect((await loadPanelState()).state).toEqual({ kind: 'no-tab' });
  });

  it('has no tab when the tab given is gone', async () => {
    vi.spyOn(browser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 4'));
    expect((await loadPanelState(4)).state).toEqual({ kind: 'no-tab' });
  });

  it('does not ask a browser page', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab({ url: 'chrome://settings' })] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    expect(await loadPanelState()).toEqual({ state: { kind: 'unscriptable' }, tabId: 3 });
    expect(send).not.toHaveBeenCalled();
  });

  it("asks the tab given for its summary, even without knowing the tab's URL", async () => {
    const s = summary([q('1')]);
    vi.spyOn(browser.tabs, 'get').mockResolvedValue(tab({ id: 4 }) as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(s as never);
    expect(await loadPanelState(4)).toEqual({ state: { kind: 'page', summary: s }, tabId: 4 });
    expect(send).toHaveBeenCalledWith(4, { type: 'page/summary', payload: {} });
  });

  it('says so when the content script does not answer', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab({})] as never);
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    expect((await loadPanelState()).state).toEqual({ kind: 'no-answer' });
  });

  it('reveals through the content script, and reports a quote it cannot find', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValueOnce(true as never);
    expect(await revealInTab(3, 'q1')).toBe(true);
    expect(send).toHaveBeenCalledWith(3, { type: 'page/reveal', payload: { id: 'q1' } });
    send.mockResolvedValueOnce(false as never);
    expect(await revealInTab(3, 'gone')).toBe(false);
    send.mockRejectedValueOnce(new Error('closed'));
    expect(await revealInTab(3, 'q1')).toBe(false);
  });
});
