/**
 * What the card shows, as plain data: the card page builds it from the library, the components render it.
 * Keeping it separate lets components stay free of the database and be tested with hand-made data.
 */
import type { RelationType, Source } from '../../lib/db/types';
import type { PageInfo, PageQuote } from '../../lib/messages/protocol';

/** How a stored statement relates to the statement this quote is, as a person labelled it. */
export interface CardRelation {
  type: RelationType;
  note: string;
  labelledBy: string;
}

/** One stored statement as the card lists it. */
export interface CardStatement {
  id: string;
  text: string;
  date?: string;
  venue?: string;
  sources: Source[];
  /** The labelled relation between this statement and the page quote's stored statement, if any. */
  relation: CardRelation | null;
}

/** Everything the card needs for one quote. */
export interface CardData {
  quote: PageQuote;
  page: PageInfo;
  /** Who said it: the stored person's name when resolved, else the name the page gives, else null. */
  speaker: string | null;
  /** Their role at the time and where that came from. */
  role: { title: string; from: 'library' | 'page' } | null;
  /** Whether the speaker is a person the library holds. */
  known: boolean;
  /** Stored people the speaker could be, when the name alone does not decide. */
  candidates: string[];
  /** The stored statement this quote is, when the library holds it ("on record"). */
  onRecord: CardStatement | null;
  /** What the speaker said elsewhere, most relevant first. */
  earlier: CardStatement[];
}
