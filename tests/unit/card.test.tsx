import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate, hostOf, isWebLink } from '@/components/card/format';
import { provisionalCard } from '@/components/card/provisional';
import { QuoteCard } from '@/components/card/QuoteCard';
import type { CardData } from '@/components/card/types';
import { loadCard } from '@/lib/background/card-lookup';
import type { PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { importPack } from '@/lib/db/repos-pack';
import { STARTER_PACK } from '@/lib/pack/starter-data';
import { freshDb } from '@/tests/db/helpers';
import { freshRoot } from '@/tests/support/render-root';

const page: PageInfo = {
  url: 'https://www.newsweek.com/china-shows-solidarity',
  title: 'China Shows Solidarity With Russia on Day of Ukraine Invasion',
  outlet: 'Newsweek',
  publishedAt: '2022-02-24T14:30:00.000Z',
};
const people: PagePerson[] = [
  { name: 'Wang Yi', role: "Beijing's top diplomat", aliases: ['Wang'], kind: 'person' },
  { name: 'Zhang Jun', role: 'Chinese Ambassador', aliases: [], kind: 'person' },
];
const quoteOf = (text: string, speaker: string | null): PageQuote => ({
  id: 'q1',
  text,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});

describe('loadCard', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await importPack(db, STARTER_PACK);
  });

  it('resolves Wang Yi, his role on the day, and the Munich statement with its labelled relation', async () => {
    const quote = quoteOf(
      'China always respects the sovereignty and territorial integrity of all countries,',
      'Wang Yi',
    );
    const card = await loadCard(db, { quote, page, people });
    expect(card.speaker).toBe('Wang Yi');
    expect(card.known).toBe(true);
    expect(card.role).toEqual({ title: 'Chinese foreign minister', from: 'library' });
    expect(card.onRecord?.id).toBe('wang-yi-2022-02-24-call-sovereignty');
    expect(card.earlier.map((s) => s.id)).not.toContain('wang-yi-2022-02-24-call-sovereignty');
    const munich = card.earlier[0]!;
    expect(munich.id).toBe('wang-yi-2022-02-19-munich-sovereignty');
    expect(munich.venue).toBe('Munich Security Conference');
    expect(munich.relation?.type).toBe('shifts-emphasis');
    expect(munich.relation?.labelledBy).toBe('OnRecord starter pack');
    // a statement with no labelled link to this quote carries no relation
    expect(card.earlier.find((s) => s.id === 'wang-yi-2022-02-24-call-cold-war')?.relation).toBeNull();
  });

  it('finds an altered quote: the stored words with one changed', async () => {
    const quote = quoteOf(
      'China never respects the sovereignty and territorial integrity of all countries,',
      'Wang Yi',
    );
    const card = await loadCard(db, { quote, page, people });
    expect(card.altered?.statement.id).toBe('wang-yi-2022-02-24-call-sovereignty');
    const changed = card.altered?.ops.filter((op) => op.type !== 'equal' && !op.elision) ?? [];
    expect(changed.map((op) => [op.from.join(' '), op.to.join(' ')])).toEqual([['always', 'never']]);
  });

  it('finds a recycled quote on a page published long after the words were said', async () => {
    const quote = quoteOf(
      'China always respects the sovereignty and territorial integrity of all countries,',
      'Wang Yi',
    );
    const later = { ...page, publishedAt: '2023-03-01T00:00:00.000Z' };
    const card = await loadCard(db, { quote, page: later, people });
    expect(card.recycled?.statement.id).toBe('wang-yi-2022-02-24-call-sovereignty');
    expect(card.recycled?.daysEarlier).toBeGreaterThan(300);
    const sameDay = await loadCard(db, { quote, page, people });
    expect(sameDay.recycled).toBeNull();
  });

  it('finds the person by a transliterated spelling on the page', async () => {
    const quote = quoteOf('Russia was forced to take necessary measures', 'Sergei Lavrov');
    const card = await loadCard(db, {
      quote,
      page,
      people: [{ name: 'Sergei Lavrov', role: null, aliases: [], kind: 'person' }],
    });
    expect(card.speaker).toBe('Sergey Lavrov');
    expect(card.onRecord?.id).toBe('sergey-lavrov-2022-02-24-call-forced');
  });

  it.each([
    [
      'someone the library does not hold',
      'Zhang Jun',
      { speaker: 'Zhang Jun', known: false, role: 'Chinese Ambassador' },
    ],
    ['an unidentified speaker', null, { speaker: null, known: false, role: null }],
  ])('keeps the page data for %s', async (_name, speaker, expected) => {
    const card = await loadCard(db, { quote: quoteOf('We call for restraint', speaker), page, people });
    expect({ speaker: card.speaker, known: card.known, role: card.role?.title ?? null }).toEqual(expected);
    expect(card.earlier).toEqual([]);
    expect(card.onRecord).toBeNull();
  });
});

describe('QuoteCard', () => {
  let host: HTMLElement;
  beforeEach(() => freshRoot((el) => (host = el)));

  const base: CardData = {
    quote: quoteOf('China always respects the sovereignty', 'Wang Yi'),
    page,
    speaker: 'Wang Yi',
    role: { title: 'Chinese foreign minister', from: 'library' },
    known: true,
    candidates: ['Wang Yi'],
    onRecord: null,
    earlier: [
      {
        id: 's1',
        text: 'Ukraine is no exception.',
        date: '2022-02-19',
        venue: 'Munich Security Conference',
        sources: [
          { url: 'https://www.newsweek.com/a', outlet: 'Newsweek' },
          { url: 'javascript:alert(1)', outlet: 'Bad link' },
        ],
        relation: { type: 'shifts-emphasis', note: 'Sovereignty only in general terms', labelledBy: 'me' },
      },
    ],
  };

  it('shows speaker, role, quote and earlier statements with date, venue, source and relation', () => {
    render(<QuoteCard data={base} onOpenManager={() => {}} onClose={() => {}} />, host);
    const text = host.textContent ?? '';
    for (const part of [
      'Wang Yi',
      'Chinese foreign minister',
      'China always respects the sovereignty',
      'Ukraine is no exception.',
      '19 Feb 2022',
      'Munich Security Conference',
      'Shift in emphasis',
      'Sovereignty only in general terms',
    ])
      expect(text).toContain(part);
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.newsweek.com/a#:~:text=Ukraine%20is%20no%20exception.',
    ]);
    expect(text).toContain('Bad link');
    expect(text).not.toContain('Nothing saved');
  });

  it('shows the empty state with a way to add statements', () => {
    const onOpenManager = vi.fn();
    render(
      <QuoteCard
        data={{ ...base, earlier: [], known: false, candidates: [] }}
        onOpenManager={onOpenManager}
        onClose={() => {}}
      />,
      host,
    );
    expect(host.textContent).toContain('Nothing saved for Wang Yi yet.');
    host.querySelector<HTMLButtonElement>('button.link')!.click();
    expect(onOpenManager).toHaveBeenCalledOnce();
  });

  it('names the candidates when the library holds several people the speaker could be', () => {
    const data = { ...base, earlier: [], known: false, candidates: ['Wang Yi', 'Wang Yi (Beijing)'] };
    render(<QuoteCard data={data} onOpenManager={() => {}} onClose={() => {}} />, host);
    expect(host.textContent).toContain('Could be Wang Yi or Wang Yi (Beijing)');
  });

  it('shows an altered quote as a word diff, an old quote with its age, and tension prompts', () => {
    const stored = base.earlier[0]!;
    const data: CardData = {
      ...base,
      altered: {
        statement: stored,
        ops: [
          { type: 'equal', from: ['Ukraine', 'is'], to: ['Ukraine', 'is'], elision: false },
          { type: 'replace', from: ['no'], to: ['an'], elision: false },
          { type: 'equal', from: ['exception.'], to: ['exception.'], elision: false },
          { type: 'insert', from: [], to: ['…'], elision: true },
        ],
      },
      recycled: { statement: stored, saidOn: '2021-06-01', daysEarlier: 268 },
      suggestions: [
        {
          statement: stored,
          reason: 'Both on sovereignty; "no" against "an"',
          earlierExcerpt: 'Ukraine is no exception.',
        },
      ],
    };
    render(<QuoteCard data={data} onOpenManager={() => {}} onClose={() => {}} />, host);
    expect(host.querySelector('del')?.textContent).toBe('no');
    expect(host.querySelector('ins')?.textContent).toBe('an');
    expect(host.querySelector('.diff')?.textContent).toContain('…');
    expect(host.textContent).toContain('Not new: said 1 Jun 2021 (Munich Security Conference), 268 days before');
    expect(host.textContent).toContain('Possible tension');
    expect(host.textContent).toContain('Both on sovereignty');
    // Both checks name the record's source, linked at the stored words; the bad link stays plain text.
    const recordLinks = [...host.querySelectorAll('.check .record-sources a')].map((a) => a.getAttribute('href'));
    expect(recordLinks).toEqual([
      'https://www.newsweek.com/a#:~:text=Ukraine%20is%20no%20exception.',
      'https://www.newsweek.com/a#:~:text=Ukraine%20is%20no%20exception.',
    ]);
    expect(host.querySelector('.altered .record-sources')?.textContent).toContain('Bad link');
  });

  it('shows none of those checks when the library found nothing of the kind', () => {
    render(
      <QuoteCard
        data={{ ...base, altered: null, recycled: null, suggestions: [] }}
        onOpenManager={() => {}}
        onClose={() => {}}
      />,
      host,
    );
    expect(host.querySelector('.check')).toBeNull();
  });

  it('shows what the page says while the library is asked', () => {
    const data = provisionalCard({ quote: base.quote, page, people });
    expect(data).toMatchObject({
      speaker: 'Wang Yi',
      role: { title: "Beijing's top diplomat", from: 'page' },
      known: false,
    });
    render(<QuoteCard data={data} loading onOpenManager={() => {}} onClose={() => {}} />, host);
    expect(host.textContent).toContain('Wang Yi');
    expect(host.textContent).toContain('China always respects the sovereignty');
    expect(host.textContent).toContain('Looking in your library');
    expect(host.textContent).not.toContain('Nothing saved');
  });

  it('shows a loading state, and the close button calls onClose', () => {
    const onClose = vi.fn();
    render(<QuoteCard data={null} onOpenManager={() => {}} onClose={onClose} />, host);
    expect(host.textContent).toContain('Looking in your library');
    host.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('format', () => {
  it.each([
    ['2022-02-19', '19 Feb 2022'],
    ['2022-02-24T14:30:00.000Z', '24 Feb 2022'],
    ['2022-12', 'Dec 2022'],
    ['2022', '2022'],
    ['2022-13-01', null],
    [undefined, null],
    ['yesterday', null],
  ])('formatDate(%s) = %s', (iso, out) => {
    expect(formatDate(iso)).toBe(out);
  });

  it.each([
    ['https://www.newsweek.com/x', true, 'newsweek.com'],
    ['http://a.test', true, 'a.test'],
    ['javascript:alert(1)', false, null],
    ['not a url', false, null],
  ])('%s', (url, web, host) => {
    expect(isWebLink(url)).toBe(web);
    if (host) expect(hostOf(url)).toBe(host);
  });
});
