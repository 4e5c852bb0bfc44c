/** What speakers.ts decides for each quote, apart from it so echoes and evidence can name it without a cycle. */

/** The speaker found for one quote: an entity id (or null) and where the text named them. */
export interface Attribution {
  entity: number | null;
  mention: { start: number; end: number } | null;
  /** The quote repeats words of another quote (a headline, crosshead or pull quote). */
  echo?: boolean;
  /** Set when the way is known for sure (a transcript turn, an echo); otherwise read back by evidence. */
  way?: 'turn' | 'echo';
  /** The name reached is a lone name several people bear and none of them is clearly the one meant. */
  sharedDoubt?: boolean;
}
