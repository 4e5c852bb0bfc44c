/**
 * What the popup reads and writes besides the page's state: the reader's switches, remembered sites, shortcut
 * keys, and the page's fact-checks saved on request. Kept here so the popup's entrypoint only wires clicks.
 */
import { browser } from 'wxt/browser';
import { formatNumber, t } from '@/lib/core/i18n';
import type { PopupState } from '@/lib/core/popup-speakers';
import { REMEMBER_SET, type RememberSet, type RememberSetResponse } from '@/lib/core/remember-set';
import { parseRememberSites, REMEMBER_SITES_PREF } from '@/lib/core/remembered-sites';
import type { Settings } from '@/lib/core/settings';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { keepsFactChecks, saveFactChecks } from '@/lib/db/repos-fact-checks';
import { getPref } from '@/lib/db/repos-prefs';
import { loadSettings } from '@/lib/db/repos-settings';
import { loadPopupState } from './load-popup';
import { readShortcutKeys } from './shortcut-keys';
import type { CardLookup } from './speaker-context';

/** Everything the popup draws, read in one go. */
export interface PopupData {
  state: PopupState;
  settings: Settings;
  remembered: string[];
  shortcuts?: { next: string; previous: string };
  keepFactChecks: boolean;
}

/** Reads the page's state and the reader's switches together; shortcut keys and Keep fact-checks may fail alone. */
export async function readPopupData(db: OnRecordDb, lookup: CardLookup, tabId: number | undefined): Promise<PopupData> {
  const [state, settings, remembered, shortcuts, keepFactChecks] = await Promise.all([
    loadPopupState(db, lookup, tabId),
    loadSettings(db),
    getPref(db, REMEMBER_SITES_PREF).then(parseRememberSites),
    readShortcutKeys().catch(() => undefined),
    keepsFactChecks(db).catch(() => false),
  ]);
  return { state, settings, remembered, shortcuts, keepFactChecks };
}

/** The page's ClaimReview markup, still page-derived: checked by whoever reads or saves it. */
export function pageFactChecks(state: PopupState): unknown[] {
  return state.kind === 'page' && state.factChecks ? state.factChecks : [];
}

/** Saves the page's fact-checks the reader asked to keep; resolves to the line the popup shows. */
export async function savePageFactChecks(db: OnRecordDb, state: PopupState): Promise<string> {
  try {
    const saved = await saveFactChecks(db, pageFactChecks(state));
    const count = saved ? saved.reviews.added + saved.reviews.merged : 0;
    return count > 0 ? t('factcheckSaved', formatNumber(count)) : t('factcheckNoneSaved');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Asks the background to remember (or forget) a site's opt-in; it writes it and tells the tab's content script,
 * and outlives the popup, which may close at once. Resolves to the remembered sites, or null if it refused.
 */
export async function rememberSite(site: string, on: boolean, tabId: number | undefined): Promise<string[] | null> {
  const payload: RememberSet = { site, on, tabId };
  const response = (await browser.runtime.sendMessage({ type: REMEMBER_SET, payload })) as RememberSetResponse;
  return response?.ok ? response.sites : null;
}
