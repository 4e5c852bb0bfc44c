/**
 * The background's capture handlers: the card's Save, and quotes remembered on an opted-in site. Both take
 * page-derived data that was checked by lib/messages/validate; both write only after a reader's gesture (the
 * click on Save, or the opt-in they switched on for that very site).
 */

import { speakerForSave } from '@/lib/background/save-speaker';
import type { CardSaved, ContentToBackground, PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import { siteKeyOf } from '@/lib/core/settings';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { type CaptureResult, saveCapturedQuote, speakerOnPage } from '@/lib/db/repos-capture';

/**
 * The card's (and the side panel's) Save: stores the quote shown, filed under the stored person the reader
 * picked when the name could be several, else the speaker they chose for it, else the one the page gives.
 */
export async function saveFromCard(
  db: OnRecordDb,
  show: { quote: PageQuote; page: PageInfo; people: PagePerson[]; speaker?: string },
): Promise<CardSaved> {
  try {
    const { quote, page } = show;
    const result = await saveCapturedQuote(db, { quote, page, ...(await speakerForSave(db, show)) });
    return toCardSaved(quote.id, result);
  } catch (error) {
    return { quoteId: show.quote.id, status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

function toCardSaved(quoteId: string, result: CaptureResult): CardSaved {
  if (result.status === 'ambiguous') return { quoteId, status: 'ambiguous', candidates: result.candidates };
  if (result.status === 'no-speaker') return { quoteId, status: 'no-speaker' };
  return { quoteId, status: result.status, personName: result.personName };
}

/** How many quotes a 'capture/remember' stored, and how many it left (no speaker, or an ambiguous one). */
export interface RememberOutcome {
  saved: number;
  skipped: number;
}

/**
 * Stores the attributed quotes a content script reports, only when the frame that sent them is on a site the
 * reader opted in and the page it describes is on that same site: a page cannot borrow another site's opt-in.
 */
export async function rememberQuotes(
  db: OnRecordDb,
  payload: ContentToBackground['capture/remember'],
  senderUrl: string | undefined,
  rememberedSites: string[],
): Promise<RememberOutcome> {
  const site = siteKeyOf(senderUrl ?? '');
  if (!site || siteKeyOf(payload.page.url) !== site || !rememberedSites.includes(site))
    throw new Error('quotes are not remembered on this site');
  let saved = 0;
  for (const quote of payload.quotes) {
    const speaker = speakerOnPage(quote, payload.people);
    const result = speaker ? await saveCapturedQuote(db, { quote, page: payload.page, speaker }) : null;
    if (result && 'statementId' in result) saved++;
  }
  return { saved, skipped: payload.quotes.length - saved };
}
