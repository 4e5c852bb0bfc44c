/**
 * The card's Save, wired in the background: a card frame's port carries 'card/save'; the background checks
 * the payload, stores the quote, answers 'card/saved', then sends the card its library data again so it shows
 * the quote as on record. Listens beside the card relay on the same ports; only card pages are heard.
 */
import { loadCard } from '@/lib/background/card-lookup';
import { type CardPort, cardPoster, onCardPorts } from '@/lib/background/card-port';
import { saveFromCard } from '@/lib/background/save-handlers';
import type { BackgroundToCard, CardToBackground, Message } from '@/lib/core/protocol';
import { parseCardSave } from '@/lib/core/validate';
import type { OnRecordDb } from '@/lib/db/database-schema';

/**
 * Saves the quote shown and posts the outcome, then the card's library data again; the card's port and the
 * side panel both answer a Save through it.
 */
export async function answerCardSave(
  db: OnRecordDb,
  payload: CardToBackground['card/save'],
  post: (message: Message<BackgroundToCard>) => void,
): Promise<void> {
  const saved = await saveFromCard(db, payload);
  post({ type: 'card/saved', payload: saved });
  if (saved.status !== 'failed') post({ type: 'card/data', payload: await loadCard(db, payload) });
}

/** Hears Save on one port; false when the port is not a card frame in a tab. */
export function listenForCardSave(db: OnRecordDb, port: CardPort, cardUrl: string): boolean {
  const post = cardPoster(port, cardUrl);
  if (!post) return false;
  port.onMessage.addListener((raw: unknown) => {
    const m = raw as { type?: unknown; payload?: unknown } | undefined;
    if (m?.type !== 'card/save') return;
    const parsed = parseCardSave(m.payload);
    if (!parsed.ok) {
      console.warn('OnRecord: card save refused', parsed.error);
      return;
    }
    answerCardSave(db, parsed.payload, post).catch((error: unknown) =>
      console.error('OnRecord: card save failed', error),
    );
  });
  return true;
}

/** Starts hearing the card's Save; call once from the background entrypoint. */
export function startCardSave(db: OnRecordDb): void {
  onCardPorts(db, listenForCardSave);
}
