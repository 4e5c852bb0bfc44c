/**
 * The per-site opt-in "remember quotes on this site". The list of sites lives in the extension's own database
 * (prefs), not in storage.local: every content script can read storage.local, and one site must not learn
 * which other sites the reader reads closely. Off everywhere until the reader switches it on in the popup; the
 * background reads it again before every write, and tells a content script only about its own site.
 */
import { browser } from 'wxt/browser';
import { parseRememberSites, REMEMBER_SITES_PREF, withSiteRemembered } from '@/lib/core/remembered-sites';
import { siteKeyOf } from '@/lib/core/settings';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { getPref, setPref } from '@/lib/db/repos-prefs';

/** The storage.local key that held the list before it moved to prefs; read once on startup, then removed. */
export const REMEMBER_SITES_KEY = 'onrecord:remember-sites';

/** The sites where the reader asked OnRecord to keep every attributed quote. */
export async function loadRememberSites(db: OnRecordDb): Promise<string[]> {
  return parseRememberSites(await getPref(db, REMEMBER_SITES_PREF));
}

/** Whether quotes seen on this site are kept. */
export async function isSiteRemembered(db: OnRecordDb, site: string | null): Promise<boolean> {
  return site !== null && (await loadRememberSites(db)).includes(site);
}

/** Switches remembering on or off for one site (from the popup, a reader's gesture). */
export async function setSiteRemembered(db: OnRecordDb, site: string, on: boolean): Promise<string[]> {
  return db.transaction('rw', db.prefs, async () => {
    const next = withSiteRemembered(await loadRememberSites(db), site, on);
    await setPref(db, REMEMBER_SITES_PREF, next);
    return next;
  });
}

/** The background's answer to a content script: whether the sending frame's own site is opted in, nothing more. */
export async function rememberStatusFor(db: OnRecordDb, senderUrl: string | undefined): Promise<boolean> {
  return isSiteRemembered(db, siteKeyOf(senderUrl ?? ''));
}

/** The prefs key listing the one-time migrations that ran, so none runs again from data a page could write. */
export const MIGRATIONS_DONE_PREF = 'migrations-done';

/** The name this migration is recorded under in MIGRATIONS_DONE_PREF. */
export const REMEMBER_SITES_MOVED = 'remember-sites-to-prefs';

/**
 * Moves a list left in storage.local by an earlier version into prefs (joined with any list already there),
 * then removes the old key. Runs once per library: the run is recorded in prefs, which content scripts cannot
 * reach, and later the old key (which any content script can write to storage.local) is only removed, never
 * read, so a page cannot opt itself into remembering. Returns the merged list, or null when nothing moved.
 */
export async function moveRememberSitesToPrefs(
  db: OnRecordDb,
  local: Pick<typeof browser.storage.local, 'get' | 'remove'> = browser.storage.local,
): Promise<string[] | null> {
  const done = await db.transaction('rw', db.prefs, async () => {
    const ran = parseRememberSites(await getPref(db, MIGRATIONS_DONE_PREF));
    if (!ran.includes(REMEMBER_SITES_MOVED)) await setPref(db, MIGRATIONS_DONE_PREF, [...ran, REMEMBER_SITES_MOVED]);
    return ran.includes(REMEMBER_SITES_MOVED);
  });
  const stored = await local.get(REMEMBER_SITES_KEY);
  if (stored[REMEMBER_SITES_KEY] === undefined) return null;
  await local.remove(REMEMBER_SITES_KEY);
  if (done) return null;
  const old = parseRememberSites(stored[REMEMBER_SITES_KEY]);
  return db.transaction('rw', db.prefs, async () => {
    const next = [...new Set([...(await loadRememberSites(db)), ...old])].sort();
    await setPref(db, REMEMBER_SITES_PREF, next);
    return next;
  });
}
