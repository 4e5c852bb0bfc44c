import { describe, expect, it } from 'vitest';
import { type CardEvent, type CardState, cardReducer, EMPTY_CARD, startsAfresh } from '@/components/card/card-state';
import type { BackgroundToCard, CardData } from '@/lib/core/protocol';

const shown = (id: string): BackgroundToCard['card/show'] => ({
  quote: { id, text: `words of ${id}`, kind: 'direct', speaker: 'Ann Lee', prefix: '', suffix: '' },
  page: { url: 'https://example.org/a', title: 'A', outlet: null, publishedAt: null },
  people: [],
});
const answer = (id: string): CardData =>
  ({ ...cardReducer(EMPTY_CARD, { type: 'card/show', payload: shown(id) }).data, quote: shown(id).quote }) as CardData;
const run = (...events: CardEvent[]) => events.reduce(cardReducer, EMPTY_CARD);
const onA = run({ type: 'card/show', payload: shown('a') });

describe('the card state', () => {
  it('draws what the page gave at once, loading, then the library answer for that quote', () => {
    expect(onA).toMatchObject({ current: 'a', loading: true, saving: false, saved: null });
    expect(onA.data?.quote.id).toBe('a');
    const answered = cardReducer(onA, { type: 'card/data', payload: answer('a') });
    expect(answered).toMatchObject({ current: 'a', loading: false });
  });

  it.each<[string, CardState, CardEvent]>([
    ['an answer for an earlier quote', onA, { type: 'card/data', payload: answer('b') }],
    ['a saved answer for an earlier quote', onA, { type: 'card/saved', payload: { quoteId: 'b', status: 'added' } }],
    ['a Save timing out after its answer came', onA, { type: 'save/timeout', quoteId: 'a' }],
    ['a Save with no quote shown', EMPTY_CARD, { type: 'save/start' }],
    ['a second Save while one runs', cardReducer(onA, { type: 'save/start' }), { type: 'save/start' }],
  ])('ignores %s', (_name, state, event) => {
    expect(cardReducer(state, event)).toBe(state);
  });

  it('says a Save that got no answer failed, and keeps an answered Save', () => {
    const saving = cardReducer(onA, { type: 'save/start' });
    expect(saving.saving).toBe(true);
    expect(cardReducer(saving, { type: 'save/timeout', quoteId: 'a' }).saved).toMatchObject({ status: 'failed' });
    const saved = cardReducer(saving, { type: 'card/saved', payload: { quoteId: 'a', status: 'added' } });
    expect(saved).toMatchObject({ saving: false, saved: { status: 'added' } });
    // The same quote shown again keeps what its Save did; another quote starts afresh.
    expect(cardReducer(saved, { type: 'card/show', payload: shown('a') }).saved?.status).toBe('added');
    expect(cardReducer(saved, { type: 'card/show', payload: shown('b') }).saved).toBeNull();
  });

  it.each<[string, CardEvent, boolean]>([
    ['another quote', { type: 'card/show', payload: shown('b') }, true],
    ['the same quote', { type: 'card/show', payload: shown('a') }, false],
    ['a hide', { type: 'card/hide' }, true],
    ['the library answer', { type: 'card/data', payload: answer('a') }, false],
  ])('starts its other parts afresh on %s: %s', (_name, event, expected) => {
    expect(startsAfresh(onA, event)).toBe(expected);
  });

  it('forgets everything when hidden', () => {
    expect(cardReducer(onA, { type: 'card/hide' })).toEqual(EMPTY_CARD);
  });
});
