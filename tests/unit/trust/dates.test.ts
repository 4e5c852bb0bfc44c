import { describe, expect, it } from 'vitest';
import { calendarDateOrNothing, isCalendarDate, typedDate } from '@/lib/pack/dates';
import { checkPack } from '@/lib/pack/parse-pack';

describe('calendar dates', () => {
  it.each([
    ['2022-02-19', true],
    ['2024-02-29', true],
    ['2022-02-24T09:00:00Z', true],
    ['2022-02-24T09:00:00.123+05:30', true],
    ['1000-01-01', true],
    ['9999-12-31T23:59:59Z', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-04-31', false],
    ['0999-12-31', false],
    ['+010000-01-01T00:00:00.000Z', false],
    ['10000-01-01', false],
    ['2022-02-24T24:00:00Z', false],
    ['2022-02-24T10:60:00Z', false],
    ['19/02/2022', false],
    ['2013', true],
    ['2013-05', true],
    ['2013-13', false],
    ['2013-00', false],
    ['0999', false],
    ['201', false],
    ['2013-5', false],
    ['2013-05-', false],
    ['', false],
  ])('%s is a calendar date: %s', (text, ok) => {
    expect(isCalendarDate(text)).toBe(ok);
    expect(calendarDateOrNothing(text)).toBe(ok ? text : undefined);
  });

  it.each(['2023-02-30', '2023-13-01', '+010000-01-01T00:00:00.000Z'])('a pack dated %s is left out', (date) => {
    const checked = checkPack({
      format: 'onrecord-pack',
      version: 1,
      meta: { name: 'n', author: 'a', licence: 'l', date: '2024-01-01' },
      people: [{ id: 'p', name: 'Ann Lee' }],
      statements: [{ id: 's', personId: 'p', text: 'words', date }],
      relations: [],
    });
    expect(checked.ok && checked.rejected.map((r) => r.problem)).toEqual([
      expect.stringContaining('date is not an ISO date'),
    ]);
  });
});

describe('dates as a reader types them', () => {
  it.each([
    ['2013', '2013'],
    [' 2013-5 ', '2013-05'],
    ['2013/05/16', '2013-05-16'],
    ['2013.5.6', '2013-05-06'],
    ['16 May 2013', '16 May 2013'],
    ['', ''],
  ])('%j is stored as %j', (typed, stored) => {
    expect(typedDate(typed)).toBe(stored);
  });

  it.each(['2013', '2013-05'])('a pack statement dated %s is kept', (date) => {
    const checked = checkPack({
      format: 'onrecord-pack',
      version: 1,
      meta: { name: 'n', author: 'a', licence: 'l', date: '2024-01-01' },
      people: [{ id: 'p', name: 'Ann Lee', roles: [{ title: 'Minister', from: date, to: '2020' }] }],
      statements: [{ id: 's', personId: 'p', text: 'words', date }],
      relations: [],
    });
    expect(checked.ok && checked.rejected).toEqual([]);
    expect(checked.ok && checked.pack.statements[0]?.date).toBe(date);
  });
});
