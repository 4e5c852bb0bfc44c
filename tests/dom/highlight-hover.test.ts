import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_DELAYS, type HoverTarget, quoteMarkOf, watchQuoteHover } from '@/lib/page/dom/hover';

function setup(extra: Partial<HoverTarget> = {}) {
  document.body.innerHTML = `<p>Intro <onrecord-mark data-onrecord="quote" data-onrecord-id="q1" tabindex="0">China <em><onrecord-mark data-onrecord="quote" data-onrecord-id="q1">always</onrecord-mark></em></onrecord-mark> and
    <onrecord-mark data-onrecord="quote" data-onrecord-id="q2" tabindex="0">Everybody is busy</onrecord-mark>
    <onrecord-mark data-onrecord="person" data-onrecord-name="Hua">Hua</onrecord-mark></p><div id="card"></div>`;
  const [q1a, q1b, q2] = [...document.querySelectorAll<HTMLElement>('[data-onrecord="quote"]')] as HTMLElement[];
  const card = document.getElementById('card')!;
  const calls: string[] = [];
  const target: HoverTarget = {
    open: (mark, by) => calls.push(`open ${mark.dataset.onrecordId} ${by}`),
    close: () => calls.push('close'),
    enter: () => calls.push('enter'),
    isCard: (node) => node === card,
    ...extra,
  };
  const controller = new AbortController();
  const hover = watchQuoteHover(document, target, controller.signal);
  return { q1a: q1a!, q1b: q1b!, q2: q2!, card, calls, controller, hover };
}

const over = (el: Element, from: Element | null = null) =>
  el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, relatedTarget: from }));
const out = (el: Element, to: Element | null) =>
  el.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: to }));
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('watchQuoteHover', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after the hover delay, and not for a quick pass', () => {
    const { q1b, q2, calls } = setup();
    over(q2);
    vi.advanceTimersByTime(HOVER_DELAYS.open - 50);
    out(q2, document.body);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([]);
    over(q1b);
    vi.advanceTimersByTime(HOVER_DELAYS.open);
    expect(calls).toEqual(['open q1 pointer']);
    expect(HOVER_DELAYS.open + 100).toBeLessThan(500);
  });

  it('opens again when the reader comes back to a quote whose card the page removed', () => {
    let inPage = true;
    const { q1a, calls } = setup({ isInPage: () => inPage });
    over(q1a);
    vi.advanceTimersByTime(HOVER_DELAYS.open);
    expect(calls).toEqual(['open q1 pointer']);
    // Back over the same quote while its card is in the page: nothing to do.
    out(q1a, document.body);
    over(q1a, document.body);
    vi.advanceTimersByTime(HOVER_DELAYS.close);
    expect(calls).toEqual(['open q1 pointer']);
    // The page removed the card; the reader leaves and comes back before it would have closed.
    inPage = false;
    out(q1a, document.body);
    vi.advanceTimersByTime(HOVER_DELAYS.close / 2);
    over(q1a, document.body);
    vi.advanceTimersByTime(HOVER_DELAYS.close);
    expect(calls).toEqual(['open q1 pointer', 'open q1 pointer']);
  });

  it('stays open while the pointer moves between pieces or into the card, then closes', () => {
    const { q1a, q1b, card, calls } = setup();
    over(q1a);
    vi.advanceTimersByTime(HOVER_DELAYS.open);
    out(q1a, q1b);
    over(q1b, q1a);
    out(q1b, card);
    over(card, q1b);
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['open q1 pointer']);
    out(card, document.body);
    over(document.body, card);
    vi.advanceTimersByTime(HOVER_DELAYS.close);
    expect(calls).toEqual(['open q1 pointer', 'close']);
  });

  it('opens on keyboard focus at once, Enter moves into the card, Esc closes and restores focus', () => {
    const { q1a, calls } = setup();
    q1a.focus();
    expect(calls).toEqual(['open q1 focus']);
    key(q1a, 'Enter');
    expect(calls).toEqual(['open q1 focus', 'enter']);
    (document.activeElement as HTMLElement | null)?.blur();
    key(document.body, 'Escape');
    expect(calls).toEqual(['open q1 focus', 'enter', 'close']);
    expect(document.activeElement).toBe(q1a);
  });

  it('keeps a focus-opened card open when focus moved into it without a relatedTarget', () => {
    const { q2, card, calls } = setup();
    card.tabIndex = -1;
    q2.focus();
    q2.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    card.focus();
    vi.advanceTimersByTime(HOVER_DELAYS.close * 2);
    expect(calls).toEqual(['open q2 focus']);
    document.body.focus();
    q2.focus();
    q2.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    (document.activeElement as HTMLElement).blur();
    vi.advanceTimersByTime(HOVER_DELAYS.close);
    expect(calls).toEqual(['open q2 focus', 'close']);
  });

  it('close() from the card frame closes and refocuses the highlight', () => {
    const { q2, calls, hover } = setup();
    q2.focus();
    expect(hover.current()).toBe(q2);
    q2.blur();
    hover.close();
    expect(calls).toEqual(['open q2 focus', 'close']);
    expect(document.activeElement).toBe(q2);
    expect(hover.current()).toBeNull();
  });

  it('asks for a prefetch when the pointer enters a quote, yet opens only after the delay', () => {
    const prefetched: string[] = [];
    const { q1a, q2, card, calls } = setup({ prefetch: (mark) => prefetched.push(mark.dataset.onrecordId ?? '') });
    over(q2);
    expect(prefetched).toEqual(['q2']);
    vi.advanceTimersByTime(HOVER_DELAYS.open - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['open q2 pointer']);
    // Over the open card's own quote again, or into the card: nothing to prefetch.
    out(q2, card);
    over(card, q2);
    out(card, q2);
    over(q2, card);
    expect(prefetched).toEqual(['q2']);
    // Focus opens at once, with no delay to use.
    q1a.focus();
    expect(prefetched).toEqual(['q2']);
    expect(calls).toEqual(['open q2 pointer', 'open q1 focus']);
    // Person highlights are no quotes.
    over(document.querySelector('[data-onrecord="person"]')!);
    expect(prefetched).toEqual(['q2']);
  });

  it('does nothing for person highlights, and nothing at all once aborted', () => {
    const { q2, calls, controller } = setup();
    over(document.querySelector('[data-onrecord="person"]')!);
    vi.advanceTimersByTime(1000);
    controller.abort();
    over(q2);
    q2.focus();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([]);
  });
});

describe('quoteMarkOf', () => {
  it('finds the quote mark from a text node or a nested element', () => {
    const { q1b } = setup();
    expect(quoteMarkOf(q1b.firstChild)).toBe(q1b);
    expect(quoteMarkOf(document.body)).toBeNull();
    expect(quoteMarkOf(null)).toBeNull();
  });
});
