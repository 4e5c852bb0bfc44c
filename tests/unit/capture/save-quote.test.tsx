import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuoteCard } from '@/components/card/QuoteCard';
import { describeSaved, SaveQuote } from '@/components/card/SaveQuote';
import type { CardData } from '@/components/card/types';
import type { CardSaved } from '@/lib/core/protocol';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

const data: CardData = {
  quote: { id: 'q1', text: 'We will not sign', kind: 'direct', speaker: 'Amara Okafor', prefix: '', suffix: '' },
  page: { url: 'https://news.example/a', title: 'A', outlet: 'News', publishedAt: null },
  speaker: 'Amara Okafor',
  role: null,
  known: false,
  candidates: [],
  onRecord: null,
  earlier: [],
};

describe('describeSaved', () => {
  it.each<[CardSaved, RegExp]>([
    [{ quoteId: 'q', status: 'added', personName: 'A B' }, /^Saved to your library under A B\.$/],
    [{ quoteId: 'q', status: 'source-added', personName: 'A B' }, /another source/],
    [{ quoteId: 'q', status: 'already-saved', personName: 'A B' }, /^Already in your library/],
    [{ quoteId: 'q', status: 'ambiguous', candidates: ['A B', 'C B'] }, /could be A B or C B/],
    [{ quoteId: 'q', status: 'no-speaker' }, /does not say who/],
    [{ quoteId: 'q', status: 'failed', error: 'disk full' }, /Not saved: disk full/],
  ])('%j reads %s', (saved, expected) => {
    expect(describeSaved(saved)).toMatch(expected);
  });
});

describe('the Save control', () => {
  it('calls back on click, shows progress, then the outcome without the button', () => {
    const onSave = vi.fn();
    const el = root();
    render(<SaveQuote saved={null} saving={false} onSave={onSave} />, el);
    el.querySelector('button')!.click();
    expect(onSave).toHaveBeenCalledOnce();
    render(<SaveQuote saved={null} saving onSave={onSave} />, el);
    expect(el.querySelector('button')!.disabled).toBe(true);
    render(
      <SaveQuote
        saved={{ quoteId: 'q1', status: 'added', personName: 'Amara Okafor' }}
        saving={false}
        onSave={onSave}
      />,
      el,
    );
    expect(el.querySelector('button')).toBeNull();
    expect(el.querySelector('[role="status"]')!.textContent).toContain('Amara Okafor');
  });

  it('offers each candidate when the name could be several, saving under the one picked', () => {
    const onSave = vi.fn();
    const el = root();
    const saved: CardSaved = { quoteId: 'q1', status: 'ambiguous', candidates: ['Anna Okafor', 'John Okafor'] };
    render(<SaveQuote saved={saved} saving={false} onSave={onSave} />, el);
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Save under Anna Okafor', 'Save under John Okafor']);
    buttons[1]!.click();
    expect(onSave).toHaveBeenCalledWith('John Okafor');
  });

  it('keeps the button after a refusal, so the reader can try again', () => {
    const el = root();
    render(<SaveQuote saved={{ quoteId: 'q1', status: 'failed', error: 'x' }} saving={false} onSave={() => {}} />, el);
    expect(el.querySelector('button')).not.toBeNull();
  });

  it.each([
    ['with a speaker and the library answered', data, false, true],
    ['while the library is still answering', data, true, false],
    ['without a speaker', { ...data, speaker: null }, false, false],
  ])('appears on the card %s: %s', (_what, card, loading, shown) => {
    const el = root();
    const save = { saved: null, saving: false, onSave: () => {} };
    render(<QuoteCard data={card} loading={loading} onOpenManager={() => {}} onClose={() => {}} save={save} />, el);
    expect(!!el.querySelector('.save-button')).toBe(shown);
  });
});
