/** Groups a page's quotes by speaker for the popup; pure, so the grouping rules are tested alone. */
import type { PagePerson, PageQuote, PageSummary } from '@/lib/core/protocol';

/** One speaker on the page with their quotes here. */
export interface SpeakerGroup {
  name: string;
  role: string | null;
  aliases: string[];
  quotes: PageQuote[];
}

/** How many of a speaker's quotes here the library links to more: a labelled relation, or a suggestion. */
export interface SpeakerContext {
  related: number;
  suggested: number;
  /** Quotes here that match a claim a fact-checker reviewed. */
  factChecked?: number;
}

/** The page's speakers, most quoted first; people named without a quote; quotes nobody is credited with. */
export interface PageSpeakers {
  speakers: SpeakerGroup[];
  namedOnly: PagePerson[];
  unattributed: PageQuote[];
}

/** Groups the summary's quotes by speaker, keeping the page's order among equals. */
export function groupSpeakers(summary: Pick<PageSummary, 'quotes' | 'people'>): PageSpeakers {
  const byName = new Map<string, SpeakerGroup>();
  const unattributed: PageQuote[] = [];
  for (const quote of summary.quotes) {
    if (!quote.speaker) {
      unattributed.push(quote);
      continue;
    }
    let group = byName.get(quote.speaker);
    if (!group) {
      const person = summary.people.find((p) => p.name === quote.speaker);
      group = { name: quote.speaker, role: person?.role ?? null, aliases: person?.aliases ?? [], quotes: [] };
      byName.set(quote.speaker, group);
    }
    group.quotes.push(quote);
  }
  const speakers = [...byName.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  const namedOnly = summary.people.filter((p) => !byName.has(p.name));
  return { speakers, namedOnly, unattributed };
}

/** What one quote's card holds that the popup counts: whether a person labelled a relation, any suggestion. */
export interface QuoteContextFacts {
  related: boolean;
  suggested: boolean;
  factChecked?: boolean;
}

/** Sums a speaker's quotes' facts into the popup's counts. */
export function speakerContext(facts: QuoteContextFacts[]): SpeakerContext {
  const factChecked = facts.filter((f) => f.factChecked).length;
  return {
    related: facts.filter((f) => f.related).length,
    suggested: facts.filter((f) => f.suggested).length,
    ...(factChecked > 0 ? { factChecked } : {}),
  };
}

/** What the popup knows about the active tab. */
export type PopupState =
  | { kind: 'loading' }
  /** Browser pages, the web store, local files: no content script runs there. */
  | { kind: 'unscriptable' }
  /** A web page whose content script did not answer (opened before OnRecord was installed or updated). */
  | { kind: 'no-answer'; site: string }
  | {
      kind: 'page';
      site: string;
      enabled: boolean;
      article: boolean;
      speakers: PageSpeakers;
      /** Stored statements per speaker name; absent: the library does not hold that speaker. */
      stored: Record<string, number>;
      /** Per speaker name, how many quotes here have a labelled relation or a suggestion; absent until read. */
      context?: Record<string, SpeakerContext>;
      /** The page's own ClaimReview markup as the content script read it: page-derived, not yet checked. */
      factChecks?: unknown[];
    };
