/**
 * Dates in the reader's language, one style per language: a full date ("24 Feb 2022", "24 févr. 2022"), a
 * year and month ("Feb 2022") or a year alone ("2013"), as precise as the record is and no more.
 */
import { formatLocale } from './i18n';

const STYLES = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: keyof typeof STYLES): Intl.DateTimeFormat {
  const id = `${locale}|${precision}`;
  let format = cache.get(id);
  if (!format) {
    // UTC: a record's date is a calendar day, not an instant to move into the reader's time zone.
    format = new Intl.DateTimeFormat(locale, { ...STYLES[precision], timeZone: 'UTC' });
    cache.set(id, format);
  }
  return format;
}

/**
 * An ISO date or timestamp ("2022-02-24", "2022-02-24T14:30:00Z") or a partial one ("2022-02", "2022") in the
 * reader's language; null for anything that is not such a date.
 */
export function formatDate(iso: string | undefined | null, locale: string = formatLocale()): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year again so "0033" stays year 33.
  date.setUTCFullYear(Number(y));
  return formatter(locale, d ? 'day' : mo ? 'month' : 'year').format(date);
}

/** Today as an ISO day in the reader's time zone, for file names ("onrecord-2026-03-01.json"). */
export function isoDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
