/**
 * Who a quote is filed under when the reader saves or relates it: the stored person they picked in the card
 * (a namesake), else the speaker they chose for this quote on this page ("Choose speaker…", kept in the
 * library's speaker choices so it survives reloads), else the page's own attribution.
 */

import type { PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { speakerOnPage } from '@/lib/db/repos-capture';
import { speakerChoiceFor } from '@/lib/db/repos-speaker-choice';

/** Whom to file under: a stored person by id, or a speaker by name (stored only: the reader's pick, never new). */
export interface SaveSpeaker {
  personId?: string;
  speaker?: PagePerson;
  storedOnly: boolean;
}

const named = (name: string): PagePerson => ({ name, role: null, aliases: [], kind: 'person' });

/** The speaker a Save or Relate files the quote under (see the file's comment for the order). */
export async function speakerForSave(
  db: OnRecordDb,
  shown: { quote: PageQuote; page: PageInfo; people: PagePerson[]; speaker?: string },
): Promise<SaveSpeaker> {
  if (shown.speaker) return { speaker: named(shown.speaker), storedOnly: true };
  const choice = await speakerChoiceFor(db, shown.page.url, shown.quote.text);
  // "Unknown speaker" is a choice too: nobody to file under, whatever the page says.
  if (choice?.personId === null) return { storedOnly: true };
  const chosen = choice?.personId ? await db.people.get(choice.personId) : undefined;
  if (chosen) return { personId: chosen.id, storedOnly: true };
  return { speaker: speakerOnPage(shown.quote, shown.people), storedOnly: false };
}
