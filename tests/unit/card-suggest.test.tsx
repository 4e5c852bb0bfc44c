import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RELATION_TYPE, formatTensionReason } from '@/components/card/format';
import { QuoteCard } from '@/components/card/QuoteCard';
import type { SuggestActions } from '@/components/card/suggest-actions';
import { createSuggestActions } from '@/components/card/suggest-state';
import type { CardData } from '@/components/card/types';
import { RelateForm as ManagerRelateForm } from '@/components/manager/RelateForm';
import type { BackgroundToCard, CardToBackground, Message } from '@/lib/core/protocol';

/** The type the manager's relate form starts with, read from the rendered form. */
function managerStartType(): string {
  const host = document.createElement('div');
  const st = (id: string, date: string) => ({
    id,
    personId: 'p',
    text: id,
    date,
    sources: [],
    tags: [],
    createdAt: '',
    updatedAt: '',
  });
  render(
    <ManagerRelateForm
      pair={[st('a', '2020-01-01'), st('b', '2021-01-01')]}
      speakerOf={() => 'X'}
      onSave={async () => {}}
      onCancel={() => {}}
    />,
    host,
  );
  const value = host.querySelector('select')?.value ?? '';
  render(null, host);
  return value;
}

const earlier = {
  id: 's-pledge',
  text: 'We will not raise fuel taxes while families struggle.',
  date: '2024-05-10',
  sources: [],
  relation: null,
};
const data: CardData = {
  quote: {
    id: 'q1',
    text: 'We will raise fuel taxes next year',
    kind: 'direct',
    speaker: 'Lena Marsh',
    prefix: '',
    suffix: '',
  },
  page: { url: 'https://courier.example/a', title: 'T', outlet: null, publishedAt: '2025-02-10' },
  speaker: 'Lena Marsh',
  role: null,
  known: true,
  candidates: ['Lena Marsh'],
  onRecord: null,
  earlier: [earlier, { ...earlier, id: 's-roads', text: 'Roads get more money.', date: '2024-09-01' }],
  suggestions: [
    {
      kind: 'suggestion',
      key: 'quote:abc|s-pledge',
      statement: earlier,
      reason: 'Both speak of raise, fuel, taxes; one negates what the other states.',
      earlierExcerpt: 'We will not raise fuel taxes',
      pageExcerpt: 'We will raise fuel taxes',
    },
  ],
};

function actions(over: Partial<SuggestActions> = {}): SuggestActions {
  return {
    relating: null,
    busy: false,
    related: null,
    dismissed: null,
    onOpenRelate: vi.fn(),
    onCancelRelate: vi.fn(),
    onRelate: vi.fn(),
    onDismiss: vi.fn(),
    onUndoDismiss: vi.fn(),
    ...over,
  };
}

function mount(a: SuggestActions | undefined, d: CardData = data) {
  const host = document.body.appendChild(document.createElement('div'));
  render(<QuoteCard data={d} onOpenManager={() => {}} onClose={() => {}} actions={a} />, host);
  const buttons = (name: string) => [...host.querySelectorAll('button')].filter((b) => b.textContent?.trim() === name);
  return { host, buttons };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the card’s suggestion actions', () => {
  it('offers Confirm and Dismiss on the suggestion, Relate on each unlabelled statement', () => {
    const a = actions();
    const { buttons } = mount(a);
    expect(buttons('Confirm')).toHaveLength(1);
    expect(buttons('Relate')).toHaveLength(2);
    buttons('Dismiss')[0]!.click();
    expect(a.onDismiss).toHaveBeenCalledWith('quote:abc|s-pledge', 's-pledge');
    buttons('Confirm')[0]!.click();
    expect(a.onOpenRelate).toHaveBeenCalledWith('suggestion:s-pledge');
  });

  it('offers nothing without actions, or for a speaker the library does not know', () => {
    expect(mount(undefined).buttons('Confirm')).toHaveLength(0);
    document.body.innerHTML = '';
    expect(mount(actions(), { ...data, known: false }).buttons('Relate')).toHaveLength(0);
  });

  it('the form starts with the reason as note and the type the manager starts with; the reader may change it', async () => {
    const a = actions({ relating: 'suggestion:s-pledge' });
    const { host } = mount(a);
    const form = host.querySelector<HTMLFormElement>('.suggestions form.relate-form')!;
    const textarea = form.querySelector('textarea')!;
    const select = form.querySelector('select')!;
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(textarea.value).toBe(formatTensionReason(data.suggestions?.[0]?.reason ?? ''));
    expect(select.value).toBe(DEFAULT_RELATION_TYPE);
    expect(select.value).toBe(managerStartType());
    expect(submit.disabled).toBe(false);
    select.value = 'reverses';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    textarea.value = 'My note';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(submit.disabled).toBe(false);
    submit.click();
    expect(a.onRelate).toHaveBeenCalledWith('s-pledge', 'reverses', 'My note', undefined);
  });

  it('opens one form only, where the reader clicked, though the statement is both suggested and listed', () => {
    const { host } = mount(actions({ relating: 'statement:s-pledge' }));
    expect(host.querySelectorAll('form.relate-form')).toHaveLength(1);
    expect(host.querySelector<HTMLTextAreaElement>('.earlier form.relate-form textarea')?.value).toBe('');
  });

  it('says what a relate did, and lets the reader pick the speaker when the name could be several', () => {
    const a = actions({
      related: {
        quoteId: 'q1',
        statementId: 's-roads',
        status: 'ambiguous',
        candidates: ['Lena Marsh', 'Tom Marsh'],
        pending: { type: 'qualifies', note: 'n' },
        formId: 'statement:s-roads',
      },
    });
    const { host, buttons } = mount(a);
    expect(host.textContent).toContain('could be Lena Marsh or Tom Marsh');
    buttons('Save under Tom Marsh')[0]!.click();
    expect(a.onRelate).toHaveBeenCalledWith('s-roads', 'qualifies', 'n', 'Tom Marsh');
  });

  it('shows "Dismissed" with Undo', () => {
    const a = actions({ dismissed: { key: 'quote:abc|s-pledge', statementId: 's-pledge' } });
    const { host, buttons } = mount(a, { ...data, suggestions: [] });
    expect(host.querySelector('.dismissed')?.textContent).toMatch(/^Dismissed/);
    buttons('Undo')[0]!.click();
    expect(a.onUndoDismiss).toHaveBeenCalledWith('quote:abc|s-pledge');
  });
});

describe('the card frame’s action state', () => {
  const show = { quote: data.quote, page: data.page, people: [] };
  const setup = () => {
    const sent: Message<CardToBackground>[] = [];
    const redraw = vi.fn();
    const state = createSuggestActions({ shown: () => show, send: (m) => void sent.push(m), redraw });
    return { sent, redraw, state };
  };

  it('sends what the page gave with the reader’s choice, and closes the form once related', () => {
    const { sent, state } = setup();
    state.props().onOpenRelate('suggestion:s-pledge');
    expect(state.props().relating).toBe('suggestion:s-pledge');
    state.props().onRelate('s-pledge', 'contradicts', 'note');
    expect(state.props().busy).toBe(true);
    // A second click while busy sends nothing.
    state.props().onRelate('s-pledge', 'contradicts', 'note');
    expect(sent).toEqual([
      { type: 'card/relate', payload: { ...show, statementId: 's-pledge', type: 'contradicts', note: 'note' } },
    ]);
    const answer: Message<BackgroundToCard> = {
      type: 'card/related',
      payload: { quoteId: 'q1', statementId: 's-pledge', status: 'related', type: 'contradicts' },
    };
    state.onAnswer(answer);
    expect(state.props()).toMatchObject({
      busy: false,
      relating: null,
      related: { status: 'related', formId: 'suggestion:s-pledge' },
    });
  });

  it('remembers the dismissal for Undo, and forgets it on undo or on another quote', () => {
    const { sent, state } = setup();
    state.props().onDismiss('quote:abc|s-pledge', 's-pledge');
    state.onAnswer({
      type: 'card/dismissed',
      payload: { quoteId: 'q1', key: 'quote:abc|s-pledge', statementId: 's-pledge', undone: false },
    });
    expect(state.props().dismissed).toEqual({ key: 'quote:abc|s-pledge', statementId: 's-pledge' });
    state.props().onUndoDismiss('quote:abc|s-pledge');
    expect(sent.at(-1)).toEqual({ type: 'card/undismiss', payload: { ...show, key: 'quote:abc|s-pledge' } });
    state.onAnswer({
      type: 'card/dismissed',
      payload: { quoteId: 'q1', key: 'quote:abc|s-pledge', statementId: '', undone: true },
    });
    expect(state.props().dismissed).toBeNull();
    state.props().onDismiss('quote:abc|s-pledge', 's-pledge');
    state.reset();
    expect(state.props()).toMatchObject({ busy: false, dismissed: null, related: null });
  });

  it('says so when the library does not answer', () => {
    vi.useFakeTimers();
    try {
      const { state } = setup();
      state.props().onRelate('s-pledge', 'qualifies', '');
      vi.advanceTimersByTime(6000);
      expect(state.props()).toMatchObject({ busy: false, related: { status: 'failed' } });
    } finally {
      vi.useRealTimers();
    }
  });
});
