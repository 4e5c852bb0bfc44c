import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftKey, dropDraft, getDraft, putDraft } from '@/lib/background/capture-draft';
import { handleSaveQuoteClick, type MenuDeps } from '@/lib/background/context-menu';
import type { PageInfo, PageQuote } from '@/lib/core/protocol';
import { parseRememberSites, withSiteRemembered } from '@/lib/core/remembered-sites';
import { MAX_REMEMBER_QUOTES, parseContentMessage } from '@/lib/core/validate';
import { rememberWhileOptedIn, startRemembering, unsentBatches } from '@/lib/page/remember-page';
import { readSelectionContext } from '@/lib/page/selection-context';

const page: PageInfo = { url: 'https://news.example/a', title: 'A', outlet: 'News', publishedAt: '2025-03-03' };
const q = (id: string, speaker: string | null = 'Amara Okafor', text = `words ${id}`): PageQuote => ({
  id,
  text,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});

describe('remember sites', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [undefined, []],
    ['news.example', []],
    [[1, 2], []],
    [
      ['a.example', 'b.example'],
      ['a.example', 'b.example'],
    ],
  ])('reads %j as %j', (raw, expected) => {
    expect(parseRememberSites(raw)).toEqual(expected);
  });

  it('switches one site on and off, sorted and without duplicates', () => {
    expect(withSiteRemembered(['b.example'], 'a.example', true)).toEqual(['a.example', 'b.example']);
    expect(withSiteRemembered(['a.example'], 'a.example', true)).toEqual(['a.example']);
    expect(withSiteRemembered(['a.example', 'b.example'], 'a.example', false)).toEqual(['b.example']);
  });
});

describe('capture/remember messages', () => {
  const message = (quotes: PageQuote[]) => ({ type: 'capture/remember', payload: { page, quotes, people: [] } });

  it('accepts a batch of checked quotes', () => {
    expect(parseContentMessage(message([q('1'), q('2')])).ok).toBe(true);
  });

  it.each([
    ['too many quotes in one message', message(Array.from({ length: MAX_REMEMBER_QUOTES + 1 }, (_, i) => q(`${i}`)))],
    [
      'a page that is not on the web',
      { type: 'capture/remember', payload: { page: { ...page, url: 'javascript:1' }, quotes: [], people: [] } },
    ],
    ['a quote with extra fields', message([{ ...q('1'), personId: 'p1' } as PageQuote])],
  ])('refuses %s', (_what, raw) => {
    expect(parseContentMessage(raw).ok).toBe(false);
  });
});

describe('unsentBatches and startRemembering', () => {
  afterEach(() => vi.useRealTimers());

  it('sends only attributed quotes, in batches a message may carry', () => {
    const quotes = [...Array.from({ length: 30 }, (_, i) => q(`${i}`)), q('x', null)];
    const batches = unsentBatches(quotes, new Set());
    expect(batches.map((b) => b.length)).toEqual([MAX_REMEMBER_QUOTES, 5]);
    expect(batches.flat().some((x) => x.speaker === null)).toBe(false);
  });

  it('sends each quote once as the page grows, and again after a refusal', async () => {
    vi.useFakeTimers();
    let quotes = [q('1')];
    let refuse = true;
    const sent: string[][] = [];
    const stop = startRemembering(
      {
        quotes: () => quotes,
        people: () => [],
        page: () => page,
        send: async (p) => {
          sent.push(p.quotes.map((x) => x.id));
          return refuse ? { ok: false, error: 'not remembered' } : { ok: true, result: {} };
        },
      },
      1000,
    );
    await vi.advanceTimersByTimeAsync(0);
    refuse = false;
    await vi.advanceTimersByTimeAsync(1000);
    quotes = [q('1'), q('2')];
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    quotes = [q('1'), q('2'), q('3')];
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toEqual([['1'], ['1'], ['2']]);
  });

  it('follows the opt-in: nothing sent while off, sending once switched on, stopping once off', async () => {
    vi.useFakeTimers();
    let listener: (sites: string[]) => void = () => {};
    const sent: string[] = [];
    let quotes = [q('1')];
    const stop = rememberWhileOptedIn(
      'news.example',
      {
        quotes: () => quotes,
        people: () => [],
        page: () => page,
        send: async (p) => sent.push(...p.quotes.map((x) => x.id)),
      },
      {
        load: async () => [],
        watch: (l) => {
          listener = l;
          return () => {};
        },
      },
    );
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual([]);
    listener(['news.example']);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['1']);
    listener([]);
    quotes = [q('1'), q('2')];
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual(['1']);
    stop();
  });
});

describe('handleSaveQuoteClick', () => {
  const deps = (answer: unknown) => {
    const calls = { saved: [] as unknown[], opened: [] as string[], asked: [] as unknown[] };
    const d: MenuDeps = {
      askTab: async (tabId, message, frameId) => {
        calls.asked.push({ tabId, message, frameId });
        if (answer instanceof Error) throw answer;
        return answer;
      },
      saveDraft: async (draft) => void calls.saved.push(draft),
      openChooser: async (id) => void calls.opened.push(id),
      makeId: () => 'd1',
    };
    return { d, calls };
  };

  it('takes the words and address from the click, page facts and surroundings from the page', async () => {
    const { d, calls } = deps({
      page: { ...page, url: 'https://elsewhere.example/' },
      prefix: 'she said: "',
      suffix: '" on Monday',
      speaker: 'Amara Okafor',
    });
    const draft = await handleSaveQuoteClick(
      { selectionText: '  We will not sign  ', pageUrl: page.url, tabId: 3, frameId: 0 },
      d,
    );
    expect(calls.asked).toEqual([
      { tabId: 3, message: { type: 'capture/selection', payload: { text: 'We will not sign' } }, frameId: 0 },
    ]);
    expect(draft).toEqual({
      id: 'd1',
      text: 'We will not sign',
      page,
      prefix: 'she said: "',
      suffix: '" on Monday',
      speaker: 'Amara Okafor',
    });
    expect(calls.saved).toEqual([draft]);
    expect(calls.opened).toEqual(['d1']);
  });

  it.each([
    ['the content script is not there', new Error('no receiver')],
    ['the answer is not a selection context', { hello: 1 }],
  ])('still opens the chooser when %s, from the click alone', async (_why, answer) => {
    const { d, calls } = deps(answer);
    const draft = await handleSaveQuoteClick({ selectionText: 'Words', pageUrl: page.url, tabId: 3 }, d);
    expect(draft).toMatchObject({ text: 'Words', page: { url: page.url, outlet: null }, prefix: '', speaker: null });
    expect(calls.opened).toEqual(['d1']);
  });

  it('does nothing without a selection', async () => {
    const { d, calls } = deps(null);
    expect(await handleSaveQuoteClick({ selectionText: '   ', pageUrl: page.url, tabId: 3 }, d)).toBeNull();
    expect(calls.opened).toEqual([]);
  });
});

describe('capture drafts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives back the waiting selection only by its id', async () => {
    const draft = { id: 'd1', text: 'Words', page, prefix: '', suffix: '', speaker: null };
    await putDraft(draft);
    expect(await getDraft('d1')).toEqual(draft);
    expect(await getDraft('d2')).toBeNull();
  });

  it('keeps drafts out of storage.local, where a content script could read or rewrite them', async () => {
    const draft = { id: 'f3a9', text: 'Words', page, prefix: '', suffix: '', speaker: null };
    await putDraft(draft);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // What a content script could still write to storage.local is never read as a draft.
    await fakeBrowser.storage.local.set({ [draftKey('f3a9')]: { ...draft, page: { ...page, url: 'javascript:x' } } });
    expect(await getDraft('f3a9')).toEqual(draft);
    await dropDraft('f3a9');
    expect(await getDraft('f3a9')).toBeNull();
  });
});

describe('readSelectionContext', () => {
  it('reads the text around the selection within its paragraph, and the speaker of the quote it is in', () => {
    document.body.innerHTML =
      '<p>Other paragraph.</p><p>Okafor said: <mark data-onrecord="quote" data-onrecord-speaker="Amara Okafor">"We will not sign any deal"</mark>, on Monday.</p>';
    const mark = document.querySelector('mark')!;
    const text = mark.firstChild!;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, 17);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const context = readSelectionContext(document, selection, page);
    expect(context).toEqual({
      page,
      prefix: 'Okafor said: "',
      suffix: ' any deal", on Monday.',
      speaker: 'Amara Okafor',
    });
  });

  it('gives empty surroundings when nothing is selected', () => {
    window.getSelection()!.removeAllRanges();
    expect(readSelectionContext(document, window.getSelection(), page)).toEqual({
      page,
      prefix: '',
      suffix: '',
      speaker: null,
    });
  });
});
