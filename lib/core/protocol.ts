/**
 * Every message that crosses contexts, in one map named by direction. Payloads are plain data
 * (ISO strings for dates, no class instances) so they survive structured cloning in both browsers.
 *
 * content -> background: runtime.sendMessage, validated in the background (lib/core/validate.ts).
 * background -> card frame: over the card's runtime port, matched by the nonce the content script
 *   put in the frame's URL. The page never sees these messages.
 * popup -> content: tabs.sendMessage to the active tab.
 */
import type { AttributionWay, Detection, Evidence, QuoteKind, Span } from '@/lib/detect/types';
import type { CardClaimReviews } from '@/lib/factcheck/types';
import type { Cue } from '@/lib/match/disagreement-cues';
import type { TensionReason } from '@/lib/match/types';
import type { MarkColours } from './colours';
import type { RelationType, Source } from './records';

/**
 * The ways of attributing a quote that messages carry and the card words. A way detection adds later is left out
 * of the message (the quote still goes, without its evidence) until it is listed here.
 */
export const EVIDENCE_WAYS: readonly AttributionWay[] = [
  'cue',
  'according-to',
  'lead-in',
  'turn',
  'subject',
  'run',
  'echo',
];

/** What the page says about one quote: page-derived only, never library-derived. */
export interface PageQuote {
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** Some words before and after, to find the quote again on its page. */
  prefix: string;
  suffix: string;
  /** Why the page's text gave this speaker (detection's evidence); absent when no speaker was given. */
  evidence?: Evidence;
}

/** A person named on the page, as the page states them. */
export interface PagePerson {
  name: string;
  role: string | null;
  aliases: string[];
  kind: 'person' | 'organisation';
}

/** Facts about the page itself. */
export interface PageInfo {
  url: string;
  title: string;
  outlet: string | null;
  /** Publication date from structured data or meta tags (ISO), or null. */
  publishedAt: string | null;
}

/** Messages a content script sends to the background. */
export interface ContentToBackground {
  /** Show the card for a quote in the card frame with this nonce. */
  'card/show': { nonce: string; quote: PageQuote; page: PageInfo; people: PagePerson[] };
  /** Hide the card frame with this nonce. */
  'card/hide': { nonce: string };
  /**
   * The pointer entered a quote: the background may start the library lookup for it now, so the 'card/show'
   * that follows the hover-intent delay finds the answer under way. The answer stays in the background.
   */
  'card/prefetch': { quote: PageQuote; page: PageInfo; people: PagePerson[] };
  /**
   * Attributed quotes on a site where the reader switched on "remember quotes on this site"; the background
   * saves them only if that site's opt-in is set (it checks, whatever the content script believes).
   */
  'capture/remember': { page: PageInfo; quotes: PageQuote[]; people: PagePerson[] };
  /** Whether the sending frame's own site is opted in to remembering; the answer is about that site only. */
  'capture/remember-status': Record<string, never>;
  /** Whether OnRecord is on for the sending frame's own site, and the highlight colours (PageSettings). */
  'settings/page': Record<string, never>;
  /**
   * Detection for one part of the page: its visible text, the spans set as block quotations and the declared
   * language. The background runs the same pure detection and answers a `Detection` (offsets into `text`), so
   * the content script that ships to every page carries no lexicons. It stays an extension message.
   */
  'page/detect': { text: string; blockQuotes: Span[]; lang: string | null };
  /**
   * The ClaimReviews the page publishes (lib/page/claim-review-markup.ts, cut to the fields OnRecord reads): the
   * background saves them only when the reader switched on "Keep fact-checks I read", after checking each again.
   */
  'factcheck/found': { items: unknown[] };
}

/** What the background answers to each content message it handles itself (in the gate's `result`). */
export interface ContentAnswers {
  'page/detect': Detection;
  'settings/page': PageSettings;
}

/**
 * All a content script learns of the reader's settings: whether OnRecord runs on its own site (never the list of
 * sites switched off) and the highlight colours.
 */
export interface PageSettings {
  enabled: boolean;
  colours: MarkColours;
}

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

/** Messages the background sends to a card frame over its port. */
export interface BackgroundToCard {
  'card/show': { quote: PageQuote; page: PageInfo; people: PagePerson[] };
  /** The library's answer for the quote last shown (matched by quote.id). */
  'card/data': CardData;
  'card/hide': Record<string, never>;
  /** What the reader's Save did with the quote shown. */
  'card/saved': CardSaved;
  /** What the reader's Confirm or Relate did: the relation stored, or why not. */
  'card/related': CardRelated;
  /** A suggestion was dismissed (or its dismissal undone), so the card can offer Undo. */
  'card/dismissed': { quoteId: string; key: string; statementId: string; undone: boolean };
  /** The library's people, for the "Not this speaker?" list the reader opened (name order, capped). */
  'card/people': { quoteId: string; people: CardPerson[]; more: boolean };
  /** What the reader's speaker choice did; a fresh 'card/data' follows when it was stored. */
  'card/speaker-chosen': { quoteId: string; ok: boolean; error?: string };
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

/** Messages a card frame sends back (over its port); the background forwards them to the content script. */
export interface CardToContent {
  /** The reader closed the card (Esc or the close button). */
  'card/closed': { nonce: string };
}

/** Messages a card frame sends over its port for the background itself to act on. */
export interface CardToBackground {
  /** Open the library manager in a tab (the card's own origin cannot open extension pages). */
  'card/open-manager': Record<string, never>;
  /** The reader clicked Save: keep the quote shown, as the page gave it, in the library. */
  'card/save': {
    quote: PageQuote;
    page: PageInfo;
    people: PagePerson[];
    /** The stored person the reader picked when the page's name could be several. */
    speaker?: string;
  };
  /**
   * The reader confirmed a suggestion or related the quote to an earlier statement: the background saves the
   * quote (as Save does) and stores the relation, labelled by the reader, from the quote to `statementId`.
   */
  'card/relate': {
    quote: PageQuote;
    page: PageInfo;
    people: PagePerson[];
    speaker?: string;
    statementId: string;
    type: RelationType;
    note: string;
  };
  /** The reader dismissed the suggestion with this key against `statementId`: never show it again. */
  'card/dismiss': { quote: PageQuote; page: PageInfo; people: PagePerson[]; statementId: string; key: string };
  /** The reader pressed Undo after a dismissal. */
  'card/undismiss': { quote: PageQuote; page: PageInfo; people: PagePerson[]; key: string };
  /** The reader opened "Not this speaker?": send the library's people to pick from. */
  'card/list-people': { quoteId: string };
  /**
   * The reader picked who said the quote shown (a stored person's id), or "Unknown speaker" (null). Stored for
   * this quote on this page, in the library only.
   */
  'card/choose-speaker': {
    quote: PageQuote;
    page: PageInfo;
    people: PagePerson[];
    personId: string | null;
    /** Someone the library does not hold yet, typed by the reader: added as a person, then chosen. */
    newName?: string;
  };
}

/** Messages the background sends to a content script for the context menu's "save as a quote". */
export interface BackgroundToContent {
  /** Page facts and the text around the current selection, so the saved quote can be found again. */
  'capture/selection': { text: string };
  /** The reader pressed the shortcut for the next or previous quote: focus it, which opens its card. */
  'page/step': { direction: 'next' | 'previous' };
  /** The reader changed the settings (popup, manager): ask again with 'settings/page'. Carries nothing. */
  'settings/changed': Record<string, never>;
}

/** The content script's answer to 'capture/selection'. */
export interface SelectionContext {
  page: PageInfo;
  prefix: string;
  suffix: string;
  /** The speaker the page gives for a highlighted quote the selection lies in, if any. */
  speaker: string | null;
}

/** Messages the popup sends to the content script of the active tab. */
export interface PopupToContent {
  /** What the page says: its speakers, their quotes, the people named. */
  'page/summary': Record<string, never>;
  /** Scroll to one of the page's quotes and focus it (which opens its card). */
  'page/reveal': { id: string };
  /** Sent by the background once the reader's "remember quotes on this site" switch is saved: ask again. */
  'capture/remember-changed': Record<string, never>;
}

/** The content script's answer to 'page/summary'. */
export interface PageSummary {
  page: PageInfo;
  enabled: boolean;
  /** Whether the page reads as an article (enough running text); absent when OnRecord is off there. */
  article?: boolean;
  quotes: PageQuote[];
  people: PagePerson[];
  /** The page's own ClaimReviews, page-derived and unchecked: the popup reads them with lib/factcheck/read.ts. */
  factChecks?: unknown[];
}

/** A message of map M: its type and payload together, so a switch on `type` narrows the payload. */
export type Message<M> = { [K in keyof M]: { type: K; payload: M[K] } }[keyof M];

/** Messages the side panel (an extension page) sends to the background; refused from any other sender. */
export interface PanelToBackground {
  /**
   * The library's context for a few of a page's quotes at once: the ones the reader can see or opened. The
   * quotes, page and people came from a content script, so the background checks them like a content message.
   */
  'panel/lookup': { page: PageInfo; people: PagePerson[]; quotes: PageQuote[] };
  /**
   * A click in a panel entry that the card would send over its port (Save, Relate, Choose speaker and the
   * people to choose from): the background does it exactly as for the card and answers with the card's replies.
   */
  'panel/card-action': Message<PanelCardAction>;
}

/** The card messages the side panel may send through 'panel/card-action'. */
export type PanelCardAction = Pick<
  CardToBackground,
  'card/save' | 'card/relate' | 'card/dismiss' | 'card/undismiss' | 'card/list-people' | 'card/choose-speaker'
>;

/** The background's answer to 'panel/card-action': what it would have posted to a card, in order; or why not. */
export type PanelActionResponse = { ok: true; answers: Message<BackgroundToCard>[] } | { ok: false; error: string };

/** The background's answer to 'panel/lookup': the card's data per quote, in the order asked; or why not. */
export type PanelLookupResponse =
  | { ok: true; cards: CardData[] /** The library holds no statement at all. */; libraryEmpty: boolean }
  | { ok: false; error: string };
