/**
 * The side panel's two questions to the background: the library's context for some of the tab's quotes, and a
 * card's click (Save, Relate, Choose speaker) on one entry. The background checks both again before it acts.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundToCard,
  Message,
  PanelActionResponse,
  PanelLookupResponse,
  PanelToBackground,
} from '@/lib/core/protocol';

/** Asks the background for the cards of some quotes (the lookup queue batches them, 20 a message at most). */
export function sendPanelLookup(payload: PanelToBackground['panel/lookup']): Promise<PanelLookupResponse | undefined> {
  const message: Message<PanelToBackground> = { type: 'panel/lookup', payload };
  return browser.runtime.sendMessage(message) as Promise<PanelLookupResponse | undefined>;
}

/** Sends one entry's card click; resolves to the answers a card would get, or rejects with why not. */
export async function sendPanelAction(
  action: PanelToBackground['panel/card-action'],
): Promise<Message<BackgroundToCard>[]> {
  const message: Message<PanelToBackground> = { type: 'panel/card-action', payload: action };
  const response = (await browser.runtime.sendMessage(message)) as PanelActionResponse | undefined;
  if (!response?.ok) throw new Error(response?.error ?? 'no answer');
  return response.answers;
}
