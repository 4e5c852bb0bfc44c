import { describe, expect, it } from 'vitest';
import { dayOf, findRecycledQuote, RECYCLED_AFTER_DAYS } from '@/lib/match/recycled';
import type { StatementLike } from '@/lib/match/types';

const st = (id: string, text: string, date?: string): StatementLike => ({ id, text, date });
const library = [
  st('old', 'We will not raise taxes on working families this year.', '2019-03-01'),
  st('older', 'We will not raise taxes on working families.', '2017-06'),
  st('recent', 'Ukraine is no exception.', '2022-02-19'),
  st('undated', 'Peace in our time is within reach.'),
  st('year-only', 'Cold War mentality should be completely abandoned.', '2022'),
  st('long-ago', 'The climate crisis is the defining issue of our age and we must act now.', '2015-01-10'),
];

describe('findRecycledQuote', () => {
  it.each([
    ['the same words, years before', 'We will not raise taxes on working families.', '2024-05-01', 'older', '2017-06'],
    [
      'a fragment of an old statement',
      'raise taxes on working families this year',
      '2024-05-01T09:00:00Z',
      'old',
      '2019-03-01',
    ],
    [
      'near-identical words',
      'The climate crisis is the defining issue of our time and we must act now.',
      '2023-01-01',
      'long-ago',
      '2015-01-10',
    ],
    [
      'the oldest when stored twice',
      '“We will not raise taxes on working families,”',
      '2020-01-01',
      'older',
      '2017-06',
    ],
  ])('yes: %s', (_label, quote, publishedAt, id, saidOn) => {
    const found = findRecycledQuote(quote, library, publishedAt);
    expect(found?.statement.id).toBe(id);
    expect(found?.saidOn).toBe(saidOn);
    expect(found?.publishedOn).toBe(publishedAt.slice(0, 10));
    expect(found!.daysEarlier).toBeGreaterThan(RECYCLED_AFTER_DAYS);
  });

  it.each([
    ['said five days before', 'Ukraine is no exception.', '2022-02-24'],
    ['exactly the limit', 'Ukraine is no exception.', '2022-03-21'],
    ['no publication date', 'We will not raise taxes on working families.', null],
    ['no stored date', 'Peace in our time is within reach.', '2024-01-01'],
    ['a year-only date that may be recent', 'Cold War mentality should be completely abandoned.', '2022-12-15'],
    ['words changed too much', 'We will raise taxes on families.', '2024-05-01'],
    ['another quote', 'Something nobody said before.', '2024-05-01'],
  ])('no: %s', (_label, quote, publishedAt) => {
    expect(findRecycledQuote(quote, library, publishedAt)).toBeNull();
  });

  it('counts days from the last day a partial date can mean', () => {
    expect(
      findRecycledQuote('Cold War mentality should be completely abandoned.', library, '2023-02-01')?.daysEarlier,
    ).toBe(32);
  });
});

describe('dayOf', () => {
  it.each([
    ['2022-02-24', 'first', Date.UTC(2022, 1, 24)],
    ['2022-02-24T23:59:00Z', 'first', Date.UTC(2022, 1, 24)],
    ['2022-02', 'first', Date.UTC(2022, 1, 1)],
    ['2022-02', 'last', Date.UTC(2022, 1, 28)],
    ['2024-02', 'last', Date.UTC(2024, 1, 29)],
    ['2022', 'last', Date.UTC(2022, 11, 31)],
    ['2022', 'first', Date.UTC(2022, 0, 1)],
  ] as const)('%s (%s)', (iso, end, ms) => {
    expect(dayOf(iso, end)).toBe(ms / 86_400_000);
  });

  it('rejects what is not a date', () => {
    expect(dayOf('yesterday')).toBeNull();
  });
});
