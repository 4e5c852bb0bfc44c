/**
 * Every message that crosses contexts, in one map named by direction. Payloads are plain data
 * (ISO strings for dates, no class instances) so they survive structured cloning in both browsers.
 *
 * content -> background: runtime.sendMessage, validated in the background (lib/core/validate.ts).
 * background -> card frame: over the card's runtime port, matched by the nonce the content script
 *   put in the frame's URL. The page never sees these messages.
 * popup -> content: tabs.sendMessage to the active tab.
 *
 * The shapes the messages carry live in page-facts.ts (what a page states) and card-data.ts (what the card
 * shows); they are exported from here too, as every context imports its message types from this module.
 */
import type { Detection, Span } from '@/lib/detect/types';
import type { CardData, CardPerson, CardRelated, CardSaved } from './card-data';
import type { MarkColours } from './colours';
import type { PageInfo, PagePerson, PageQuote } from './page-facts';
import type { RelationType } from './records';

export type {
  CardData,
  CardDiffOp,
  CardPerson,
  CardRelated,
  CardRelation,
  CardSaved,
  CardStatement,
  CardSuggestion,
} from './card-data';
export {
  EVIDENCE_WAYS,
  type PageInfo,
  type PagePerson,
  type PageQuote,
  type PageSummary,
  type SelectionContext,
} from './page-facts';

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

/** Messages the popup sends to the content script of the active tab. */
export interface PopupToContent {
  /** What the page says: its speakers, their quotes, the people named. */
  'page/summary': Record<string, never>;
  /** Scroll to one of the page's quotes and focus it (which opens its card). */
  'page/reveal': { id: string };
  /** Sent by the background once the reader's "remember quotes on this site" switch is saved: ask again. */
  'capture/remember-changed': Record<string, never>;
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
