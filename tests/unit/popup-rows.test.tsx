import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupState } from '@/components/popup/Popup';
import { ALSO_NAMED_SHOWN, AlsoNamed, contextLine } from '@/components/popup/SpeakerRow';
import { loadCard } from '@/lib/background/card-lookup';
import { groupSpeakers, speakerContext } from '@/lib/core/popup-speakers';
import type { CardData, CardStatement, PagePerson, PageQuote } from '@/lib/core/protocol';
import { putPerson, putRelation, putStatement } from '@/lib/db/repos';
import { factsOf, loadSpeakerContext } from '@/lib/popup/speaker-context';
import { freshDb, person, relation, statement } from '@/tests/db/helpers';
import { freshRoot } from '@/tests/support/render-root';

const q = (id: string, speaker: string | null, text = `words ${id}`): PageQuote => ({
  id,
  text,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});
const p = (name: string): PagePerson => ({ name, role: null, aliases: [], kind: 'person' });
const page = { url: 'https://news.example/a', title: 'A', outlet: 'News', publishedAt: '2024-06-01' };

let host: HTMLElement;
beforeEach(() => freshRoot((el) => (host = el)));

describe('a speaker row', () => {
  const state = (): PopupState => ({
    kind: 'page',
    site: 'news.example',
    enabled: true,
    article: true,
    speakers: groupSpeakers({ quotes: [q('a', 'Ann Lee'), q('b', 'Ann Lee')], people: [p('Ann Lee')] }),
    stored: { 'Ann Lee': 1 },
    context: { 'Ann Lee': { related: 1, suggested: 2 } },
  });
  const draw = () =>
    render(
      <Popup
        state={state()}
        settings={null}
        onToggleSite={vi.fn()}
        onTogglePause={vi.fn()}
        onOpenManager={vi.fn()}
        onReveal={vi.fn()}
      />,
      host,
    );

  it('says it expands, and shows the quotes when opened', async () => {
    draw();
    const toggle = host.querySelector<HTMLButtonElement>('button.speaker-toggle')!;
    const list = host.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.querySelector('.disclosure')?.textContent).toBe('▸');
    expect(list.hidden).toBe(true);
    toggle.click();
    await vi.waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    expect(list.hidden).toBe(false);
    expect(toggle.querySelector('.disclosure')?.textContent).toBe('▾');
  });

  it('counts statements in the library, singular and plural, and the quotes with more context', () => {
    draw();
    const text = host.textContent ?? '';
    expect(text).toContain('2 quotes here · 1 statement in your library');
    expect(text).toContain('1 with a labelled relation · 2 with a suggestion');
  });
});

describe('contextLine', () => {
  it.each([
    [undefined, null],
    [{ related: 0, suggested: 0 }, null],
    [{ related: 3, suggested: 0 }, '3 with a labelled relation'],
    [{ related: 0, suggested: 1 }, '1 with a suggestion'],
  ])('%j -> %s', (context, line) => {
    expect(contextLine(context)).toBe(line);
  });
});

describe('Also named', () => {
  const people = Array.from({ length: ALSO_NAMED_SHOWN + 3 }, (_, i) => p(`Person ${i + 1}`));

  it(`shows the first ${ALSO_NAMED_SHOWN} and "+N more", which shows the rest`, async () => {
    render(<AlsoNamed people={people} />, host);
    expect(host.textContent).toContain(`Person ${ALSO_NAMED_SHOWN}`);
    expect(host.textContent).not.toContain(`Person ${ALSO_NAMED_SHOWN + 1}`);
    const more = host.querySelector<HTMLButtonElement>('button')!;
    expect(more.textContent).toBe('+3 more');
    more.click();
    await vi.waitFor(() => expect(host.textContent).toContain(`Person ${ALSO_NAMED_SHOWN + 3}.`));
    expect(host.querySelector('button')).toBeNull();
  });

  it('lists a short list whole, with no button', () => {
    render(<AlsoNamed people={people.slice(0, 2)} />, host);
    expect(host.textContent).toBe('Also named: Person 1, Person 2.');
  });
});

describe('the side panel link', () => {
  it.each([
    ['side panel', 'Open side panel'],
    ['sidebar', 'Open sidebar'],
  ] as const)('in a browser calling it a %s', (name, label) => {
    render(
      <Popup
        state={{ kind: 'loading' }}
        settings={null}
        onToggleSite={vi.fn()}
        onTogglePause={vi.fn()}
        onOpenManager={vi.fn()}
        onReveal={vi.fn()}
        onOpenSidePanel={vi.fn()}
        sidePanelName={name}
      />,
      host,
    );
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toContain(label);
  });
});

describe('speaker context', () => {
  const st = (over: Partial<CardStatement> = {}): CardStatement => ({
    id: 's',
    text: 't',
    sources: [],
    relation: null,
    ...over,
  });
  const card = (over: Partial<CardData>): CardData => ({
    quote: q('x', 'A'),
    page,
    speaker: 'A',
    role: null,
    known: true,
    candidates: [],
    onRecord: null,
    earlier: [],
    ...over,
  });

  it.each([
    [card({}), { related: false, suggested: false }],
    [
      card({ earlier: [st({ relation: { type: 'reverses', note: '', labelledBy: 'me' } })] }),
      { related: true, suggested: false },
    ],
    [
      card({ onRecord: st({ relation: { type: 'qualifies', note: '', labelledBy: 'me' } }) }),
      { related: true, suggested: false },
    ],
    [
      card({ suggestions: [{ statement: st(), reason: 'r', earlierExcerpt: 'e' }] }),
      { related: false, suggested: true },
    ],
  ])('facts of card %#', (c, facts) => {
    expect(factsOf(c)).toEqual(facts);
  });

  it('sums per speaker', () => {
    expect(
      speakerContext([
        { related: true, suggested: true },
        { related: true, suggested: false },
        { related: false, suggested: false },
      ]),
    ).toEqual({ related: 2, suggested: 1 });
  });

  it('finds the labelled relation of a stored quote in the library', async () => {
    const db = freshDb();
    await putPerson(db, person({ id: 'ann', name: 'Ann Lee' }));
    await putStatement(
      db,
      statement({ id: 'now', personId: 'ann', text: 'We will cut the tax on bread', date: '2024-06-01' }),
    );
    await putStatement(
      db,
      statement({ id: 'then', personId: 'ann', text: 'We will never cut the tax on bread', date: '2023-01-01' }),
    );
    await putRelation(db, relation({ id: 'r', fromId: 'now', toId: 'then', type: 'reverses' }));
    const quotes = [q('a', 'Ann Lee', 'We will cut the tax on bread'), q('b', 'Ann Lee', 'Something else entirely')];
    const { speakers } = groupSpeakers({ quotes, people: [p('Ann Lee')] });
    const context = await loadSpeakerContext((show) => loadCard(db, show), { page, people: [p('Ann Lee')] }, speakers);
    expect(context['Ann Lee']?.related).toBe(1);
  });
});
