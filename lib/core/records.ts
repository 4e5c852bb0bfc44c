/**
 * Records of the reader's library. Dates are ISO strings (`2022-02-19` for a day,
 * full timestamps for createdAt/updatedAt) so they cross messages and the database unchanged.
 */

/** A role a person held, with the dates it began and ended when known. */
export interface Role {
  title: string;
  /** ISO date the role began, if known. */
  from?: string;
  /** ISO date the role ended; absent while it is held. */
  to?: string;
}

/** Someone (or an organisation) whose statements the library records. */
export interface Person {
  id: string;
  name: string;
  /** Other names: surnames, transliterations ("Sergei Lavrov"), role nouns. */
  aliases: string[];
  roles: Role[];
  kind: 'person' | 'organisation';
  /**
   * Web pages that identify them (schema.org `sameAs`: Wikidata, Wikipedia, an official site), http(s) only; a
   * fact-check's claimant brings them, and a shared link merges two records of one person on import.
   */
  links?: string[];
  /** The subscription this record came from (its id); absent for the reader's own records. Read-only when set. */
  origin?: string;
  createdAt: string;
  updatedAt: string;
}

/** Where a statement was reported. One statement may carry several sources. */
export interface Source {
  url: string;
  outlet?: string;
  title?: string;
  /** When the source was published (ISO). */
  publishedAt?: string;
}

/** A statement in the speaker's exact words. */
export interface Statement {
  id: string;
  personId: string;
  /** The exact words, without quotation marks. */
  text: string;
  /** When it was said (ISO date), if known. */
  date?: string;
  /** Where it was said ("Munich Security Conference"). */
  venue?: string;
  sources: Source[];
  tags: string[];
  /** Text around the quote on its source page, so it can be found again there. */
  context?: { prefix: string; suffix: string };
  /** The subscription this record came from (its id); absent for the reader's own records. Read-only when set. */
  origin?: string;
  createdAt: string;
  updatedAt: string;
}

/** How one statement stands to another, as a person judged it. */
export const RELATION_TYPES = ['contradicts', 'qualifies', 'shifts-emphasis', 'reverses', 'consistent-with'] as const;

/** One of RELATION_TYPES. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** A typed, human-labelled link between two statements. `fromId` is the later statement. */
export interface Relation {
  id: string;
  fromId: string;
  toId: string;
  type: RelationType;
  /** Why the two relate, in the labeller's words. */
  note: string;
  /** Who labelled it ("OnRecord starter pack", "me"). */
  labelledBy: string;
  /** The subscription this record came from (its id); absent for the reader's own records. Read-only when set. */
  origin?: string;
  /**
   * Set on the reader's own relation when a subscribed statement it points to was removed by its publisher (or
   * the reader unsubscribed): the relation stays, its missing end described by what it said and who said it.
   * Cleared when the statement comes back (an update restores it, or the unsubscribe is undone).
   */
  withdrawn?: WithdrawnEnd;
  createdAt: string;
}

/** The end of a relation that is no longer in the library: a subscribed statement its publisher withdrew. */
export interface WithdrawnEnd {
  /** The withdrawn statement's id, as the relation still names it (`fromId` or `toId`). */
  id: string;
  text: string;
  personName: string;
}

/** A possible-tension suggestion the reader dismissed: it is not shown again for the same pair. */
export interface Dismissal {
  /** tensionKey of the suggestion as the card showed it (lib/match/tension). */
  key: string;
  /** The earlier statement the suggestion pointed at. */
  earlierId: string;
  /** The page quote's stored statement, when it was on record at the time. */
  quoteStatementId?: string;
  /**
   * tensionKey of the quote's words and the earlier statement: still matches after the page quote is saved
   * later (which changes the shown key to the pair of statement ids).
   */
  textKey: string;
  /** The page quote's words, so the reader can see what was dismissed. */
  quoteText: string;
  dismissedAt: string;
}

/** One setting kept in the extension's own database, out of content scripts' reach. */
export interface Pref {
  key: string;
  value: unknown;
  updatedAt: string;
}

/** What one delete in the manager removed, kept in *Recently deleted* so it can be restored whole. */
export interface TrashEntry {
  id: string;
  /** When it was deleted (ISO timestamp); it is purged TRASH_DAYS later. */
  deletedAt: string;
  /** The records as they were: the people deleted, their statements, and every relation touching those. */
  people: Person[];
  statements: Statement[];
  relations: Relation[];
}

/**
 * The reader's answer to "Not this speaker?" for one quote on one page: another stored person, or nobody
 * (`personId` null, "Unknown speaker"). It overrides the page's attribution wherever the library answers.
 */
export interface SpeakerChoice {
  /** The page's URL without its fragment. */
  url: string;
  /** The quote's words as the page gives them. */
  quoteText: string;
  personId: string | null;
  chosenAt: string;
}

/** How a fact-checker rated a claim: their own words first, the numbers only when they gave them. */
export interface ReviewRating {
  /** The fact-checker's verdict words, verbatim ("Mostly false", "Pants on fire"). */
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

/**
 * A fact-checker's published review of a claim (schema.org ClaimReview), kept as their verdict, never as the
 * library's own: the card shows it beside quotes of the same claim with the fact-checker's name and link.
 */
export interface Review {
  id: string;
  /** The claim as the fact-checker worded it (`claimReviewed`). */
  claim: string;
  /** The person (or organisation) who made the claim, or null when the review names nobody. */
  claimantId: string | null;
  /** When the claim was made (ISO), if known. */
  claimDate?: string;
  /** Where the claim appeared (`appearance` / `firstAppearance` URLs). */
  appearances: string[];
  rating: ReviewRating;
  /** The fact-checker (`author` or `publisher`): their name verbatim and their site. */
  reviewer: { name: string; url?: string };
  /** When the review was published (ISO), if known. */
  reviewDate?: string;
  /** The review article. */
  url?: string;
  /** The statement the claim was recorded as, when there is one. */
  statementId?: string;
  /** The subscription this record came from (its id); absent for the reader's own records. Read-only when set. */
  origin?: string;
  createdAt: string;
  updatedAt: string;
}
