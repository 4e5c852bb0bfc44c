import { describe, expect, it } from 'vitest';
import { FIRST_PANEL, type PanelEvent, panelReducer, type SidePanelState } from '@/components/sidepanel/panel-state';
import type { PanelState } from '@/components/sidepanel/SidePanel';
import type { CardData } from '@/lib/core/protocol';

const page = (url: string, ...quotes: string[]): PanelState => ({
  kind: 'page',
  summary: {
    page: { url, title: 'T', outlet: null, publishedAt: null },
    enabled: true,
    quotes: quotes.map((id) => ({ id, text: `said ${id}`, kind: 'direct', speaker: null, prefix: '', suffix: '' })),
    people: [],
  },
});
const card = (id: string) => ({ quote: { id } }) as CardData;
const read = (view: PanelState, fresh = false, tabId = 1): PanelEvent => ({ type: 'read', tabId, view, fresh });
const run = (...events: PanelEvent[]) => events.reduce(panelReducer, FIRST_PANEL);
const shown = run(read(page('https://a.example/1', 'q1')), { type: 'cards', cards: [card('q1')], empty: false });

describe('the side panel state', () => {
  it('keeps the answers while the same page is read again, and draws nothing new when nothing changed', () => {
    expect([...shown.cards.keys()]).toEqual(['q1']);
    expect(panelReducer(shown, read(page('https://a.example/1', 'q1')))).toBe(shown);
    const grown = panelReducer(shown, read(page('https://a.example/1', 'q1', 'q2')));
    expect(grown.cards).toBe(shown.cards);
    expect(grown.round).toBe(shown.round);
  });

  it.each<[string, PanelEvent]>([
    ['a fresh read of the same page', read(page('https://a.example/1', 'q1'), true)],
    ['another page in the same tab', read(page('https://a.example/2', 'q1'))],
    ['the same page in another tab', read(page('https://a.example/1', 'q1'), false, 2)],
  ])('drops the answers and asks again after %s', (_name, event) => {
    const next = panelReducer(shown, event);
    expect(next.cards.size).toBe(0);
    expect(next.round).toBe(shown.round + 1);
  });

  it.each<[string, PanelEvent, Partial<SidePanelState>]>([
    ['a failed lookup', { type: 'lookup-failed', error: 'no answer' }, { lookupError: 'no answer' }],
    ['a reveal that missed', { type: 'revealed', notice: 'gone' }, { notice: 'gone' }],
    ['a tab switch', { type: 'switched' }, { view: { kind: 'loading' } }],
    ['an empty library', { type: 'cards', cards: [], empty: true }, { libraryEmpty: true }],
  ])('records %s', (_name, event, expected) => {
    expect(panelReducer(shown, event)).toMatchObject(expected);
  });

  it('clears a lookup error when answers come', () => {
    const failed = panelReducer(shown, { type: 'lookup-failed', error: 'no answer' });
    expect(panelReducer(failed, { type: 'cards', cards: [card('q2')], empty: false }).lookupError).toBeNull();
  });
});
