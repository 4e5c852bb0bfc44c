/**
 * What the card shows and answers for one quote: the library's context the background looks up, and the
 * outcomes of the card's actions in terms the card can tell the reader.
 */

import type { CardClaimReviews } from '@/lib/factcheck/types';
import type { Cue } from '@/lib/match/disagreement-cues';
import type { TensionReason } from '@/lib/match/types';
import type { PageInfo, PageQuote } from './page-facts';
import type { RelationType, Source } from './records';

/** How a stored statement relates to the statement a page quote is, as a person labelled it. */
export interface CardRelation {
  type: RelationType;
  note: string;
  labelledBy: string;
  /**
   * Which way the label reads: 'it-to-this' when the listed statement is the relation's subject ("it
   * contradicts this"), 'this-to-it' when the page quote's statement is ("this contradicts it").
   */
  direction?: 'it-to-this' | 'this-to-it';
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

/**
 * What the card shows for one quote, looked up in the library by the background. The card frame cannot open
 * the library itself: Chrome serves it under a per-session dynamic origin (use_dynamic_url) inside a
 * third-party page, where the extension's IndexedDB is out of reach.
 */
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
  /** What the speaker said before the page's date (see asOf), most relevant first, newest among equals. */
  earlier: CardStatement[];
  /** What the speaker said after the page's date, oldest first: never listed as said before. */
  since?: CardStatement[];
  /** Statements without a date, which cannot be placed before or after the page. */
  undated?: CardStatement[];
  /** The date the record is read against: the page's published date, or the day of the visit without one. */
  asOf?: { date: string; from: 'published' | 'visit' };
  /** A stored quote this one repeats with words changed: the diff from the stored words to the page's. */
  altered?: { statement: CardStatement; ops: CardDiffOp[] } | null;
  /** A stored quote this one repeats long after it was said (an old quote on a new page). */
  recycled?: { statement: CardStatement; saidOn: string; daysEarlier: number; publishedOn?: string } | null;
  /** Possible tensions with earlier statements no person has labelled yet: prompts, never verdicts. */
  suggestions?: CardSuggestion[];
  /**
   * The reader's "Not this speaker?" answer for this quote on this page, when there is one: `speaker` is then
   * that person (or null for "Unknown speaker"), and `pageSpeaker` is who the page gave.
   */
  chosen?: { personId: string | null; pageSpeaker: string | null };
  /** Fact-checkers' reviews of claims this quote matches, by claim: shown first, as theirs. */
  reviews?: CardClaimReviews[];
}

/** A stored person the reader can pick in the card's "Not this speaker?" list. */
export interface CardPerson {
  id: string;
  name: string;
  /** Their latest role, to tell namesakes apart. */
  role: string | null;
}

/** One run of a word diff: stored words (`from`) and what the page has instead (`to`); `elision` for "…". */
export interface CardDiffOp {
  type: 'equal' | 'insert' | 'delete' | 'replace';
  from: string[];
  to: string[];
  elision: boolean;
}

/** A possible tension the card points out for the reader to weigh. */
export interface CardSuggestion {
  /** Always a suggestion found by wording, never a verdict. */
  kind?: 'suggestion';
  /** Stable key a dismissal is remembered by (lib/match/tension tensionKey). */
  key?: string;
  statement: CardStatement;
  /**
   * What the two share and which words pull apart, as a code the card words; a plain string is an older
   * line already in words, shown as it is.
   */
  reason: TensionReason | string;
  /** The earlier statement's sentence that carries the cue. */
  earlierExcerpt: string;
  /** The page quote's sentence that carries the cue. */
  pageExcerpt?: string;
  /** The words that pull apart, on the page and before. */
  cues?: Cue[];
}

/** The outcome of the card's Confirm / Relate, in terms the card can tell the reader. */
export interface CardRelated {
  quoteId: string;
  /** The earlier statement the reader related the quote to. */
  statementId: string;
  status: 'related' | 'ambiguous' | 'no-speaker' | 'failed';
  type?: RelationType;
  /** Who the page quote was filed under. */
  personName?: string;
  /** Stored people the speaker could be, when the name alone does not decide. */
  candidates?: string[];
  error?: string;
}

/** The outcome of the card's Save, in terms the card can tell the reader. */
export interface CardSaved {
  quoteId: string;
  status: 'added' | 'source-added' | 'already-saved' | 'ambiguous' | 'no-speaker' | 'failed';
  /** Who the quote was filed under. */
  personName?: string;
  /** Stored people the speaker could be, when the name alone does not decide. */
  candidates?: string[];
  error?: string;
}
