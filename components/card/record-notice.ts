/** Which single line the card (and the side panel) says when it lists nothing, chosen so no two lines disagree. */
import type { CardData } from './types';

/** The notice under the record: at most one, and "nothing saved" never when something is on record. */
export type RecordNotice = 'ambiguous' | 'nothing-saved' | 'only-this' | 'no-speaker' | null;

/** How many stored statements the card lists besides the one on record. */
export function listedCount(data: CardData): number {
  return data.earlier.length + (data.since?.length ?? 0) + (data.undated?.length ?? 0);
}

/** The notice for a card's data; null when statements are listed. */
export function recordNotice(data: CardData): RecordNotice {
  if (!data.speaker) return 'no-speaker';
  if (listedCount(data) > 0) return null;
  if (!data.known && data.candidates.length > 1) return 'ambiguous';
  return data.onRecord ? 'only-this' : 'nothing-saved';
}
