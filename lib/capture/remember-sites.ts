/**
 * The per-site opt-in "remember quotes on this site", in storage.local beside the other settings. Off
 * everywhere until the reader switches it on in the popup; the background reads it again before every write.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

/** The storage.local key holding the sorted list of site keys (lib/settings siteKeyOf) the reader opted in. */
export const REMEMBER_SITES_KEY = 'onrecord:remember-sites';

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

/** The sites where the reader asked OnRecord to keep every attributed quote. */
export async function loadRememberSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(REMEMBER_SITES_KEY);
  return parseRememberSites(stored[REMEMBER_SITES_KEY]);
}

/** Whether quotes seen on this site are kept. */
export async function isSiteRemembered(site: string | null): Promise<boolean> {
  return site !== null && (await loadRememberSites()).includes(site);
}

/** Switches remembering on or off for one site (from the popup, a reader's gesture). */
export async function setSiteRemembered(site: string, on: boolean): Promise<string[]> {
  const next = withSiteRemembered(await loadRememberSites(), site, on);
  await browser.storage.local.set({ [REMEMBER_SITES_KEY]: next });
  return next;
}

/** Calls back whenever the list changes in any context; returns the unsubscribe function. */
export function watchRememberSites(onChange: (sites: string[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && REMEMBER_SITES_KEY in changes)
      onChange(parseRememberSites(changes[REMEMBER_SITES_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
