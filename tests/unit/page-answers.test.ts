import { describe, expect, it, vi } from 'vitest';
import type { PageQuote } from '@/lib/core/protocol';
import { answerPageMessage, type PageState } from '@/lib/page/page-answers';
import { createPrefetchThrottle, PREFETCH_SPACING_MS } from '@/lib/page/prefetch-throttle';
import type { Session } from '@/lib/page/session';

const quote = (id: string): PageQuote => ({
  id,
  text: `said ${id}`,
  kind: 'direct',
  speaker: null,
  prefix: '',
  suffix: '',
});
const session = (over: Partial<Session> = {}): Session => ({
  article: true,
  quotes: [quote('q1')],
  people: [],
  onCardClosed: vi.fn(),
  reveal: (id) => id === 'q1',
  step: () => false,
  stop: () => {},
  ...over,
});
const state = (s: Session | undefined, enabled = true): PageState => ({ session: () => s, enabled: () => enabled });

describe('the page answers', () => {
  it('sums the page up for the popup and the side panel', () => {
    const answer = answerPageMessage({ type: 'page/summary', payload: {} }, state(session()));
    expect(answer).toMatchObject({ enabled: true, article: true, quotes: [{ id: 'q1' }], people: [] });
    const off = answerPageMessage({ type: 'page/summary', payload: {} }, state(undefined, false));
    expect(off).toMatchObject({ enabled: false, quotes: [] });
    expect(off).not.toHaveProperty('article');
  });

  it.each([
    ['a known quote', session(), 'q1', true],
    ['an unknown quote', session(), 'q9', false],
    ['no session', undefined, 'q1', false],
  ])('reveals %s: %s', (_name, s, id, expected) => {
    expect(answerPageMessage({ type: 'page/reveal', payload: { id } }, state(s))).toBe(expected);
  });

  it('passes a closed card on, and answers nothing to it or to a stranger', () => {
    const s = session();
    expect(answerPageMessage({ type: 'card/closed', payload: { nonce: 'n1' } }, state(s))).toBeUndefined();
    expect(s.onCardClosed).toHaveBeenCalledWith('n1');
    expect(answerPageMessage({ type: 'something/else', payload: {} }, state(s))).toBeUndefined();
    expect(answerPageMessage(null, state(s))).toBeUndefined();
  });
});

describe('the page prefetch throttle', () => {
  it('asks at once, then at most once per spacing, the latest quote only, and not twice for the same', async () => {
    vi.useFakeTimers();
    try {
      const sent: string[] = [];
      const throttle = createPrefetchThrottle((q) => sent.push(q.id), new AbortController().signal);
      throttle.entered(quote('a'));
      throttle.entered(quote('b'));
      throttle.entered(quote('c'));
      expect(sent).toEqual(['a']);
      await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS);
      expect(sent).toEqual(['a', 'c']);
      await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS);
      throttle.entered(quote('c'));
      expect(sent).toEqual(['a', 'c']);
      throttle.closed();
      throttle.entered(quote('c'));
      expect(sent).toEqual(['a', 'c', 'c']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops what waits when a card opens or the session stops', async () => {
    vi.useFakeTimers();
    try {
      const sent: string[] = [];
      const controller = new AbortController();
      const throttle = createPrefetchThrottle((q) => sent.push(q.id), controller.signal);
      throttle.entered(quote('a'));
      throttle.entered(quote('b'));
      throttle.opened();
      await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS);
      throttle.entered(quote('d'));
      throttle.entered(quote('e'));
      controller.abort();
      await vi.advanceTimersByTimeAsync(PREFETCH_SPACING_MS * 2);
      expect(sent).toEqual(['a', 'd']);
    } finally {
      vi.useRealTimers();
    }
  });
});
