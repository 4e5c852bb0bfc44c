import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageInfo } from '@/lib/core/protocol';
import type { Detection, Span } from '@/lib/detect/types';
import { CARD_HOST_TAG } from '@/lib/page/dom/card-frame';
import type { TextPiece } from '@/lib/page/dom/highlight';
import { HOVER_DELAYS } from '@/lib/page/dom/hover';
import { pageQuotes } from '@/lib/page/page-data';
import { PREFETCH_SPACING_MS, startSession } from '@/lib/page/session';

const page: PageInfo = { url: 'https://news.test/a', title: 'A', outlet: null, publishedAt: null };
const HTML = `<p>"Everybody is busy now," Hua said, and Wang Yi said "Ukraine is <em>no</em> exception."</p>`;

/** Analysis of one paragraph, with the plain mapping a test needs. */
function analyse(root: HTMLElement) {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const detection: Detection = {
    quotes: [
      {
        id: 'q1',
        text: 'Everybody is busy now,',
        kind: 'direct',
        speaker: 'Hua Chunying',
        speakerMention: null,
        ...span('Everybody is busy now,'),
      },
      {
        id: 'q2',
        text: 'Ukraine is no exception.',
        kind: 'direct',
        speaker: 'Wang Yi',
        speakerMention: null,
        ...span('Ukraine is no exception.'),
      },
    ],
    people: [
      { name: 'Hua Chunying', role: 'spokesperson', aliases: ['Hua'], mentions: [span('Hua')], kind: 'person' },
      { name: 'Wang Yi', role: 'foreign minister', aliases: [], mentions: [span('Wang Yi')], kind: 'person' },
    ],
  };
  const piecesFor = ({ start, end }: Span): TextPiece[] =>
    nodes.flatMap((node, i) => {
      const from = Math.max(start, starts[i]!);
      const to = Math.min(end, starts[i]! + node.data.length);
      return from < to ? [{ node, start: from - starts[i]!, end: to - starts[i]! }] : [];
    });
  return { text, detection, piecesFor, root };
}

describe('content session', () => {
  let root: HTMLElement;
  const sent: unknown[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    sent.length = 0;
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      sent.push(m);
    });
    document.body.innerHTML = `<article>${HTML}</article>`;
    root = document.querySelector('article')!;
  });
  afterEach(() => vi.useRealTimers());

  it('sends card/show with the quote and only its speaker, shows the card, and stop() undoes everything', async () => {
    const original = root.innerHTML;
    const session = startSession(document, analyse(root), page);
    expect(session.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    const wang = root.querySelector<HTMLElement>('[data-onrecord-id="q2"]')!;
    wang.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    vi.advanceTimersByTime(HOVER_DELAYS.open);
    // An open card checks the page's top layer on an interval, so run the clock forward rather than to the end.
    await vi.advanceTimersByTimeAsync(1_000);
    const show = sent.find((m) => (m as { type: string }).type === 'card/show') as {
      payload: { nonce: string; quote: { id: string }; people: { name: string }[]; page: PageInfo };
    };
    expect(show.payload.quote.id).toBe('q2');
    expect(show.payload.people.map((p) => p.name)).toEqual(['Wang Yi']);
    expect(show.payload.page).toEqual(page);
    expect(show.payload.nonce).toMatch(/^[0-9a-f]{32}$/);
    const host = document.querySelector<HTMLElement>(CARD_HOST_TAG)!;
    expect(host.style.getPropertyValue('visibility')).toBe('visible');
    expect(root.querySelectorAll('[aria-expanded="true"]')).toHaveLength(3);

    session.onCardClosed('not-this-card');
    expect(host.style.getPropertyValue('visibility')).toBe('visible');
    session.onCardClosed(show.payload.nonce);
    expect(host.style.getPropertyValue('visibility')).toBe('hidden');

    expect(session.reveal('nope')).toBe(false);
    expect(session.reveal('q1')).toBe(true);
    expect((document.activeElement as HTMLElement).dataset.onrecordId).toBe('q1');
    const shows = () => sent.filter((m) => (m as { type: string }).type === 'card/show');
    expect((shows().at(-1) as typeof show).payload.quote.id).toBe('q1');
    const before = shows().length;

    session.stop();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    expect(root.innerHTML).toBe(original);
    wang.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await vi.runAllTimersAsync();
    expect(shows()).toHaveLength(before);
  });
});

describe('content session prefetch', () => {
  const sent: { type: string; payload: Record<string, unknown> }[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    sent.length = 0;
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      sent.push(m as (typeof sent)[number]);
    });
    document.body.innerHTML = `<article>${HTML}</article>`;
  });
  afterEach(() => vi.useRealTimers());

  it('sends card/prefetch at pointer enter with the same page data the show carries, once per quote', async () => {
    const root = document.querySelector('article')!;
    const session = startSession(document, analyse(root), page);
    const pieces = [...root.querySelectorAll<HTMLElement>('[data-onrecord-id="q2"]')];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) piece.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(HOVER_DELAYS.open - 10);
    const of = (type: string) => sent.filter((m) => m.type === type);
    expect(of('card/prefetch')).toHaveLength(1);
    expect(of('card/show')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(of('card/show')).toHaveLength(1);
    const prefetch = of('card/prefetch')[0]!.payload;
    const { nonce, ...shown } = of('card/show')[0]!.payload;
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(prefetch).toEqual(shown);
    expect(Object.keys(prefetch).sort()).toEqual(['page', 'people', 'quote']);
    session.stop();
  });

  it('asks again for a quote the pointer comes back to, not while its card is open, and not once stopped', async () => {
    const root = document.querySelector('article')!;
    const session = startSession(document, analyse(root), page);
    const q1 = root.querySelector<HTMLElement>('[data-onrecord-id="q1"]')!;
    const q2 = root.querySelector<HTMLElement>('[data-onrecord-id="q2"]')!;
    const enter = (el: HTMLElement) => el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    const prefetches = () =>
      sent.filter((m) => m.type === 'card/prefetch').map((m) => (m.payload.quote as { id: string }).id);
    enter(q1);
    await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS);
    enter(q2);
    await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS);
    enter(q1);
    await vi.advanceTimersByTimeAsync(0);
    expect(prefetches()).toEqual(['q1', 'q2', 'q1']);
    await vi.advanceTimersByTimeAsync(HOVER_DELAYS.open);
    expect(sent.filter((m) => m.type === 'card/show')).toHaveLength(1);
    // The card opened for q1 and the pointer stays on it: no further prefetch.
    enter(q1);
    await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS);
    expect(prefetches()).toEqual(['q1', 'q2', 'q1']);
    session.stop();
    enter(q2);
    await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS);
    expect(prefetches()).toEqual(['q1', 'q2', 'q1']);
  });

  it('sends a trickle, the latest quote last, when a page fires pointer events at will', async () => {
    const root = document.querySelector('article')!;
    const session = startSession(document, analyse(root), page);
    const marks = [...root.querySelectorAll<HTMLElement>('[data-onrecord="quote"]')];
    const prefetches = () =>
      sent.filter((m) => m.type === 'card/prefetch').map((m) => (m.payload.quote as { id: string }).id);
    for (let i = 0; i < 1_000; i++)
      marks[i % marks.length]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(prefetches()).toEqual([marks[0]!.dataset.onrecordId]);
    await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS);
    expect(prefetches()).toEqual([marks[0]!.dataset.onrecordId, marks[999 % marks.length]!.dataset.onrecordId]);
    // Over a second of such a storm the background hears of at most one quote per spacing.
    for (let t = 0; t < 1_000; t += 5) {
      for (const mark of marks) mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(prefetches().length).toBeLessThanOrEqual(2 + 1_000 / PREFETCH_SPACING_MS + 1);
    session.stop();
  });
});

describe('pageQuotes', () => {
  it('carries a little context on each side, whitespace collapsed, and leaves scare quotes out', () => {
    const text = 'Officials said.\n\n"We are ready," he said, calling it a "special operation" today.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const quotes = pageQuotes(text, {
      quotes: [
        { id: 'a', text: 'We are ready,', kind: 'direct', speaker: 'X', speakerMention: null, ...at('We are ready,') },
        {
          id: 'b',
          text: 'special operation',
          kind: 'term',
          speaker: null,
          speakerMention: null,
          ...at('special operation'),
        },
      ],
      people: [],
    });
    expect(quotes).toEqual([
      {
        id: 'a',
        text: 'We are ready,',
        kind: 'direct',
        speaker: 'X',
        prefix: 'Officials said. "',
        suffix: '" he said, calling it a "special operation" toda',
      },
    ]);
  });
});
