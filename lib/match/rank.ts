import { sameWords } from './quote-text';
import type { RelationLike, StatementLike } from './types';

/** Knobs for ranking; a text-relevance score (BM25) joins here later without changing callers. */
export interface RankOptions {
  /** Leave out statements whose words are the page quote itself (the card shows what was said before). */
  excludeSame?: boolean;
}

/** The stored statements whose words are this page quote (or contain it), so the card can say "on record". */
export function findSameStatements<S extends StatementLike>(statements: S[], quoteText: string): S[] {
  return statements.filter((s) => sameWords(quoteText, s.text));
}

/**
 * Orders a speaker's statements for the card: those a person related to this quote's own statement first,
 * then any statement someone related to another, then the rest; newest first within each group.
 */
export function rankStatements<S extends StatementLike>(
  statements: S[],
  relations: RelationLike[],
  quoteText: string,
  options: RankOptions = {},
): S[] {
  const same = new Set(findSameStatements(statements, quoteText).map((s) => s.id));
  const relatedToQuote = new Set<string>();
  const related = new Set<string>();
  for (const r of relations) {
    if (!r.labelledBy) continue;
    related.add(r.fromId).add(r.toId);
    if (same.has(r.fromId)) relatedToQuote.add(r.toId);
    if (same.has(r.toId)) relatedToQuote.add(r.fromId);
  }
  const tier = (s: S) => (relatedToQuote.has(s.id) && !same.has(s.id) ? 0 : related.has(s.id) ? 1 : 2);
  return statements
    .filter((s) => !(options.excludeSame && same.has(s.id)))
    .map((s, i) => ({ s, i, t: tier(s) }))
    .sort((a, b) => a.t - b.t || byDateDesc(a.s.date, b.s.date) || a.i - b.i)
    .map((x) => x.s);
}

function byDateDesc(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : -1;
}
