/**
 * The reader's on/off choices and highlight colours, kept in storage.local so the popup, the manager, the
 * content scripts and the background all see the same values and storage.onChanged tells every open tab at once.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type MarkColours, parseMarkColours } from './colours';

/** The storage.local key holding the settings object. */
export const SETTINGS_KEY = 'onrecord:settings';

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

/** Loads the current settings. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Saves settings; every context listening with watchSettings hears about it. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Switches OnRecord on or off for one site. */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
  const next = withSiteEnabled(await loadSettings(), site, enabled);
  await saveSettings(next);
  return next;
}

/** Calls back with the new settings whenever they change in any context; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    onChange(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The storage.local key of the reader's highlight colours. Kept apart from the on/off settings so a colour
 * change never makes open tabs weigh switching OnRecord on or off again, and an old stored value of either
 * never damages the other.
 */
export const COLOURS_KEY = 'onrecord:colours';

/** Loads the reader's highlight colours (defaults for anything missing or damaged). */
export async function loadColours(): Promise<MarkColours> {
  const stored = await browser.storage.local.get(COLOURS_KEY);
  return parseMarkColours(stored[COLOURS_KEY]);
}

/** Saves highlight colours, validated first; open tabs following watchColours repaint at once. */
export async function saveColours(colours: MarkColours): Promise<MarkColours> {
  const valid = parseMarkColours(colours);
  await browser.storage.local.set({ [COLOURS_KEY]: valid });
  return valid;
}

/** Calls back with the new colours whenever they change in any context; returns the unsubscribe function. */
export function watchColours(onChange: (colours: MarkColours) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(COLOURS_KEY in changes)) return;
    onChange(parseMarkColours(changes[COLOURS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
