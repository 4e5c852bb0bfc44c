import { describe, expect, it } from 'vitest';
import { calendarDateOrNothing, isCalendarDate } from '@/lib/pack/dates';
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
