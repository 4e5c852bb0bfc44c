/** Which browser runs the extension, for the few words that differ ("sidebar" in Firefox, "side panel" in Chrome). */
import { browser } from 'wxt/browser';

/** True in Firefox, whose extension pages are served from moz-extension: addresses. */
export function isFirefox(): boolean {
  return new URL(browser.runtime.getURL('/')).protocol === 'moz-extension:';
}
