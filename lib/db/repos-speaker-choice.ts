/**
 * The reader's "Not this speaker?" answers: stored in the library (extension origin), read wherever the library
 * answers for a page (the card, the side panel, the popup), never sent into the page.
 */

import type { SpeakerChoice } from '@/lib/core/records';
import type { OnRecordDb } from './database-schema';

/** The page a choice belongs to: its URL without the fragment, so a text-fragment link lands on the same page. */
export function choicePageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Remembers the reader's choice for one quote on one page (a later choice replaces it). */
export async function chooseSpeaker(
  db: OnRecordDb,
  choice: { url: string; quoteText: string; personId: string | null },
): Promise<SpeakerChoice> {
  const row: SpeakerChoice = {
    url: choicePageKey(choice.url),
    quoteText: choice.quoteText,
    personId: choice.personId,
    chosenAt: new Date().toISOString(),
  };
  await db.speakerChoices.put(row);
  return row;
}

/** The reader's choice for one quote on one page, if they made one. */
export function speakerChoiceFor(db: OnRecordDb, url: string, quoteText: string): Promise<SpeakerChoice | undefined> {
  return db.speakerChoices.get([choicePageKey(url), quoteText]);
}

/** Every choice the reader made on one page, by quote text. */
export async function speakerChoicesOn(db: OnRecordDb, url: string): Promise<Map<string, SpeakerChoice>> {
  const rows = await db.speakerChoices.where('url').equals(choicePageKey(url)).toArray();
  return new Map(rows.map((r) => [r.quoteText, r]));
}

/**
 * The quotes with the reader's choices applied: a chosen person's name as the speaker, null where the reader
 * said "Unknown speaker". For lists an extension page builds from a page's summary (the popup's speakers).
 */
export async function withChosenSpeakers<Q extends { text: string; speaker: string | null }>(
  db: OnRecordDb,
  url: string,
  quotes: Q[],
): Promise<Q[]> {
  const choices = await speakerChoicesOn(db, url);
  if (choices.size === 0) return quotes;
  const ids = [...new Set([...choices.values()].flatMap((c) => (c.personId ? [c.personId] : [])))];
  const names = new Map((await db.people.bulkGet(ids)).flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  return quotes.map((q) => {
    const choice = choices.get(q.text);
    if (!choice) return q;
    if (choice.personId === null) return { ...q, speaker: null };
    const name = names.get(choice.personId);
    // A choice of someone since deleted falls back to the page.
    return name ? { ...q, speaker: name } : q;
  });
}
