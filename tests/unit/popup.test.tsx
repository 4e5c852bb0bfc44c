import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupState } from '@/components/popup/Popup';
import { loadCard } from '@/lib/background/card-lookup';
import { groupSpeakers } from '@/lib/core/popup-speakers';
import type { PagePerson, PageQuote, PageSummary } from '@/lib/core/protocol';
import type { Settings } from '@/lib/core/settings';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putPerson, putStatement } from '@/lib/db/repos';
import { popupStateFor } from '@/lib/popup/load-popup';
import { freshDb, person, statement } from '@/tests/db/helpers';
import { freshRoot } from '@/tests/support/render-root';

const q = (id: string, speaker: string | null, text = `words ${id}`): PageQuote => ({
  id,
  text,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});
const p = (name: string, role: string | null = null, aliases: string[] = []): PagePerson => ({
  name,
  role,
  aliases,
  kind: 'person',
});

const summary: PageSummary = {
  page: { url: 'https://www.newsweek.com/a', title: 'A', outlet: 'Newsweek', publishedAt: '2022-02-24' },
  enabled: true,
  article: true,
  quotes: [q('q1', 'Hua Chunying'), q('q2', 'Wang Yi'), q('q3', 'Wang Yi'), q('q4', null), q('q5', 'Zhang Jun')],
  people: [
    p('Wang Yi', 'foreign minister', ['Wang']),
    p('Hua Chunying', 'spokesperson', ['Hua']),
    p('Vladimir Putin'),
    p('Zhang Jun'),
  ],
};

describe('groupSpeakers', () => {
  it('groups quotes by speaker, most quoted first, and keeps the rest apart', () => {
    const { speakers, namedOnly, unattributed } = groupSpeakers(summary);
    expect(speakers.map((s) => [s.name, s.role, s.quotes.map((x) => x.id)])).toEqual([
      ['Wang Yi', 'foreign minister', ['q2', 'q3']],
      ['Hua Chunying', 'spokesperson', ['q1']],
      ['Zhang Jun', null, ['q5']],
    ]);
    expect(namedOnly.map((x) => x.name)).toEqual(['Vladimir Putin']);
    expect(unattributed.map((x) => x.id)).toEqual(['q4']);
  });
});

describe('popupStateFor', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await putPerson(db, person({ id: 'w', name: 'Wang Yi', aliases: ['Wang'] }));
    await putPerson(db, person({ id: 'h', name: 'Hua Chunying', aliases: ['Hua'] }));
    await putPerson(db, person({ id: 'v', name: 'Vladimir Putin' }));
    for (const [id, personId] of [
      ['w1', 'w'],
      ['w2', 'w'],
      ['h1', 'h'],
      ['v1', 'v'],
    ] as const)
      await putStatement(db, statement({ id, personId }));
  });

  it('counts stored statements for speakers the library holds, none for the others', async () => {
    const state = await popupStateFor(db, summary.page.url, summary, (show) => loadCard(db, show));
    expect(state.kind).toBe('page');
    if (state.kind !== 'page') return;
    expect(state.site).toBe('newsweek.com');
    // Putin is stored but has no quote on this page; Zhang Jun is quoted but not stored.
    expect(state.stored).toEqual({ 'Wang Yi': 2, 'Hua Chunying': 1 });
  });

  it('counts zero for a stored speaker with no statements yet', async () => {
    await putPerson(db, person({ id: 'z', name: 'Zhang Jun' }));
    const state = await popupStateFor(db, summary.page.url, summary, (show) => loadCard(db, show));
    expect(state.kind === 'page' && state.stored['Zhang Jun']).toBe(0);
  });

  it.each([
    ['chrome://extensions', null, 'unscriptable'],
    [undefined, null, 'unscriptable'],
    ['https://example.org/x', null, 'no-answer'],
  ])('%s without an answer -> %s', async (url, answer, kind) => {
    expect((await popupStateFor(db, url, answer, (show) => loadCard(db, show))).kind).toBe(kind);
  });

  it('does not look anything up when OnRecord is off on the site', async () => {
    const state = await popupStateFor(db, summary.page.url, { ...summary, enabled: false }, (show) =>
      loadCard(db, show),
    );
    expect(state).toMatchObject({ kind: 'page', enabled: false, stored: {} });
  });
});

describe('Popup', () => {
  let host: HTMLElement;
  beforeEach(() => freshRoot((el) => (host = el)));
  const pageState = (over: Partial<Extract<PopupState, { kind: 'page' }>> = {}): PopupState => ({
    kind: 'page',
    site: 'newsweek.com',
    enabled: true,
    article: true,
    speakers: groupSpeakers(summary),
    stored: { 'Wang Yi': 3 },
    ...over,
  });
  const draw = (state: PopupState, settings: Settings | null = { paused: false, disabledSites: [] }) => {
    const handlers = { onToggleSite: vi.fn(), onTogglePause: vi.fn(), onOpenManager: vi.fn(), onReveal: vi.fn() };
    render(<Popup state={state} settings={settings} {...handlers} />, host);
    return { ...handlers, text: host.textContent ?? '' };
  };

  it('lists speakers with their quotes here and what the library holds', () => {
    const { text } = draw(pageState());
    expect(text).toContain('Wang Yi');
    expect(text).toContain('2 quotes here · 3 statements in your library');
    expect(text).toContain('1 quote here · none in your library');
    expect(text).toContain('1 quote without a clear speaker');
    expect(text).toContain('Also named: Vladimir Putin.');
  });

  it.each([
    [{ kind: 'loading' } as PopupState, 'Reading this page'],
    [{ kind: 'unscriptable' } as PopupState, "can't read this page"],
    [{ kind: 'no-answer', site: 'a.test' } as PopupState, 'Reload this page'],
    [pageState({ enabled: false }), 'OnRecord is off on this site'],
    [pageState({ speakers: { speakers: [], namedOnly: [], unattributed: [] } }), 'No quotes or named officials'],
    [pageState({ article: false, speakers: { speakers: [], namedOnly: [], unattributed: [] } }), 'No article here'],
  ])('state %#', (state, expected) => {
    expect(draw(state).text).toContain(expected);
  });

  it('switches the site, pauses everywhere, and opens the library', () => {
    const { onToggleSite, onTogglePause, onOpenManager } = draw(pageState());
    const [site, everywhere] = [...host.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(site!.checked).toBe(true);
    site!.click();
    expect(onToggleSite).toHaveBeenCalledWith(false);
    everywhere!.click();
    expect(onTogglePause).toHaveBeenCalledWith(true);
    host.querySelector<HTMLButtonElement>('button.link')!.click();
    expect(onOpenManager).toHaveBeenCalledOnce();
  });

  it('asks to show a quote on the page when it is picked', () => {
    const { onReveal } = draw(pageState());
    const quotes = [...host.querySelectorAll<HTMLButtonElement>('button.quote')];
    expect(quotes.map((b) => b.textContent)).toContain('words q3');
    quotes.find((b) => b.textContent === 'words q3')!.click();
    expect(onReveal).toHaveBeenCalledWith('q3');
  });

  it('has no site switch where no content script can run', () => {
    draw({ kind: 'unscriptable' }, null);
    expect(host.querySelector('input[role="switch"]')).toBeNull();
  });

  it.each([
    [{ paused: true, disabledSites: [] }, true, 'paused on every site'],
    [{ paused: false, disabledSites: ['newsweek.com'] }, false, 'off on this site'],
    [{ paused: true, disabledSites: ['newsweek.com'] }, false, 'paused on every site'],
  ])('when off, says why (%j)', (settings, siteOn, why) => {
    const { text } = draw(pageState({ enabled: false }), settings);
    expect(text).toContain(why);
    const [site, everywhere] = [...host.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(site!.checked).toBe(siteOn);
    expect(everywhere!.checked).toBe(!settings.paused);
  });
});
