/**
 * The reader's on/off settings and highlight colours, kept in the extension's own database (prefs). Content
 * scripts can write storage.local in both browsers, so anything the extension trusts about where it runs lives
 * here; a content script learns only its own site's answer, from the background (lib/background/settings-service.ts).
 */
import { type MarkColours, parseMarkColours } from '@/lib/core/colours';
import { parseSettings, type Settings, withSiteEnabled } from '@/lib/core/settings';
import type { OnRecordDb } from './database-schema';
import { getPref, setPref } from './repos-prefs';

/** The prefs key of the on/off settings (pause, sites switched off). */
export const SETTINGS_PREF = 'settings';

/** The prefs key of the highlight colours, apart so a damaged value of one never resets the other. */
export const COLOURS_PREF = 'colours';

/** The stored settings, tolerating absence and damage. */
export async function loadSettings(db: OnRecordDb): Promise<Settings> {
  return parseSettings(await getPref(db, SETTINGS_PREF));
}

/** Stores the settings, checked first. */
export async function saveSettings(db: OnRecordDb, settings: Settings): Promise<Settings> {
  const valid = parseSettings(settings);
  await setPref(db, SETTINGS_PREF, valid);
  return valid;
}

/** Pauses or resumes OnRecord everywhere, keeping the sites switched off. */
export function setPaused(db: OnRecordDb, paused: boolean): Promise<Settings> {
  return db.transaction('rw', db.prefs, async () => saveSettings(db, { ...(await loadSettings(db)), paused }));
}

/** Switches OnRecord on or off for one site. */
export function setSiteEnabled(db: OnRecordDb, site: string, enabled: boolean): Promise<Settings> {
  return db.transaction('rw', db.prefs, async () =>
    saveSettings(db, withSiteEnabled(await loadSettings(db), site, enabled)),
  );
}

/** The stored highlight colours (defaults for anything missing or damaged). */
export async function loadColours(db: OnRecordDb): Promise<MarkColours> {
  return parseMarkColours(await getPref(db, COLOURS_PREF));
}

/** Stores highlight colours, validated first. */
export async function saveColours(db: OnRecordDb, colours: MarkColours): Promise<MarkColours> {
  const valid = parseMarkColours(colours);
  await setPref(db, COLOURS_PREF, valid);
  return valid;
}
