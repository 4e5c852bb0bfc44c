/**
 * The shape of a language's body lexicon: what makes a name an organisation's, what a document or a place is,
 * and which organisations a definite description ("the agency", "la patronal") can stand for.
 */

/** Words a language uses to tell speakers from documents, places and outlets, space-separated. */
export interface BodyLexicon {
  code: string;
  /** Documents, never speakers ("statement", "Stellungnahme", "communiqué"); German compounds end in one. */
  documents: string;
  /** Indefinite articles that bring a new document in ("a statement", "un communiqué", "eine Mitteilung"). */
  indefinites: string;
  /**
   * How a definite document refers back: "noun" by the noun that brought it in ("a statement … the statement",
   * whose issuer opens that sentence or follows the noun), "document" by any document noun ("un communiqué …
   * poursuit le texte", whose issuer is the first name of that sentence).
   */
  referBack: 'noun' | 'document';
  /** Words between a document and its author named after it ("a statement from X", "a letter signed by X"). */
  authorLinks?: string;
  /** Prepositions that make the name after them a place or an addressee ("at", "à", "en", "gegenüber"). */
  places: string;
  /** Prepositions naming the medium spoken on, only after a speech verb ("said on BBC Radio 4", "a réagi sur X"). */
  media?: string;
  /** Verbs whose object is whom a speaker told ("told"): the name after them is not the speaker. */
  addressVerbs?: string;
  /** Articles and determiners that may stand between a preposition and a name ("the", "la", "der"). */
  determiners: string;
  /** Words joining an organisation's head noun to what it is of ("of", "des", "de la"). */
  of: string;
  /** Endings of adjectives that may follow an organisation's head noun ("départementale", "nacional"). */
  adjectives?: string;
  /** Head words of organisation names ("ministry", "inc", "gmbh"); German compounds end in one. */
  heads: string;
  /**
   * Each definite description's noun and the name words of the bodies it may stand for ("agency:department,office");
   * "*" lets it stand for a name with no kind word at all, as companies are named ("Northgate Power").
   */
  descriptions: string;
}
