/** Cuts the grouped library down to what the filters and search let through, and to one page of it. */
import type { PersonView } from './library-model';

/** The people and statements to draw, and how many matching statements are left for "Show more". */
export function visibleView(
  views: PersonView[],
  visibleIds: Set<string> | null,
  matchedPeople: Set<string> | null,
  personId: string,
  limit: number,
): { people: PersonView[]; hidden: number } {
  let budget = limit;
  let hidden = 0;
  const people: PersonView[] = [];
  for (const view of views) {
    if (personId && view.person.id !== personId) continue;
    const statements = visibleIds ? view.statements.filter((s) => visibleIds.has(s.statement.id)) : view.statements;
    // A person whose name matched a search shows even with no statement left, so they can be edited.
    const named = matchedPeople?.has(view.person.id) ?? false;
    if (visibleIds && statements.length === 0 && !named) continue;
    const take = statements.slice(0, Math.max(budget, 0));
    hidden += statements.length - take.length;
    budget -= take.length;
    if (take.length > 0 || statements.length === 0) people.push({ person: view.person, statements: take });
  }
  return { people, hidden };
}
