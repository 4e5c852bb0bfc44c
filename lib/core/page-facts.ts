/**
 * What a page states about its quotes, its people and itself, as messages carry it: page-derived only, plain
 * data that survives structured cloning.
 */

import type { AttributionWay, Evidence, QuoteKind } from '@/lib/detect/types';

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

/** The content script's answer to 'capture/selection'. */
export interface SelectionContext {
  page: PageInfo;
  prefix: string;
  suffix: string;
  /** The speaker the page gives for a highlighted quote the selection lies in, if any. */
  speaker: string | null;
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
