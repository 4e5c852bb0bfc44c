/**
 * The shapes detection produces. Offsets are UTF-16 indices into the text that was analysed
 * (for a page: the article text built by lib/page/dom/text-map), end exclusive.
 */

/** direct: a whole sentence or more in the speaker's words; partial: a fragment woven into the reporter's
 * sentence; block: a block quotation; term: scare quotes, titles and labels, which are not statements. */
export type QuoteKind = 'direct' | 'partial' | 'block' | 'term';

/** A span of text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One quotation found in the text. `start`/`end` cover the quoted words without the marks. */
export interface Quote extends Span {
  /** Stable within one analysis; the same id is put on every DOM piece of the quote. */
  id: string;
  text: string;
  kind: QuoteKind;
  /** Canonical name of the person or organisation who said it, or null when unsure. */
  speaker: string | null;
  /** Where in the text the speaker was named for this quote (a name, a pronoun, a role noun), if anywhere. */
  speakerMention: Span | null;
  /** Why the speaker was given; absent when `speaker` is null. */
  evidence?: Evidence;
}

/** How a quote's speaker was found: a speech cue beside it ("she said", "a-t-il déclaré"), an "according to"
 * form, a lead-in ending in a colon, a speaker turn of a transcript ("Name:" then the words), the subject of the
 * sentence a fragment is woven into, or the run of quotes of the previous speaker. */
export type AttributionWay = 'cue' | 'according-to' | 'lead-in' | 'turn' | 'subject' | 'run' | 'echo';

/** The reason behind an attribution, shown to the reader in one quiet line and used to abstain when weak. */
export interface Evidence {
  way: AttributionWay;
  /** The words that attributed it as the text has them ("she said"), or null (a run, an echo). */
  cue: string | null;
  /** Where the speaker was named: 0 in the quote's own sentence, 1 the sentence before, 2 or more further back. */
  sentencesBack: number;
  /** 0 to 1: how sure the rule that made it is; attributions under the detection threshold are dropped. */
  confidence: number;
}

/** One person (or quoted organisation) named in the text, with all mentions merged. */
export interface Person {
  /** Canonical name: the fullest form the text uses ("Sergey Lavrov"). */
  name: string;
  /** Role as the text states it ("Russian Foreign Minister"), or null. */
  role: string | null;
  /** Other forms the text uses for the same person ("Lavrov", "Sergei Lavrov", "his counterpart in Moscow"). */
  aliases: string[];
  /** Every mention that names the person (not pronouns). */
  mentions: Span[];
  kind: 'person' | 'organisation';
}

/** What detection returns for one text. */
export interface Detection {
  quotes: Quote[];
  people: Person[];
}
