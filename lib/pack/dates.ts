/**
 * Dates the library can carry: a day ("2022-02-19") or a timestamp ("2022-02-24T09:00:00Z"), a real calendar
 * date (no 30 February, no month 13) in the years 1000 to 9999, so dates sort as strings and every browser and
 * tool reads them the same way. A year beyond 9999 is what `toISOString` writes as "+010000-…", which no
 * backup could carry back.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

/** The first and last year a stored date may fall in. */
export const YEARS = { min: 1000, max: 9999 } as const;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

/** True for a day or timestamp in the ISO form above that names a real moment in the years 1000–9999. */
export function isCalendarDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < YEARS.min || year > YEARS.max || month < 1 || month > 12) return false;
  if (day < 1 || day > daysIn(year, month)) return false;
  const inRange = (value: string | undefined, max: number) => value === undefined || Number(value) <= max;
  return inRange(m[4], 23) && inRange(m[5], 59) && inRange(m[6], 59) && inRange(m[7], 23) && inRange(m[8], 59);
}

/** The date when it is one the library can carry, else undefined: an impossible date is no date. */
export function calendarDateOrNothing(text: string | null | undefined): string | undefined {
  return text && isCalendarDate(text) ? text : undefined;
}
