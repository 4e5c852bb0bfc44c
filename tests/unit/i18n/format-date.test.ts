import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from '@/lib/core/format-date';
import { formatList, formatLocale, formatNumber } from '@/lib/core/i18n';
import { isSingular } from '@/lib/core/plural';

describe('formatDate', () => {
  it.each([
    ['en-GB', '2022-02-24', '24 Feb 2022'],
    ['en-GB', '2022-02-24T23:30:00.000Z', '24 Feb 2022'],
    ['en-GB', '2022-02', 'Feb 2022'],
    ['en-GB', '2013', '2013'],
    ['fr-FR', '2022-02-24', '24 févr. 2022'],
    ['fr-FR', '2022-02', 'févr. 2022'],
    ['fr-FR', '2013', '2013'],
    ['de-DE', '2022-02-24', '24. Feb. 2022'],
    ['es-ES', '2022-02-24', '24 feb 2022'],
  ])('writes %s %s as %s', (locale, iso, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });

  it.each(['', 'Feb 2022', '2022-13-01', '2022-02-32', null, undefined])('gives null for %s', (value) => {
    expect(formatDate(value, 'en-GB')).toBeNull();
  });

  it('keeps a calendar day whatever the time zone', () => {
    expect(formatDate('2022-01-01', 'fr-FR')).toBe('1 janv. 2022');
  });

  it('reads the locale from the catalogue shown (English in tests)', () => {
    expect(formatLocale()).toBe('en-GB');
    expect(formatDate('2022-02-19')).toBe('19 Feb 2022');
  });

  it('names a day for file names in the local calendar', () => {
    expect(isoDay(new Date(2026, 2, 1, 23, 59))).toBe('2026-03-01');
  });
});

describe('numbers, lists and plurals in two languages', () => {
  it.each([
    ['en-GB', 1234, '1,234'],
    ['fr-FR', 1234, '1\u202f234'],
  ])('%s writes %d as %s', (locale, n, expected) => {
    expect(formatNumber(n, locale)).toBe(expected);
  });

  it.each([
    ['en-GB', 0, false],
    ['en-GB', 1, true],
    ['fr-FR', 0, true],
    ['fr-FR', 1, true],
    ['fr-FR', 2, false],
    ['de-DE', 1, true],
  ])('%s takes the singular for %d: %s', (locale, n, singular) => {
    expect(isSingular(n, locale)).toBe(singular);
  });

  it('joins alternatives with the language’s own "or"', () => {
    expect(formatList(['Ana', 'Ben'], 'disjunction')).toBe('Ana or Ben');
  });
});
