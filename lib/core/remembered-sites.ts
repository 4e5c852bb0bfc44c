/**
 * The stored list of sites whose quotes the reader asked to remember, as both the background (which writes it)
 * and the popup (which shows it) read it from the library's prefs: its key and how a stored value is read.
 */
import * as v from 'valibot';

/** The prefs key holding the sorted list of site keys (lib/core/settings siteKeyOf) the reader opted in. */
export const REMEMBER_SITES_PREF = 'remember-sites';

const SitesSchema = v.array(v.pipe(v.string(), v.maxLength(300)));

/** The stored list, tolerating absence and damage (anything unexpected means no site is opted in). */
export function parseRememberSites(raw: unknown): string[] {
  const result = v.safeParse(SitesSchema, raw);
  return result.success ? result.output : [];
}

/** The list with one site switched on or off; sorted and free of duplicates. */
export function withSiteRemembered(sites: string[], site: string, on: boolean): string[] {
  const others = sites.filter((s) => s !== site);
  return on ? [...others, site].sort() : others;
}
