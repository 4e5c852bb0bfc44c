/**
 * How the popup and the manager change the reader's settings: the 'settings/set' message, its schema, and the
 * calls that send it. Only the background writes settings and tells every open tab
 * (lib/background/settings-service.ts); extension pages import this, not the background's side.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { MarkColours } from './colours';
import type { Settings } from './settings';

/** The message type the popup and the manager send to change a setting. */
export const SETTINGS_SET = 'settings/set';

const site = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const hex = v.pipe(v.string(), v.regex(/^#?(?:[0-9a-f]{3}|[0-9a-f]{6})$/i));

const SettingsChangeSchema = v.variant('change', [
  v.strictObject({ change: v.literal('pause'), paused: v.boolean() }),
  v.strictObject({ change: v.literal('site'), site, enabled: v.boolean() }),
  v.strictObject({
    change: v.literal('colours'),
    colours: v.strictObject({ direct: hex, partial: hex, block: hex, person: hex }),
  }),
  v.strictObject({
    change: v.literal('settings'),
    settings: v.strictObject({ paused: v.boolean(), disabledSites: v.pipe(v.array(site), v.maxLength(10_000)) }),
  }),
]);

/** One change the reader made: pause, one site's switch, the colours, or the whole on/off settings. */
export type SettingsChange = v.InferOutput<typeof SettingsChangeSchema>;

/** Both parts of the reader's settings, as stored. */
export interface StoredSettings {
  settings: Settings;
  colours: MarkColours;
}

/** The background's answer to 'settings/set': what is stored after the change, or why nothing was. */
export type SettingsSetResponse = ({ ok: true } & StoredSettings) | { ok: false; error: string };

/** Checks a 'settings/set' payload. */
export function parseSettingsChange(raw: unknown): { ok: true; change: SettingsChange } | { ok: false; error: string } {
  const parsed = v.safeParse(SettingsChangeSchema, raw);
  return parsed.success
    ? { ok: true, change: parsed.output }
    : { ok: false, error: `${SETTINGS_SET}: ${parsed.issues[0].message}` };
}

/** Sends one change to the background; resolves with what is stored after it, or throws why nothing was. */
export async function changeSettings(change: SettingsChange): Promise<StoredSettings> {
  const response = (await browser.runtime.sendMessage({ type: SETTINGS_SET, payload: change })) as
    | SettingsSetResponse
    | undefined;
  if (!response) throw new Error('OnRecord: the background did not answer');
  if (!response.ok) throw new Error(response.error);
  return { settings: response.settings, colours: response.colours };
}

/** Calls back whenever the background says the settings changed; returns the unsubscribe function. */
export function watchSettingsChanges(onChange: () => void): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | undefined)?.type === 'settings/changed') onChange();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
