/**
 * The reader's on/off choices: their shape, how a stored value is read, and whether OnRecord runs on a site.
 * Pure, so the content script can share siteKeyOf and isEnabledOn; the values themselves live in the extension's
 * database (lib/db/repos-settings.ts), where no content script can write them.
 */
import * as v from 'valibot';

/** Everything the reader can switch: a global pause and a list of sites where OnRecord stays off. */
export interface Settings {
  paused: boolean;
  /** Site keys (see siteKeyOf) where OnRecord does nothing. */
  disabledSites: string[];
}

/** Settings of a fresh install: on everywhere. */
export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [] };

// Stored data may come from an older version or be damaged: anything unexpected falls back to defaults.
const SettingsSchema = v.object({
  paused: v.fallback(v.boolean(), false),
  disabledSites: v.fallback(v.array(v.string()), []),
});

/** Reads a stored value into Settings, tolerating absence and damage. */
export function parseSettings(raw: unknown): Settings {
  const result = v.safeParse(SettingsSchema, raw);
  return result.success ? result.output : { ...DEFAULT_SETTINGS, disabledSites: [] };
}

/** The key a site is switched by: its host name, lower case, without a leading "www." so both forms agree. */
export function siteKeyOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Whether OnRecord should run on this site under these settings. */
export function isEnabledOn(settings: Settings, site: string | null): boolean {
  if (settings.paused || site === null) return false;
  return !settings.disabledSites.includes(site);
}

/** Settings with one site switched on or off; the list stays sorted and free of duplicates. */
export function withSiteEnabled(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}
