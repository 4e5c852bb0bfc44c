import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEntryActions } from '@/components/sidepanel/entry-actions';
import { type PanelState, SidePanel } from '@/components/sidepanel/SidePanel';
import type { BackgroundToCard, CardData, Message, PageQuote, PageSummary } from '@/lib/core/protocol';

const quote = (id: string, speaker: string | null): PageQuote => ({
  id,
  text: `words ${id}`,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});
const quotes = [quote('said', 'Wang Yi'), quote('nobody', null)];
const summary: PageSummary = {
  page: { url: 'https://n.test/a', title: 'An article', outlet: 'N', publishedAt: '2022-02-24' },
  enabled: true,
  article: true,
  quotes,
  people: [{ name: 'Wang Yi', role: 'foreign minister', aliases: [], kind: 'person' }],
};
const cardFor = (q: PageQuote, speaker = q.speaker): CardData => ({
  quote: q,
  page: summary.page,
  speaker,
  role: null,
  known: speaker !== null,
  candidates: [],
  onRecord: null,
  earlier: [{ id: 'munich', text: 'Ukraine is no exception.', date: '2022-02-19', sources: [], relation: null }],
  suggestions: [],
});

describe('side panel entries act as the card does', () => {
  let host: HTMLElement;
  let cards: Map<string, CardData>;
  let sent: Message<Record<string, unknown>>[];
  let answer: (m: { type: string; payload: unknown }) => Message<BackgroundToCard>[];
  let actions: ReturnType<typeof createEntryActions>;
  const state: PanelState = { kind: 'page', summary };
  const draw = () =>
    render(
      <SidePanel
        state={state}
        cards={cards}
        libraryEmpty={false}
        lookupError={null}
        notice={null}
        onNeed={vi.fn()}
        onReveal={vi.fn()}
        onRefresh={vi.fn()}
        onOpenManager={vi.fn()}
        actionsFor={(id) => actions.for(id)}
      />,
      host,
    );
  const entry = (id: string) => host.querySelector<HTMLElement>(`li.item[data-quote-id="${id}"]`);
  const button = (id: string, label: string) =>
    [...(entry(id)?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label);
  const settle = () => new Promise((r) => setTimeout(r, 0));

  beforeEach(async () => {
    host = document.createElement('div');
    document.body.append(host);
    cards = new Map(quotes.map((q) => [q.id, cardFor(q)]));
    sent = [];
    answer = () => [];
    actions = createEntryActions({
      send: async (m) => {
        sent.push(m as Message<Record<string, unknown>>);
        return answer(m);
      },
      shownFor: (id) => {
        const q = quotes.find((x) => x.id === id);
        return q ? { quote: q, page: summary.page, people: summary.people } : null;
      },
      onCard: (card) => {
        cards = new Map(cards).set(card.quote.id, card);
      },
      redraw: draw,
    });
    draw();
    for (const id of ['said', 'nobody']) {
      entry(id)?.querySelector<HTMLButtonElement>('button.toggle')?.click();
      await settle();
    }
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('offers Save and Relate on an attributed quote, and Save sends the card’s message', async () => {
    await settle();
    answer = () => [{ type: 'card/saved', payload: { quoteId: 'said', status: 'added', personName: 'Wang Yi' } }];
    button('said', 'Save quote')?.click();
    await settle();
    await settle();
    expect(sent[0]).toMatchObject({ type: 'card/save', payload: { quote: quotes[0], page: summary.page } });
    expect(entry('said')?.textContent).toContain('Saved to your library under Wang Yi.');
  });

  it('relates an attributed quote to an earlier statement through the card’s relate form', async () => {
    await settle();
    entry('said')?.querySelector<HTMLButtonElement>('button.relate-open')?.click();
    await settle();
    const form = entry('said')?.querySelector<HTMLFormElement>('form.relate-form');
    expect(form?.querySelector('select')?.value).toBe('shifts-emphasis');
    form?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    expect(sent[0]).toMatchObject({
      type: 'card/relate',
      payload: { statementId: 'munich', type: 'shifts-emphasis', quote: quotes[0] },
    });
  });

  it('offers Choose speaker… and no Save where nobody is named; a typed name is sent, and Save follows', async () => {
    await settle();
    expect(button('nobody', 'Save quote')).toBeUndefined();
    answer = () => [{ type: 'card/people', payload: { quoteId: 'nobody', people: [], more: false } }];
    button('nobody', 'Choose speaker…')?.click();
    await settle();
    await settle();
    const search = entry('nobody')?.querySelector<HTMLInputElement>('input.speaker-search');
    if (!search) throw new Error('no speaker search');
    search.value = 'Mara Quinn';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    answer = () => [
      { type: 'card/speaker-chosen', payload: { quoteId: 'nobody', ok: true } },
      { type: 'card/data', payload: cardFor(quotes[1] as PageQuote, 'Mara Quinn') },
    ];
    entry('nobody')?.querySelector<HTMLButtonElement>('button.speaker-new')?.click();
    await settle();
    await settle();
    expect(sent.at(-1)).toMatchObject({
      type: 'card/choose-speaker',
      payload: { personId: null, newName: 'Mara Quinn', quote: quotes[1] },
    });
    expect(button('nobody', 'Save quote')).toBeDefined();
  });
});
