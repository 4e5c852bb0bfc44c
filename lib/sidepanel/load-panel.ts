/**
 * Reads what the panel shows: which tab it follows (the one given as ?tab=<id>, else the active tab of its
 * window) and that tab's 'page/summary' from its content script. OnRecord holds no 'tabs' permission: a tab's
 * URL is known only under activeTab, so a silent content script is reported as "not reading this tab".
 */
import { browser } from 'wxt/browser';
import type { PanelState } from '@/lib/core/panel-view';
import type { Message, PageSummary, PopupToContent } from '@/lib/core/protocol';

/** The tab the panel is about: the one given, else the active tab of the panel's own window. */
export async function panelTab(tabId?: number) {
  return tabId === undefined
    ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
    : await browser.tabs.get(tabId).catch(() => undefined);
}

/** The panel's state for a tab: its summary, or why there is none. */
export async function loadPanelState(tabId?: number): Promise<{ state: PanelState; tabId?: number }> {
  const tab = await panelTab(tabId);
  if (tab?.id === undefined) return { state: { kind: 'no-tab' } };
  if (tab.url !== undefined && !/^https?:/i.test(tab.url)) return { state: { kind: 'unscriptable' }, tabId: tab.id };
  const ask: Message<PopupToContent> = { type: 'page/summary', payload: {} };
  const summary = (await browser.tabs.sendMessage(tab.id, ask).catch(() => null)) as PageSummary | null;
  return { state: summary ? { kind: 'page', summary } : { kind: 'no-answer' }, tabId: tab.id };
}

/** Asks the tab's content script to scroll to a quote and focus it (which opens its card there). */
export async function revealInTab(tabId: number, id: string): Promise<boolean> {
  const message: Message<PopupToContent> = { type: 'page/reveal', payload: { id } };
  return Boolean(await browser.tabs.sendMessage(tabId, message).catch(() => false));
}
