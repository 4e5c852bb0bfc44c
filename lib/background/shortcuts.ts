/**
 * The manifest's keyboard commands and what they do: the background turns each into a 'page/step' message
 * for the tab the reader is in (the popup names the bound keys, lib/popup/shortcut-keys.ts).
 */
import { browser } from 'wxt/browser';
import { stepDirectionOf } from '@/lib/core/step-commands';

/** Sends the step for `command` to `tabId`; unknown commands and tabs without OnRecord are ignored. */
export async function sendStep(command: string, tabId: number | undefined): Promise<void> {
  const direction = stepDirectionOf(command);
  if (!direction) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, { type: 'page/step', payload: { direction } }).catch(() => {
    // A page without the content script (a browser page, a site switched off before load): nothing to move.
  });
}

/** Starts answering the shortcuts in the background. */
export function startShortcuts(): void {
  try {
    browser.commands?.onCommand.addListener((command, tab) => {
      void sendStep(command, tab?.id);
    });
  } catch (error) {
    // A browser without keyboard commands (Firefox for Android) still gets everything else.
    console.warn('OnRecord: no keyboard shortcuts', error);
  }
}
