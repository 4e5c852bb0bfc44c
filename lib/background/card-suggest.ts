/**
 * The card's suggestion actions, wired in the background beside Save: Confirm and Relate store a relation the
 * reader labelled (saving the page quote first, as Save does), Dismiss remembers that a suggestion is not
 * wanted, Undo forgets that. Each is a message the card frame sends over its port after a click in the card;
 * content scripts cannot send them (they reach the background only through the content gate, which knows none
 * of these types). After each, the card gets its library data again. The same port carries "Not this
 * speaker?" (lib/messages/card-speaker.ts).
 */

import { loadCard } from '@/lib/background/card-lookup';
import { type CardPort, cardPoster, onCardPorts } from '@/lib/background/card-port';
import { chooseSpeakerFromCard, peopleForCard } from '@/lib/background/card-speaker';
import { speakerForSave } from '@/lib/background/save-speaker';
import { t } from '@/lib/core/i18n';
import type { BackgroundToCard, CardRelated, CardToBackground, Message } from '@/lib/core/protocol';
import { type CardAction, parseCardAction } from '@/lib/core/validate';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { saveCapturedQuote } from '@/lib/db/repos-capture';
import { dismissTension, relateStatements, undoDismissal } from '@/lib/db/repos-suggest';
import { tensionKey } from '@/lib/match/tension';

/** Who a relation drawn in the card is labelled by. */
export const READER_LABEL = 'me';

/**
 * Confirm / Relate: makes sure the page quote is a stored statement (filed like Save files it; an unknown or
 * ambiguous speaker is reported for the reader to pick), then stores the reader's relation from it to the
 * earlier statement, which must be the same person's.
 */
export async function relateFromCard(db: OnRecordDb, payload: CardToBackground['card/relate']): Promise<CardRelated> {
  const { quote, page, statementId, type } = payload;
  const base = { quoteId: quote.id, statementId };
  try {
    const earlier = await db.statements.get(statementId);
    if (!earlier) return { ...base, status: 'failed', error: t('cardEarlierGone') };
    const saved = await saveCapturedQuote(db, { quote, page, ...(await speakerForSave(db, payload)) });
    if (saved.status === 'ambiguous') return { ...base, status: 'ambiguous', candidates: saved.candidates };
    if (saved.status === 'no-speaker') return { ...base, status: 'no-speaker' };
    if (saved.personId !== earlier.personId)
      return { ...base, status: 'failed', error: t('cardEarlierNotSpeaker', saved.personName) };
    if (saved.statementId === statementId) return { ...base, status: 'failed', error: t('cardQuoteIsThatStatement') };
    await relateStatements(db, {
      fromId: saved.statementId,
      toId: statementId,
      type,
      note: payload.note.trim(),
      labelledBy: READER_LABEL,
    });
    return { ...base, status: 'related', type, personName: saved.personName };
  } catch (error) {
    return { ...base, status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Dismiss: remembered only for a suggestion the library really makes for this quote right now (looked up
 * again here, so a card cannot plant arbitrary keys). Returns false when there is no such suggestion.
 */
export async function dismissFromCard(db: OnRecordDb, payload: CardToBackground['card/dismiss']): Promise<boolean> {
  const card = await loadCard(db, payload);
  const shown = card.suggestions?.find((s) => s.key === payload.key && s.statement.id === payload.statementId);
  if (!shown) return false;
  await dismissTension(db, {
    key: payload.key,
    earlierId: payload.statementId,
    quoteStatementId: card.onRecord?.id,
    textKey: tensionKey({ text: payload.quote.text }, payload.statementId),
    quoteText: payload.quote.text,
    dismissedAt: new Date().toISOString(),
  });
  return true;
}

/**
 * Does one checked card action and posts its answers: the outcome, then the card's library data again. The
 * card's port and the side panel (lib/messages/panel-actions.ts) both answer through it, so both act alike.
 */
export async function answerCardAction(
  db: OnRecordDb,
  action: CardAction,
  post: (message: Message<BackgroundToCard>) => void,
): Promise<void> {
  if (action.type === 'card/list-people') {
    post({ type: 'card/people', payload: await peopleForCard(db, action.payload.quoteId) });
    return;
  }
  if (action.type === 'card/choose-speaker') {
    const chosen = await chooseSpeakerFromCard(db, action.payload);
    post({ type: 'card/speaker-chosen', payload: chosen });
    if (chosen.ok) post({ type: 'card/data', payload: await loadCard(db, action.payload) });
    return;
  }
  const { quote } = action.payload;
  if (action.type === 'card/relate') {
    const related = await relateFromCard(db, action.payload);
    post({ type: 'card/related', payload: related });
    if (related.status !== 'related') return;
  } else if (action.type === 'card/dismiss') {
    const done = await dismissFromCard(db, action.payload);
    if (done) {
      const { key, statementId } = action.payload;
      post({ type: 'card/dismissed', payload: { quoteId: quote.id, key, statementId, undone: false } });
    }
  } else {
    await undoDismissal(db, action.payload.key);
    post({
      type: 'card/dismissed',
      payload: { quoteId: quote.id, key: action.payload.key, statementId: '', undone: true },
    });
  }
  post({ type: 'card/data', payload: await loadCard(db, action.payload) });
}

/** Hears the card's suggestion actions on one port; false when the port is not a card frame in a tab. */
export function listenForCardActions(db: OnRecordDb, port: CardPort, cardUrl: string): boolean {
  const post = cardPoster(port, cardUrl);
  if (!post) return false;
  port.onMessage.addListener((raw: unknown) => {
    const parsed = parseCardAction(raw);
    if (!parsed) return;
    if (!parsed.ok) {
      console.warn('OnRecord: card action refused', parsed.error);
      return;
    }
    answerCardAction(db, parsed.action, post).catch((error: unknown) =>
      console.error('OnRecord: card action failed', error),
    );
  });
  return true;
}

/** Starts hearing the card's suggestion actions; call once from the background entrypoint. */
export function startCardActions(db: OnRecordDb): void {
  onCardPorts(db, listenForCardActions);
}
