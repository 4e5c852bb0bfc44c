import { describe, expect, it } from 'vitest';
import { pageAsOf, placeInTime, splitByTime } from '@/lib/match/time-split';

describe('placeInTime: a statement against the page date', () => {
  it.each([
    ['the day before', '2022-02-23', '2022-02-24', 'before'],
    ['the same day (said by the time it was reported)', '2022-02-24', '2022-02-24', 'before'],
    ['the day after', '2022-02-25', '2022-02-24', 'since'],
    ['years later', '2022-05-10', '2016-12-05', 'since'],
    ['a month that ended before', '2022-01', '2022-02-24', 'before'],
    ['a month that may run past the page (possibly later)', '2022-02', '2022-02-24', 'since'],
    ['a year before', '2015', '2016-12-05', 'before'],
    ['the page date as a timestamp', '2016-12-05', '2016-12-05T23:30:00Z', 'before'],
    ['no date', undefined, '2022-02-24', 'undated'],
    ['an unreadable date', 'sometime', '2022-02-24', 'undated'],
  ])('%s', (_name, date, asOf, expected) => {
    expect(placeInTime(date, asOf)).toBe(expected);
  });
});

describe('splitByTime', () => {
  const items = [
    { id: 'a', date: '2022-05-01' },
    { id: 'b', date: '2016-01-01' },
    { id: 'c' },
    { id: 'd', date: '2017-06-01' },
    { id: 'e', date: '2014-03-03' },
  ];
  it('keeps the ranked order before, puts later ones oldest first and undated apart', () => {
    const split = splitByTime(items, (i) => i.date, '2016-12-05');
    expect(split.before.map((i) => i.id)).toEqual(['b', 'e']);
    expect(split.since.map((i) => i.id)).toEqual(['d', 'a']);
    expect(split.undated.map((i) => i.id)).toEqual(['c']);
  });

  it('never lists a statement dated after the page as before, whatever the dates', () => {
    for (let day = 1; day <= 28; day++) {
      const asOf = `2022-02-${String(day).padStart(2, '0')}`;
      const all = Array.from({ length: 28 }, (_, i) => ({ date: `2022-02-${String(i + 1).padStart(2, '0')}` }));
      const { before, since } = splitByTime(all, (i) => i.date, asOf);
      expect(before.every((i) => i.date <= asOf)).toBe(true);
      expect(since.every((i) => i.date > asOf)).toBe(true);
      expect(before.length + since.length).toBe(all.length);
    }
  });
});

describe('pageAsOf: the date the record is read against', () => {
  const visit = new Date('2026-12-06T04:00:00Z');
  it.each([
    ['a published date', '2016-12-05', { date: '2016-12-05', from: 'published' }],
    ['a published timestamp', '2022-02-24T10:00:00+01:00', { date: '2022-02-24', from: 'published' }],
    ['no date: the day of the visit', null, { date: '2026-12-06', from: 'visit' }],
    ['an unreadable date: the day of the visit', 'yesterday', { date: '2026-12-06', from: 'visit' }],
  ])('%s', (_name, publishedAt, expected) => {
    expect(pageAsOf(publishedAt, visit)).toEqual(expected);
  });
});
