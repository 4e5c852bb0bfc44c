/**
 * How the popup and the manager change the reader's settings: they ask the background, which alone writes them
 * and tells every open tab (lib/settings-service.ts). Kept apart from the service so extension pages do not
 * bundle the background's side.
 */
import { browser } from 'wxt/browser';
import type { SettingsChange, SettingsSetResponse, StoredSettings } from './settings-service';

/** Sends one change to the background; resolves with what is stored after it, or throws why nothing was. */
export async function changeSettings(change: SettingsChange): Promise<StoredSettings> {
  const response = (await browser.runtime.sendMessage({ type: 'settings/set', payload: change })) as
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
