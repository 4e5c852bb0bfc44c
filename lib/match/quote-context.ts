import { type AlteredQuote, findAlteredQuote } from './diff';
import { findSameStatements, type Ranked, rankWithReasons } from './rank';
import { findRecycledQuote, type RecycledQuote } from './recycled';
import { findTensions, type TensionSuggestion } from './tension';
import type { RelationLike, StatementLike } from './types';

/** How many tension suggestions a quote gets at most: a card is small, and each is only a prompt. */
export const MAX_SUGGESTIONS = 3;

/** Everything the library says about one page quote, from one speaker's statements. */
export interface QuoteContext<S extends StatementLike> {
  /** Stored statements whose words this quote is (or is part of). */
  same: S[];
  /** The other statements, most relevant first, with the reasons. */
  earlier: Ranked<S>[];
  /** Possible tensions with earlier statements no person has related to this quote yet. */
  suggestions: TensionSuggestion<S>[];
  /** The stored quote this one repeats with words changed. */
  altered: AlteredQuote<S> | null;
  /** The stored quote this one repeats long after it was said. */
  recycled: RecycledQuote<S> | null;
}

/** Options: dismissal keys the reader has chosen to hide (see tensionKey). */
export interface QuoteContextOptions {
  dismissed?: ReadonlySet<string>;
}

/**
 * Matches one page quote against a speaker's statements in one call, so the background stays a thin
 * adapter: ranking, tension suggestions, altered and recycled quotes. A tension is not suggested where a
 * person already labelled how the two statements relate (their judgement is shown instead), nor against the
 * statement the quote alters (the diff shows what changed).
 */
export function matchQuote<S extends StatementLike>(
  quoteText: string,
  statements: S[],
  relations: RelationLike[],
  publishedAt: string | null | undefined,
  options: QuoteContextOptions = {},
): QuoteContext<S> {
  const same = findSameStatements(statements, quoteText);
  const statementId = same[0]?.id ?? null;
  const sameIds = new Set(same.map((s) => s.id));
  const labelled = new Set<string>();
  for (const r of relations) {
    if (!r.labelledBy) continue;
    if (sameIds.has(r.fromId)) labelled.add(r.toId);
    if (sameIds.has(r.toId)) labelled.add(r.fromId);
  }
  const altered = findAlteredQuote(quoteText, statements);
  // The altered quote's diff already shows what changed against that statement.
  if (altered) labelled.add(altered.statement.id);
  const suggestions = findTensions(
    { text: quoteText, statementId },
    statements.filter((s) => !labelled.has(s.id)),
  )
    .filter((t) => !options.dismissed?.has(t.key))
    .slice(0, MAX_SUGGESTIONS);
  return {
    same,
    earlier: rankWithReasons(statements, relations, quoteText, { excludeSame: true }),
    suggestions,
    altered,
    recycled: findRecycledQuote(quoteText, statements, publishedAt),
  };
}
