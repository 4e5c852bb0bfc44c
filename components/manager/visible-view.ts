/** Cuts the grouped library down to what the filters and search let through, and to one page of it. */

import type { PersonView } from '@/lib/core/library-model';
import type { StatementSet } from './filters';

/** The people and statements to draw, and how many matching statements are left for "Show more". */
export interface VisibleView {
  people: PersonView[];
  hidden: number;
}

/**
 * The page runs this on every render (a keystroke, a toast, a checkbox), so the last answer is kept and given
 * again while its inputs are the same objects; a new answer walks each person's statements once, and builds
 * lists only for the page shown.
 *
 * With a set of visible statements and no person chosen, the walk stops once the page is full or every
 * statement in the set has been met: past that point only people found by name are looked at (they show even
 * with no statement left), and what is left for "Show more" is the set's size less the page. So a keystroke
 * whose answer starts early in the list costs the first screenful, not a lookup per statement in the library.
 */
export function visibleView(
  views: PersonView[],
  visibleIds: StatementSet | null,
  matchedPeople: Set<string> | null,
  personId: string,
  limit: number,
): VisibleView {
  const args = [views, visibleIds, matchedPeople, personId, limit] as const;
  if (lastArgs && args.every((a, i) => a === lastArgs![i])) return lastView!;
  lastView = cut(views, visibleIds, matchedPeople, personId, limit);
  lastArgs = args;
  return lastView;
}

let lastArgs: readonly unknown[] | null = null;
let lastView: VisibleView | null = null;

function cut(
  views: PersonView[],
  visibleIds: StatementSet | null,
  matchedPeople: Set<string> | null,
  personId: string,
  limit: number,
): VisibleView {
  let budget = Math.max(limit, 0);
  let hidden = 0;
  let met = 0;
  let shown = 0;
  let stopped = false;
  const people: PersonView[] = [];
  for (const view of views) {
    if (personId && view.person.id !== personId) continue;
    let take = view.statements;
    let matching = view.statements.length;
    if (visibleIds) {
      if (!personId && (budget === 0 || met >= visibleIds.size)) {
        stopped = true;
        // Past the page only a person found by name with no statement in the set is drawn (see below).
        if (!matchedPeople?.has(view.person.id) || view.statements.some((s) => visibleIds.has(s.statement.id)))
          continue;
      }
      take = [];
      matching = 0;
      for (const s of view.statements) {
        if (!visibleIds.has(s.statement.id)) continue;
        matching++;
        if (take.length < budget) take.push(s);
      }
      met += matching;
      // A person whose name matched a search shows even with no statement left, so they can be edited.
      if (matching === 0 && !matchedPeople?.has(view.person.id)) continue;
    } else if (take.length > budget) take = take.slice(0, budget);
    hidden += matching - take.length;
    budget -= take.length;
    shown += take.length;
    if (take.length > 0 || matching === 0)
      people.push(take === view.statements ? view : { person: view.person, statements: take });
  }
  if (stopped && visibleIds) hidden = Math.max(0, visibleIds.size - shown);
  return { people, hidden };
}
