/**
 * Pure pieces of saving a quote from a page: the source record a page gives, the day it stands for, the new
 * person a page mention becomes, and how a fresh capture folds into a statement already stored.
 */

import type { PageInfo, PagePerson, PageQuote } from './protocol';
import type { Person, Source, Statement } from './records';

/** Where a captured quote was read: the page's own address, outlet, title and publication date. */
export function sourceOf(page: PageInfo): Source {
  const source: Source = { url: page.url };
  if (page.outlet) source.outlet = page.outlet;
  if (page.title) source.title = page.title;
  if (page.publishedAt) source.publishedAt = page.publishedAt;
  return source;
}

/** The day (YYYY-MM-DD) a publication timestamp falls on; the day reported stands in for the day said. */
export function dayOf(publishedAt: string | null | undefined): string | undefined {
  const day = publishedAt?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  return day ?? undefined;
}

/** A new person from how a page names them, for a speaker the library does not hold yet. */
export function personFromPage(mention: PagePerson, id: string, now: string, since?: string): Person {
  const roles = mention.role ? [{ title: mention.role, ...(since ? { from: since } : {}) }] : [];
  const aliases = [...new Set(mention.aliases.filter((a) => a !== mention.name))];
  return { id, name: mention.name, aliases, roles, kind: mention.kind, createdAt: now, updatedAt: now };
}

/** A new statement for a quote read on a page: exact words, the page as its source, text around it. */
export function statementFromPage(
  quote: PageQuote,
  page: PageInfo,
  personId: string,
  id: string,
  now: string,
): Statement {
  const date = dayOf(page.publishedAt);
  return {
    id,
    personId,
    // A comma or colon that closed the quote before its attribution is the reporter's, not the speaker's.
    text: quote.text.trim().replace(/\s*[,;:]+$/, ''),
    ...(date ? { date } : {}),
    sources: [sourceOf(page)],
    tags: [],
    context: { prefix: quote.prefix, suffix: quote.suffix },
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Folds another report of the same words into the stored statement: the reader's words, date and venue stay;
 * a page not yet among its sources is added. Returns null when that page is already a source.
 */
export function addSource(stored: Statement, fresh: Statement, now: string): Statement | null {
  const known = new Set(stored.sources.map((s) => s.url));
  const added = fresh.sources.filter((s) => !known.has(s.url));
  if (added.length === 0) return null;
  const date = stored.date ?? fresh.date;
  const context = stored.context ?? fresh.context;
  return {
    ...stored,
    ...(date ? { date } : {}),
    ...(context ? { context } : {}),
    sources: [...stored.sources, ...added],
    updatedAt: now,
  };
}
