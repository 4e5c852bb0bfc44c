import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeEvidence, sentencesBackWords } from '@/components/card/evidence';
import { filterPeople } from '@/components/card/people-filter';
import { QuoteCard } from '@/components/card/QuoteCard';
import type { SpeakerChoiceProps } from '@/components/card/SpeakerChoice';
import { createSpeakerChoice } from '@/components/card/speaker-state';
import type { CardData } from '@/components/card/types';
import { QuoteContext } from '@/components/sidepanel/QuoteContext';
import type { CardPerson, CardToBackground, Message, PageQuote } from '@/lib/core/protocol';
import { parseContentMessage } from '@/lib/core/validate';
import type { Evidence } from '@/lib/detect/types';
import { pageQuotes } from '@/lib/page/page-data';

const evidence = (over: Partial<Evidence>): Evidence => ({
  way: 'cue',
  cue: 'she said',
  sentencesBack: 0,
  confidence: 0.8,
  ...over,
});

describe('the evidence line', () => {
  it.each([
    [0, 'same sentence'],
    [1, 'previous sentence'],
    [2, '2 sentences before'],
    [5, '5 sentences before'],
  ])('%i sentences back reads "%s"', (n, words) => {
    expect(sentencesBackWords(n)).toBe(words);
  });

  it.each([
    [evidence({ sentencesBack: 1 }), 'attributed from ‘she said’, previous sentence'],
    [evidence({ cue: 'a-t-il déclaré' }), 'attributed from ‘a-t-il déclaré’, same sentence'],
    [
      evidence({ way: 'according-to', cue: 'according to Marsh', sentencesBack: 2 }),
      'attributed from ‘according to Marsh’, 2 sentences before',
    ],
    [evidence({ way: 'subject', cue: null }), 'attributed from the sentence’s subject, same sentence'],
    [evidence({ way: 'turn', cue: null }), 'attributed from the speaker’s turn, same sentence'],
    [evidence({ way: 'run', cue: null, sentencesBack: 3 }), 'continues the quotes before'],
    [evidence({ way: 'echo', cue: null }), 'repeats words quoted earlier on the page'],
  ])('%j reads "%s"', (e, line) => {
    expect(describeEvidence(e)).toBe(line);
  });
});

const PEOPLE: CardPerson[] = [
  { id: 'a', name: 'Dan Okafor', role: 'transport minister' },
  { id: 'b', name: 'Lena Marsh', role: 'finance minister' },
  { id: 'c', name: 'Sergey Lavrov', role: null },
  { id: 'd', name: 'José Álvarez', role: 'mayor' },
];

describe('the people filter', () => {
  it.each([
    ['', ['a', 'b', 'c', 'd']],
    ['lav', ['c']],
    ['LENA', ['b']],
    ['minister', ['a', 'b']],
    ['fin min', ['b']],
    ['jose alv', ['d']],
    ['avrov', []],
    ['nobody', []],
  ])('"%s" finds %j', (query, ids) => {
    expect(filterPeople(PEOPLE, query).map((p) => p.id)).toEqual(ids);
  });

  it('shows at most the limit', () => {
    expect(filterPeople(PEOPLE, '', 2)).toHaveLength(2);
  });
});

const quote: PageQuote = {
  id: 'q1',
  text: 'We will raise fuel taxes',
  kind: 'direct',
  speaker: 'Lena Marsh',
  prefix: '',
  suffix: '',
  evidence: evidence({ sentencesBack: 1 }),
};
const page = { url: 'https://courier.example/budget', title: 't', outlet: null, publishedAt: null };

describe('the content script sends the evidence it knows', () => {
  const text = 'Marsh said: "We will raise fuel taxes." Then she left.';
  const sent = (e: unknown) =>
    pageQuotes(text, {
      people: [],
      quotes: [
        {
          id: 'q1',
          text: 'We will raise fuel taxes.',
          kind: 'direct',
          start: 12,
          end: 37,
          speaker: 'Lena Marsh',
          speakerMention: null,
          evidence: e as Evidence,
        },
      ],
    })[0]?.evidence;
  it.each([
    [evidence({}), evidence({})],
    [evidence({ sentencesBack: 2.6, confidence: 1.4 }), evidence({ sentencesBack: 3, confidence: 1 })],
    [evidence({ sentencesBack: Number.NaN, confidence: -1 }), evidence({ sentencesBack: 0, confidence: 0 })],
    [{ ...evidence({}), extra: 'new field' }, evidence({})],
    [evidence({ way: 'hunch' as Evidence['way'] }), undefined],
    [undefined, undefined],
  ])('%j goes as %j', (given, expected) => {
    expect(sent(given)).toEqual(expected);
  });
});

describe('evidence crosses the content gate', () => {
  const show = (q: unknown) =>
    parseContentMessage({ type: 'card/show', payload: { nonce: '0123456789abcdef', quote: q, page, people: [] } }).ok;
  it.each([
    [quote, true],
    [{ ...quote, evidence: undefined }, true],
    [{ ...quote, evidence: { ...quote.evidence, way: 'guess' } }, false],
    [{ ...quote, evidence: { ...quote.evidence, confidence: 2 } }, false],
    [{ ...quote, evidence: { ...quote.evidence, sentencesBack: -1 } }, false],
    [{ ...quote, evidence: { ...quote.evidence, cue: 'x'.repeat(201) } }, false],
    [{ ...quote, evidence: { ...quote.evidence, extra: 1 } }, false],
  ])('%j passes: %s', (q, ok) => {
    expect(show(q)).toBe(ok);
  });
});

describe('the card', () => {
  let app: HTMLElement;
  afterEach(() => app?.remove());
  const data = (over: Partial<CardData> = {}): CardData => ({
    quote,
    page,
    speaker: 'Lena Marsh',
    role: null,
    known: true,
    candidates: ['Lena Marsh'],
    onRecord: null,
    earlier: [],
    ...over,
  });
  const draw = (d: CardData, choice?: Partial<SpeakerChoiceProps>) => {
    app = document.createElement('div');
    document.body.append(app);
    const props: SpeakerChoiceProps | undefined = choice && {
      open: false,
      people: null,
      more: false,
      busy: false,
      error: null,
      onOpen: vi.fn(),
      onCancel: vi.fn(),
      onChoose: vi.fn(),
      ...choice,
    };
    render(<QuoteCard data={d} onOpenManager={() => {}} onClose={() => {}} speakerChoice={props} />, app);
    return props;
  };

  it('says under the speaker why the page gave them', () => {
    draw(data());
    expect(app.querySelector('.evidence')?.textContent).toBe('attributed from ‘she said’, previous sentence');
  });

  it('says when the reader chose the speaker, and who the page gave', () => {
    draw(data({ speaker: 'Dan Okafor', chosen: { personId: 'a', pageSpeaker: 'Lena Marsh' } }));
    expect(app.querySelector('.speaker')?.textContent).toBe('Dan Okafor');
    expect(app.querySelector('.evidence')?.textContent).toBe('speaker chosen by you; the page gives Lena Marsh');
  });

  it.each([
    [{ personId: 'a', pageSpeaker: 'Lena Marsh' }, 'Dan Okafor', 'Said by Dan Okafor, as you chose'],
    [{ personId: null, pageSpeaker: 'Lena Marsh' }, null, 'Speaker unknown, as you chose'],
  ])('the side panel says the reader chose the speaker (%j)', (chosen, speaker, line) => {
    app = document.createElement('div');
    document.body.append(app);
    render(<QuoteContext card={data({ speaker, chosen, known: !!speaker })} onOpenManager={() => {}} />, app);
    expect(app.textContent).toContain(line);
    expect(app.textContent).not.toContain('The page does not say clearly who said this');
  });

  it('offers "Choose speaker…" where nobody is named', () => {
    draw(data({ speaker: null, known: false, candidates: [] }), {});
    expect(app.querySelector('.not-speaker')?.textContent).toBe('Choose speaker…');
  });

  it('offers Not this speaker?, then the people and Unknown speaker', () => {
    const closed = draw(data(), {});
    const open = app.querySelector<HTMLButtonElement>('.not-speaker');
    expect(open?.textContent).toBe('Not this speaker?');
    open?.click();
    expect(closed?.onOpen).toHaveBeenCalled();
    app.remove();
    const opened = draw(data(), { open: true, people: PEOPLE });
    const options = [...app.querySelectorAll<HTMLButtonElement>('.speaker-option')];
    expect(options.map((b) => b.textContent)).toContain('Dan Okafor · transport minister');
    options[0]?.click();
    expect(opened?.onChoose).toHaveBeenCalledWith('a');
    app.querySelector<HTMLButtonElement>('.unknown-speaker')?.click();
    expect(opened?.onChoose).toHaveBeenCalledWith(null);
  });
});

describe('the card frame’s speaker-choice state', () => {
  const show = { quote, page, people: [] };
  const setup = () => {
    const sent: Message<CardToBackground>[] = [];
    const redraw = vi.fn();
    const state = createSpeakerChoice({ shown: () => show, send: (m) => void sent.push(m), redraw });
    return { sent, redraw, state };
  };

  it('asks for the people once, on the first opening', () => {
    const { sent, state } = setup();
    state.props().onOpen();
    expect(state.props()).toMatchObject({ open: true, people: null });
    state.onAnswer({ type: 'card/people', payload: { quoteId: 'q1', people: PEOPLE, more: false } });
    state.props().onCancel();
    state.props().onOpen();
    expect(state.props().people).toEqual(PEOPLE);
    expect(sent).toEqual([{ type: 'card/list-people', payload: { quoteId: 'q1' } }]);
  });

  it('sends the pick with what the page gave, once while busy, and closes on the answer', () => {
    const { sent, state } = setup();
    state.props().onOpen();
    state.props().onChoose('a');
    state.props().onChoose(null);
    expect(sent.at(-1)).toEqual({ type: 'card/choose-speaker', payload: { ...show, personId: 'a' } });
    expect(sent.filter((m) => m.type === 'card/choose-speaker')).toHaveLength(1);
    expect(state.props().busy).toBe(true);
    state.onAnswer({ type: 'card/speaker-chosen', payload: { quoteId: 'q1', ok: false, error: 'gone' } });
    expect(state.props()).toMatchObject({ busy: false, open: false, error: 'gone' });
    state.reset();
    expect(state.props().error).toBeNull();
  });
});
