/**
 * Moves the settings an earlier version kept in storage.local into prefs, once. storage.local is writable from
 * every content script, so the move is recorded in prefs and never runs again: afterwards the old keys are
 * only removed, never read, and a page that writes them changes nothing.
 */
import type { browser } from 'wxt/browser';
import { parseMarkColours } from '@/lib/core/colours';
import { parseRememberSites } from '@/lib/core/remembered-sites';
import { parseSettings } from '@/lib/core/settings';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { getPref, setPref } from '@/lib/db/repos-prefs';
import { COLOURS_PREF, SETTINGS_PREF } from '@/lib/db/repos-settings';
import { MIGRATIONS_DONE_PREF } from './remember-sites';

/** The storage.local keys the settings and colours were kept under before the move. */
export const LEGACY_SETTINGS_KEYS = { settings: 'onrecord:settings', colours: 'onrecord:colours' } as const;

/** The name this move is recorded under in MIGRATIONS_DONE_PREF. */
export const SETTINGS_MOVED = 'settings-to-prefs';

/**
 * Copies old storage.local settings and colours into prefs on the first run (a value already in prefs wins),
 * recording the run in the same transaction, then removes the old keys on every run. Returns which values moved.
 */
export async function moveSettingsToPrefs(
  db: OnRecordDb,
  local: Pick<typeof browser.storage.local, 'get' | 'remove'>,
): Promise<{ settings: boolean; colours: boolean }> {
  const keys = [LEGACY_SETTINGS_KEYS.settings, LEGACY_SETTINGS_KEYS.colours];
  const stored = await local.get(keys);
  const moved = await db.transaction('rw', db.prefs, async () => {
    const ran = parseRememberSites(await getPref(db, MIGRATIONS_DONE_PREF));
    if (ran.includes(SETTINGS_MOVED)) return { settings: false, colours: false };
    await setPref(db, MIGRATIONS_DONE_PREF, [...ran, SETTINGS_MOVED]);
    const oldSettings = stored[LEGACY_SETTINGS_KEYS.settings];
    const oldColours = stored[LEGACY_SETTINGS_KEYS.colours];
    const settings = oldSettings !== undefined && (await getPref(db, SETTINGS_PREF)) === undefined;
    const colours = oldColours !== undefined && (await getPref(db, COLOURS_PREF)) === undefined;
    if (settings) await setPref(db, SETTINGS_PREF, parseSettings(oldSettings));
    if (colours) await setPref(db, COLOURS_PREF, parseMarkColours(oldColours));
    return { settings, colours };
  });
  const present = keys.filter((k) => stored[k] !== undefined);
  if (present.length > 0) await local.remove(present);
  return moved;
}
