/**
 * Every message that crosses contexts, in one map named by direction. Payloads are plain data
 * (ISO strings for dates, no class instances) so they survive structured cloning in both browsers.
 *
 * content -> background: runtime.sendMessage, validated in the background (lib/messages/validate.ts).
 * background -> card frame: over the card's runtime port, matched by the nonce the content script
 *   put in the frame's URL. The page never sees these messages.
 * popup -> content: tabs.sendMessage to the active tab.
 */
import type { QuoteKind } from '../detect/types';

/** What the page says about one quote: page-derived only, never library-derived. */
export interface PageQuote {
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** Some words before and after, to find the quote again on its page. */
  prefix: string;
  suffix: string;
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
}

/** Messages the background sends to a card frame over its port. */
export interface BackgroundToCard {
  'card/show': { quote: PageQuote; page: PageInfo; people: PagePerson[] };
  'card/hide': Record<string, never>;
}

/** Messages a card frame sends back (over its port); the background forwards them to the content script. */
export interface CardToContent {
  /** The reader closed the card (Esc or the close button). */
  'card/closed': { nonce: string };
}

/** Messages the popup sends to the content script of the active tab. */
export interface PopupToContent {
  /** What the page says: its speakers, their quotes, the people named. */
  'page/summary': Record<string, never>;
}

/** The content script's answer to 'page/summary'. */
export interface PageSummary {
  page: PageInfo;
  enabled: boolean;
  quotes: PageQuote[];
  people: PagePerson[];
}

/** A message of map M: its type and payload together, so a switch on `type` narrows the payload. */
export type Message<M> = { [K in keyof M]: { type: K; payload: M[K] } }[keyof M];
