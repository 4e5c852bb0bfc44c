import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { QuoteCard } from '@/components/card/QuoteCard';
import type { CardData } from '@/components/card/types';
import { loadCard } from '@/lib/background/card-lookup';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { importPack } from '@/lib/db/repos-pack';
import { putStatement } from '@/lib/db/repos-statements';
import { STARTER_PACK } from '@/lib/pack/starter-data';
import { freshDb, statement } from '@/tests/db/helpers';
import { freshRoot } from '@/tests/support/render-root';
import { pageOn, WANG_YI_PEOPLE, wangYiQuote } from '@/tests/support/wang-yi-quote';

const people = WANG_YI_PEOPLE;
const quoteOf = wangYiQuote;

describe('loadCard: tension suggestions, altered and recycled quotes', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await importPack(db, STARTER_PACK);
    await putStatement(
      db,
      statement({
        id: 'crimea',
        personId: 'wang-yi',
        text: 'We will never recognise the annexation of Crimea, and our position is firm.',
        date: '2021-05-01',
        venue: 'Press conference',
      }),
    );
  });

  it('suggests a possible tension with an earlier statement on the same topic, with both excerpts and a key', async () => {
    const card = await loadCard(db, {
      quote: quoteOf('China will recognise the annexation of Crimea once talks succeed.'),
      page: pageOn('2023-03-01'),
      people,
    });
    expect(card.suggestions).toHaveLength(1);
    const [s] = card.suggestions!;
    expect(s).toMatchObject({ kind: 'suggestion', statement: { id: 'crimea', date: '2021-05-01' } });
    expect(s!.pageExcerpt).toBe('China will recognise the annexation of Crimea once talks succeed.');
    expect(s!.earlierExcerpt).toBe('We will never recognise the annexation of Crimea, and our position is firm.');
    expect(s!.cues?.map((c) => c.kind)).toContain('negation');
    expect(s?.reason).toMatchObject({ code: 'shared-topic', shared: expect.arrayContaining(['Crimea']) });
    expect(s!.key).toMatch(/^quote:.+\|crimea$/);
    expect(card.altered).toBeNull();
  });

  it('gives the word-level diff of an altered quote against the stored statement', async () => {
    const card = await loadCard(db, {
      quote: quoteOf('China always respects the sovereignty and territorial integrity of some countries'),
      page: pageOn('2022-02-25'),
      people,
    });
    expect(card.altered?.statement.id).toBe('wang-yi-2022-02-24-call-sovereignty');
    expect(card.altered?.ops.filter((o) => o.type !== 'equal')).toEqual([
      { type: 'replace', from: ['all'], to: ['some'], elision: false },
    ]);
    expect(card.recycled).toBeNull();
    expect(card.suggestions).toEqual([]);
  });

  it('says when the quote was said long before the page, with both dates', async () => {
    const card = await loadCard(db, { quote: quoteOf('Ukraine is no exception.'), page: pageOn('2022-06-01'), people });
    expect(card.recycled).toMatchObject({
      statement: { id: 'wang-yi-2022-02-19-munich-sovereignty' },
      saidOn: '2022-02-19',
      publishedOn: '2022-06-01',
      daysEarlier: 102,
    });
  });

  it('adds nothing to the seed story’s own quotes on its own day', async () => {
    for (const text of [
      'China always respects the sovereignty and territorial integrity of all countries,',
      'Ukraine is no exception.',
    ]) {
      const card = await loadCard(db, { quote: quoteOf(text), page: pageOn('2022-02-24T14:30:00.000Z'), people });
      expect(card.suggestions).toEqual([]);
      expect(card.altered).toBeNull();
      expect(card.recycled).toBeNull();
    }
  });
});

describe('QuoteCard: what matching found', () => {
  let host: HTMLElement;
  beforeEach(() => freshRoot((el) => (host = el)));

  const earlier = {
    id: 'crimea',
    text: 'We will never recognise the annexation of Crimea.',
    date: '2021-05-01',
    venue: 'Press conference',
    sources: [],
    relation: null,
  };
  const base: CardData = {
    quote: quoteOf('China will recognise the annexation of Crimea.'),
    page: pageOn('2023-03-01'),
    speaker: 'Wang Yi',
    role: null,
    known: true,
    candidates: ['Wang Yi'],
    onRecord: null,
    earlier: [earlier],
  };

  it('marks a tension as a suggestion and shows the page’s sentence, the earlier one with its date, and why', () => {
    const data: CardData = {
      ...base,
      suggestions: [
        {
          kind: 'suggestion',
          key: 'k1',
          statement: earlier,
          pageExcerpt: 'China will recognise the annexation of Crimea.',
          earlierExcerpt: 'We will never recognise the annexation of Crimea.',
          cues: [{ kind: 'negation', page: 'will recognise', earlier: 'never recognise' }],
          reason: 'Both speak of recognise, annexation, Crimea; one negates what the other states.',
        },
      ],
    };
    render(<QuoteCard data={data} onOpenManager={() => {}} onClose={() => {}} />, host);
    const section = host.querySelector('section.suggestions')!;
    const text = section.textContent ?? '';
    expect(text).toContain('not a verdict');
    expect(text).toContain('Here: China will recognise the annexation of Crimea.');
    expect(text).toContain('Before: We will never recognise the annexation of Crimea.');
    expect(text).toContain('1 May 2021');
    expect(text).toContain('one negates what the other states');
  });

  it('shows both dates of a recycled quote', () => {
    const data: CardData = {
      ...base,
      recycled: { statement: earlier, saidOn: '2021-05-01', publishedOn: '2023-03-01', daysEarlier: 669 },
    };
    render(<QuoteCard data={data} onOpenManager={() => {}} onClose={() => {}} />, host);
    const note = host.querySelector('.recycled')?.textContent ?? '';
    expect(note).toContain('said 1 May 2021');
    expect(note).toContain('669 days before this article (published 1 Mar 2023)');
  });

  it('styles a word diff: removed words struck through, added words marked', () => {
    const data: CardData = {
      ...base,
      altered: {
        statement: earlier,
        ops: [
          { type: 'replace', from: ['We'], to: ['China'], elision: false },
          { type: 'equal', from: ['will'], to: ['will'], elision: false },
          { type: 'delete', from: ['never'], to: [], elision: false },
          { type: 'equal', from: ['recognise', 'it.'], to: ['recognise', 'it.'], elision: false },
        ],
      },
    };
    render(<QuoteCard data={data} onOpenManager={() => {}} onClose={() => {}} />, host);
    expect([...host.querySelectorAll('.altered del')].map((d) => d.textContent)).toEqual(['We', 'never']);
    expect([...host.querySelectorAll('.altered ins')].map((d) => d.textContent)).toEqual(['China']);
    expect(host.querySelector('.altered')?.textContent).toContain('1 May 2021');
  });
});
