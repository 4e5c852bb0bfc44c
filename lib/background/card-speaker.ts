/**
 * The card's "Not this speaker?": the library's people for the reader to pick from, and the reader's pick stored
 * for the quote on its page. Both arrive over the card's port after a click in the card; the choice is kept in
 * the library only and never reaches the page.
 */

import { t } from '@/lib/core/i18n';
import type { BackgroundToCard, CardPerson, CardToBackground } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putPerson } from '@/lib/db/repos-people';
import { chooseSpeaker } from '@/lib/db/repos-speaker-choice';
import { roleAt } from '@/lib/match/role-at';

/** The most people sent to one card's list; the reader narrows it by typing, the manager holds everyone. */
export const MAX_CARD_PEOPLE = 2_000;

/** The library's people in name order, with the role that tells namesakes apart, capped at MAX_CARD_PEOPLE. */
export async function peopleForCard(db: OnRecordDb, quoteId: string): Promise<BackgroundToCard['card/people']> {
  const rows = await db.people
    .orderBy('name')
    .limit(MAX_CARD_PEOPLE + 1)
    .toArray();
  const people: CardPerson[] = rows
    .slice(0, MAX_CARD_PEOPLE)
    .map((p) => ({ id: p.id, name: p.name, role: roleAt(p)?.title ?? null }));
  return { quoteId, people, more: rows.length > MAX_CARD_PEOPLE };
}

/**
 * The id of the person a reader typed as a new speaker: the stored one of that exact name (in any case) if
 * there is one, so a second "Choose speaker…" does not make a twin; else a new person, through the write door.
 */
async function personNamed(db: OnRecordDb, typed: string): Promise<string> {
  const name = typed.trim();
  const same = await db.people.where('name').equalsIgnoreCase(name).first();
  if (same) return same.id;
  const stored = await putPerson(db, {
    id: `p-${crypto.randomUUID()}`,
    name,
    aliases: [],
    roles: [],
    kind: 'person',
    createdAt: '',
    updatedAt: '',
  });
  return stored.id;
}

/** Stores the reader's pick for the quote shown; refused when the person picked is not in the library. */
export async function chooseSpeakerFromCard(
  db: OnRecordDb,
  payload: CardToBackground['card/choose-speaker'],
): Promise<BackgroundToCard['card/speaker-chosen']> {
  const quoteId = payload.quote.id;
  try {
    const personId = payload.newName ? await personNamed(db, payload.newName) : payload.personId;
    if (personId !== null && !(await db.people.get(personId)))
      return { quoteId, ok: false, error: t('cardPersonGone') };
    await chooseSpeaker(db, { url: payload.page.url, quoteText: payload.quote.text, personId });
    return { quoteId, ok: true };
  } catch (error) {
    return { quoteId, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
