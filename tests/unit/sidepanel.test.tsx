import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLookupQueue } from '@/components/sidepanel/lookup-queue';
import { type PanelState, SidePanel, type SidePanelProps } from '@/components/sidepanel/SidePanel';
import type { CardData, PageQuote, PageSummary, PanelLookupResponse, PanelToBackground } from '@/lib/core/protocol';
import { MAX_PANEL_QUOTES } from '@/lib/core/validate';
import { freshRoot } from '@/tests/support/render-root';

const q = (id: string, speaker: string | null): PageQuote => ({
  id,
  text: `words ${id}`,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});
const summaryOf = (quotes: PageQuote[], over: Partial<PageSummary> = {}): PageSummary => ({
  page: { url: 'https://n.test/a', title: 'An article', outlet: 'N', publishedAt: '2022-02-24' },
  enabled: true,
  article: true,
  quotes,
  people: [{ name: 'Wang Yi', role: 'foreign minister', aliases: [], kind: 'person' }],
  ...over,
});
const cardFor = (quote: PageQuote): CardData => ({
  quote,
  page: summaryOf([]).page,
  speaker: quote.speaker,
  role: { title: 'Foreign Minister', from: 'library' },
  known: true,
  candidates: [],
  onRecord: null,
  earlier: [
    {
      id: 'munich',
      text: 'Ukraine is no exception.',
      date: '2022-02-19',
      venue: 'Munich Security Conference',
      sources: [{ url: 'https://www.newsweek.com/x', outlet: 'Newsweek' }],
      relation: {
        type: 'shifts-emphasis',
        note: 'Same principle, different weight',
        labelledBy: 'OnRecord starter pack',
      },
    },
  ],
  suggestions: [{ statement: { id: 't', text: 't', sources: [], relation: null }, reason: 'r', earlierExcerpt: 'e' }],
});

describe('SidePanel', () => {
  let host: HTMLElement;
  beforeEach(() => freshRoot((el) => (host = el)));

  const draw = (over: Partial<SidePanelProps> & { state: PanelState }) => {
    const props: SidePanelProps = {
      cards: new Map(),
      libraryEmpty: false,
      lookupError: null,
      notice: null,
      onNeed: vi.fn(),
      onReveal: vi.fn(),
      onRefresh: vi.fn(),
      onOpenManager: vi.fn(),
      ...over,
    };
    render(<SidePanel {...props} />, host);
    return props;
  };
  const text = () => host.textContent ?? '';

  it.each<[string, PanelState, RegExp]>([
    ['no tab', { kind: 'no-tab' }, /No tab to show/],
    ['not a web page', { kind: 'unscriptable' }, /not a web page OnRecord can read/],
    ['a silent tab', { kind: 'no-answer' }, /reload it/],
    [
      'off on the site',
      { kind: 'page', summary: summaryOf([q('1', 'Wang Yi')], { enabled: false }) },
      /off on this site/,
    ],
    ['no quotes yet', { kind: 'page', summary: summaryOf([]) }, /No quotes found yet/],
    ['no article', { kind: 'page', summary: summaryOf([], { article: false }) }, /No article here/],
  ])('says so for %s, with no list', (_name, state, message) => {
    draw({ state });
    expect(text()).toMatch(message);
    expect(host.querySelector('li.item')).toBeNull();
  });

  it('says when the library is empty, and still lists the quotes', () => {
    draw({ state: { kind: 'page', summary: summaryOf([q('1', 'Wang Yi')]) }, libraryEmpty: true });
    expect(text()).toMatch(/library is empty/);
    expect(host.querySelectorAll('li.item')).toHaveLength(1);
  });

  it('lists quotes under speaker headings, with the collapsed context line once looked up', () => {
    const quotes = [q('1', 'Wang Yi'), q('2', 'Wang Yi'), q('3', null)];
    draw({ state: { kind: 'page', summary: summaryOf(quotes) }, cards: new Map([['1', cardFor(quotes[0]!)]]) });
    const headings = Array.from(host.querySelectorAll('h2.speaker')).map((h) => h.textContent);
    expect(headings).toEqual(['Wang Yi · foreign minister', 'Speaker not identified']);
    const summaries = Array.from(host.querySelectorAll('.summary')).map((s) => s.textContent);
    expect(summaries[0]).toBe('Shift in emphasis · Possible tension (suggestion) · 1 statement before');
    expect(summaries[1]).toBe('Looking in your library…');
    expect(text()).toMatch(/3 quotes · 1 speaker, in page order/);
  });

  it("asks for a quote's context when it is opened, and shows the card's context", () => {
    const quotes = [q('1', 'Wang Yi')];
    const props = draw({ state: { kind: 'page', summary: summaryOf(quotes) } });
    const toggle = host.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(props.onNeed).toHaveBeenCalledWith(['1']);
    draw({ ...props, cards: new Map([['1', cardFor(quotes[0]!)]]) });
    expect(host.querySelector('button.toggle')?.getAttribute('aria-expanded')).toBe('true');
    const context = host.querySelector('#ctx-1')?.textContent ?? '';
    expect(context).toMatch(/Role at the time: Foreign Minister/);
    expect(context).toMatch(/Ukraine is no exception/);
    expect(context).toMatch(/19 Feb 2022/);
    expect(context).toMatch(/Munich Security Conference/);
    expect(context).toMatch(/Shift in emphasis/);
    expect(context).toMatch(/labelled by OnRecord starter pack/);
    expect(context).toMatch(/a prompt, not a verdict/);
  });

  it('reveals a quote on click and moves focus with the arrow keys; → and ← open and close', () => {
    const quotes = [q('1', 'Wang Yi'), q('2', null), q('3', 'Wang Yi')];
    const props = draw({ state: { kind: 'page', summary: summaryOf(quotes) } });
    const buttons = () => Array.from(host.querySelectorAll<HTMLButtonElement>('button.quote'));
    buttons()[1]!.click();
    expect(props.onReveal).toHaveBeenCalledWith('2');
    const key = (el: Element, k: string) =>
      act(() => {
        el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      });
    buttons()[0]!.focus();
    key(buttons()[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons()[1]);
    key(buttons()[1]!, 'End');
    expect(document.activeElement).toBe(buttons()[2]);
    key(buttons()[2]!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons()[2]);
    key(buttons()[2]!, 'ArrowRight');
    expect(props.onNeed).toHaveBeenCalledWith(['3']);
    expect(host.querySelector('#ctx-3')).not.toBeNull();
    key(buttons()[2]!, 'ArrowLeft');
    expect(host.querySelector('#ctx-3')).toBeNull();
  });

  it("renders a hostile page's and library's strings as text, and no unsafe link", () => {
    const evil = '<img src=x onerror="window.pwned=1">';
    const quote = { ...q('1', evil), text: evil };
    const data = cardFor(quote);
    data.earlier = [{ id: 'e', text: evil, sources: [{ url: 'javascript:alert(1)', outlet: 'Evil' }], relation: null }];
    const props = draw({
      state: { kind: 'page', summary: { ...summaryOf([quote]), page: { ...summaryOf([]).page, title: evil } } },
      cards: new Map([['1', data]]),
    });
    act(() => {
      host.querySelector<HTMLButtonElement>('button.toggle')!.click();
    });
    expect(props.onNeed).toHaveBeenCalled();
    expect(host.querySelector('#ctx-1')?.textContent).toContain('Evil');
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(evil);
    expect(Array.from(host.querySelectorAll('a')).map((a) => a.getAttribute('href'))).not.toContain(
      'javascript:alert(1)',
    );
  });

  it('announces a notice politely', () => {
    draw({ state: { kind: 'page', summary: summaryOf([q('1', 'Wang Yi')]) }, notice: 'That quote is gone.' });
    expect(host.querySelector('[role="status"]')?.textContent).toBe('That quote is gone.');
  });
});

describe('createLookupQueue', () => {
  const setup = (answer: (p: PanelToBackground['panel/lookup']) => PanelLookupResponse | Promise<never>) => {
    const sent: PanelToBackground['panel/lookup'][] = [];
    const got: CardData[] = [];
    const errors: string[] = [];
    const timers: (() => void)[] = [];
    let release: () => void = () => {};
    let gate = Promise.resolve();
    const queue = createLookupQueue({
      send: async (payload) => {
        sent.push(payload);
        await gate;
        return answer(payload);
      },
      onCards: (cards) => got.push(...cards),
      onError: (e) => errors.push(e),
      schedule: (run) => timers.push(run),
    });
    const tick = async () => {
      for (const run of timers.splice(0)) run();
      await new Promise((r) => setTimeout(r, 0));
    };
    const hold = () => {
      gate = new Promise<void>((r) => {
        release = r;
      });
    };
    return { queue, sent, got, errors, tick, hold, release: () => release() };
  };
  const ok = (p: PanelToBackground['panel/lookup']): PanelLookupResponse => ({
    ok: true,
    cards: p.quotes.map(cardFor),
    libraryEmpty: false,
  });
  const many = (n: number) => Array.from({ length: n }, (_, i) => q(`q${i}`, i % 2 ? 'Wang Yi' : 'Hua'));

  it('asks only for the quotes seen, each once, gathered into batches', async () => {
    const t = setup(ok);
    const quotes = many(50);
    t.queue.reset(summaryOf(quotes));
    t.queue.need(['q0', 'q1', 'q2']);
    t.queue.need(['q2', 'q3']);
    await t.tick();
    expect(t.sent).toHaveLength(1);
    expect(t.sent[0]?.quotes.map((x) => x.id)).toEqual(['q0', 'q1', 'q2', 'q3']);
    // Only the speakers of the batch travel with it.
    expect(t.sent[0]?.people.map((p) => p.name)).toEqual(['Wang Yi']);
    t.queue.need(['q1', 'q3']);
    await t.tick();
    expect(t.sent).toHaveLength(1);
    t.queue.need(quotes.map((x) => x.id));
    await t.tick();
    expect(t.sent.slice(1).map((b) => b.quotes.length)).toEqual([
      MAX_PANEL_QUOTES,
      MAX_PANEL_QUOTES,
      50 - 4 - 2 * MAX_PANEL_QUOTES,
    ]);
    expect(t.got).toHaveLength(50);
  });

  it('drops answers for a page the panel has left', async () => {
    const t = setup(ok);
    t.queue.reset(summaryOf(many(3)));
    t.hold();
    t.queue.need(['q0']);
    await t.tick();
    t.queue.reset(summaryOf([q('other', 'Wang Yi')]));
    t.release();
    await t.tick();
    expect(t.got).toEqual([]);
    t.queue.need(['other']);
    await t.tick();
    expect(t.got.map((c) => c.quote.id)).toEqual(['other']);
  });

  it('keeps what was asked when the same page is read again, and asks again after a failure', async () => {
    let fail = true;
    const t = setup((p) => (fail ? { ok: false, error: 'no library' } : ok(p)));
    t.queue.reset(summaryOf(many(2)));
    t.queue.need(['q0']);
    await t.tick();
    expect(t.errors).toEqual(['no library']);
    fail = false;
    t.queue.need(['q0']);
    await t.tick();
    expect(t.got.map((c) => c.quote.id)).toEqual(['q0']);
    t.queue.reset(summaryOf(many(3)), true);
    t.queue.need(['q0', 'q2']);
    await t.tick();
    expect(t.sent.at(-1)?.quotes.map((x) => x.id)).toEqual(['q2']);
  });
});
