/**
 * Draws a long page of results a screenful at a time: the first screenful in the same render as the results
 * (so a keystroke shows its answer at once), the rest of the page in small steps when the page is idle, so a
 * reader who keeps typing never waits for statements far below the fold.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonView } from './library-model';

/** Statements drawn at once when a new result comes in: more than a tall window shows. */
export const FIRST_SCREEN = 20;
/** Statements added per idle step after that. */
export const STEP = 20;

/**
 * The first `count` statements of a page, in page order; people with no statement to show (matched by name
 * only) are kept where they come. A person cut short is a new view; everyone else is the same object.
 */
export function firstStatements(people: PersonView[], count: number): PersonView[] {
  if (lastArgs && lastArgs[0] === people && lastArgs[1] === count) return lastCut!;
  let budget = Math.max(count, 0);
  const out: PersonView[] = [];
  for (const view of people) {
    if (budget === 0 && view.statements.length > 0) break;
    if (view.statements.length <= budget) out.push(view);
    else out.push({ person: view.person, statements: view.statements.slice(0, budget) });
    budget -= Math.min(budget, view.statements.length);
  }
  lastArgs = [people, count];
  lastCut = out;
  return out;
}

let lastArgs: readonly [PersonView[], number] | null = null;
let lastCut: PersonView[] | null = null;

/** How many statements a page holds. */
export function countStatements(people: PersonView[]): number {
  let n = 0;
  for (const view of people) n += view.statements.length;
  return n;
}

/** Runs `work` when the page is idle; returns a cancel. */
export type IdleScheduler = (work: () => void) => () => void;

/** requestIdleCallback where there is one (with a deadline, so steps go on under load), else a short timeout. */
export const whenIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 16);
  return () => clearTimeout(id);
};

/**
 * How many statements of a page of `total` to draw. A new `key` (a new search or filter) starts again at the
 * first screenful; after that each idle moment adds a step until the whole page is drawn. The same key with a
 * larger total ("Show more", or an edit) keeps what is drawn and goes on from there, so nothing already on
 * screen disappears under the reader.
 */
export function useProgressiveCount(
  key: string,
  total: number,
  idle: IdleScheduler = whenIdle,
  first = FIRST_SCREEN,
  step = STEP,
): number {
  const drawn = useRef({ key, count: first });
  if (drawn.current.key !== key) drawn.current = { key, count: first };
  const [, redraw] = useState(0);
  const count = drawn.current.count;
  useEffect(() => {
    if (count >= total) return;
    const mine = drawn.current;
    return idle(() => {
      if (drawn.current !== mine) return;
      mine.count = Math.min(total, mine.count + step);
      redraw((n) => n + 1);
    });
  }, [key, count, total, idle, step]);
  return Math.min(count, total);
}
