/**
 * When a subscription is checked next, as the web's caches decide it: after the reader's interval, not before
 * the server's `Cache-Control: max-age` runs out, and after errors with exponential back-off. Pure.
 */

const HOUR_MS = 3_600_000;

/** The first retry after an error; each further error in a row doubles it. */
export const BACKOFF_BASE_MS = HOUR_MS;

/** However many errors in a row, a subscription is tried again within a week. */
export const BACKOFF_CAP_MS = 7 * 24 * HOUR_MS;

/** The default time between checks, in hours. */
export const DEFAULT_INTERVAL_HOURS = 24;

/** The shortest and longest interval a reader may set, in hours (one hour to 30 days). */
export const INTERVAL_HOURS = { min: 1, max: 720 } as const;

/**
 * The freshness a Cache-Control header gives, in seconds: `max-age` (or `s-maxage`, which a shared cache
 * would use), 0 for `no-cache` / `no-store`, null when it says nothing about freshness.
 */
export function maxAgeSeconds(cacheControl: string | null): number | null {
  if (!cacheControl) return null;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.some((d) => d === 'no-cache' || d === 'no-store')) return 0;
  const age = directives.map((d) => /^max-age\s*=\s*"?(\d+)"?$/.exec(d)?.[1]).find((n) => n !== undefined);
  return age === undefined ? null : Math.min(Number(age), 365 * 86_400);
}

/** The next check after a good answer (200 or 304): the reader's interval, or later if the server said so. */
export function nextCheckAfterSuccess(now: Date, intervalHours: number, maxAge: number | null): string {
  const wait = Math.max(intervalHours * HOUR_MS, (maxAge ?? 0) * 1000);
  return new Date(now.getTime() + wait).toISOString();
}

/** The wait after `failures` errors in a row (1 for the first): 1 h, 2 h, 4 h, … up to 7 days. */
export function backoffMs(failures: number): number {
  const steps = Math.max(0, Math.min(failures - 1, 30));
  return Math.min(BACKOFF_BASE_MS * 2 ** steps, BACKOFF_CAP_MS);
}

/** The next check after an error, the `failures`-th in a row. */
export function nextCheckAfterFailure(now: Date, failures: number): string {
  return new Date(now.getTime() + backoffMs(failures)).toISOString();
}

/** Whether a subscription's check is due. */
export function isDue(subscription: { nextCheckAt: string }, now: Date): boolean {
  const at = Date.parse(subscription.nextCheckAt);
  return Number.isNaN(at) || at <= now.getTime();
}
