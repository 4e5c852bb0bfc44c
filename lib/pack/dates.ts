/**
 * Dates the library can carry: a year ("2013"), a month ("2013-05"), a day ("2022-02-19") or a timestamp
 * ("2022-02-24T09:00:00Z"), a real calendar date (no 30 February, no month 13) in the years 1000 to 9999, so
 * dates sort as strings (a partial date sorts before every day it means) and every browser and tool reads them
 * the same way. A year beyond 9999 is what `toISOString` writes as "+010000-…", which no backup could carry back.
 */

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?)?)?$/;

/** The first and last year a stored date may fall in. */
export const YEARS = { min: 1000, max: 9999 } as const;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

/** Whether an optional part of a date (an hour, a minute) is at most `max`. */
function inRange(value: string | undefined, max: number): boolean {
  return value === undefined || Number(value) <= max;
}

/**
 * True for a year, month, day or timestamp in the ISO forms above that names a real time in the years
 * 1000–9999: a role that began "in 2013" is as much a fact as one that began on 16 March 2013.
 */
export function isCalendarDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < YEARS.min || year > YEARS.max) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return false;
  return inRange(m[4], 23) && inRange(m[5], 59) && inRange(m[6], 59) && inRange(m[7], 23) && inRange(m[8], 59);
}

/** The date when it is one the library can carry, else undefined: an impossible date is no date. */
export function calendarDateOrNothing(text: string | null | undefined): string | undefined {
  return text && isCalendarDate(text) ? text : undefined;
}

/**
 * A date as a reader types it, in the stored form: "2013", "2013-5" or "2013/05/16" become "2013",
 * "2013-05" and "2013-05-16". Anything else comes back trimmed and unchanged, for the check to name.
 */
export function typedDate(text: string): string {
  const trimmed = text.trim();
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(trimmed);
  if (!m) return trimmed;
  return [m[1], m[2], m[3]]
    .filter((part): part is string => part !== undefined)
    .map((part, i) => (i === 0 ? part : part.padStart(2, '0')))
    .join('-');
}
