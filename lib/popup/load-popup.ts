/**
 * Reads what the popup shows: asks the active tab's content script for its 'page/summary', and counts in
 * the library (the popup is an extension page, so it opens the database itself) what each speaker has saved.
 */
import { browser } from 'wxt/browser';
import type { PopupState } from '@/lib/core/popup-speakers';
import { groupSpeakers, type SpeakerGroup } from '@/lib/core/popup-speakers';
import type { Message, PageSummary, PopupToContent } from '@/lib/core/protocol';
import { siteKeyOf } from '@/lib/core/settings';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { countStatementsByPerson, findPeopleByNames, withChosenSpeakers } from '@/lib/db/repos';
import { resolvePerson } from '@/lib/match/resolve-person';
import { type CardLookup, loadSpeakerContext } from './speaker-context';

/** Stored statements per speaker, for the speakers the library resolves to one person. */
export async function countStored(
  db: OnRecordDb,
  speakers: SpeakerGroup[],
  date: string | undefined,
): Promise<Record<string, number>> {
  if (speakers.length === 0) return {};
  const counts = await countStatementsByPerson(db);
  // Entries, not assignments: a speaker named "__proto__" (a pack may hold one) must get a count of its own.
  const entries: [string, number][] = [];
  for (const s of speakers) {
    const found = await findPeopleByNames(db, [s.name, ...s.aliases]);
    const { person } = resolvePerson({ name: s.name, aliases: s.aliases, role: s.role }, found, date);
    if (person) entries.push([s.name, counts.get(person.id) ?? 0]);
  }
  return Object.fromEntries(entries);
}

/** Builds the popup state from a summary (or its absence) and the tab's URL. */
export async function popupStateFor(
  db: OnRecordDb,
  url: string | undefined,
  summary: PageSummary | null,
  lookup: CardLookup,
): Promise<PopupState> {
  const site = url ? siteKeyOf(url) : null;
  if (!site) return { kind: 'unscriptable' };
  if (!summary) return { kind: 'no-answer', site };
  // The reader's "Not this speaker?" answers for this page regroup its quotes.
  const quotes = summary.enabled ? await withChosenSpeakers(db, summary.page.url, summary.quotes) : summary.quotes;
  const chosen = { ...summary, quotes };
  const speakers = groupSpeakers(chosen);
  if (!summary.enabled)
    return { kind: 'page', site, enabled: false, article: summary.article ?? false, speakers, stored: {} };
  const [stored, context] = await Promise.all([
    countStored(db, speakers.speakers, summary.page.publishedAt ?? undefined),
    loadSpeakerContext(lookup, chosen, speakers.speakers).catch(() => undefined),
  ]);
  return {
    kind: 'page',
    site,
    enabled: true,
    article: summary.article ?? false,
    speakers,
    stored,
    ...(context ? { context } : {}),
    ...(summary.factChecks?.length ? { factChecks: summary.factChecks } : {}),
  };
}

/** The tab the popup is about: the one given, else the active tab of the current window. */
export async function targetTab(tabId?: number) {
  return tabId === undefined
    ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
    : await browser.tabs.get(tabId).catch(() => undefined);
}

/** Asks the tab's content script to scroll to a quote and focus it. */
export async function revealQuote(id: string, tabId?: number): Promise<boolean> {
  const tab = await targetTab(tabId);
  if (!tab?.id) return false;
  const message: Message<PopupToContent> = { type: 'page/reveal', payload: { id } };
  return Boolean(await browser.tabs.sendMessage(tab.id, message).catch(() => false));
}

/**
 * Asks the active tab (or the tab given, when the popup is opened as a page with ?tab=<id>, as tests do);
 * any failure to answer means no content script is there. OnRecord holds no 'tabs' permission: the tab's
 * URL comes from activeTab (the reader clicked the toolbar button) or else from the content script's answer.
 */
export async function loadPopupState(db: OnRecordDb, lookup: CardLookup, tabId?: number): Promise<PopupState> {
  const tab = await targetTab(tabId);
  if (!tab?.id || (tab.url !== undefined && !siteKeyOf(tab.url))) return popupStateFor(db, tab?.url, null, lookup);
  const ask: Message<PopupToContent> = { type: 'page/summary', payload: {} };
  const summary = (await browser.tabs.sendMessage(tab.id, ask).catch(() => null)) as PageSummary | null;
  return popupStateFor(db, tab.url ?? summary?.page.url, summary ?? null, lookup);
}
