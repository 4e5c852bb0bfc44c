/**
 * Draws a long page of results a screenful at a time: the first screenful in the same render as the results
 * (so a keystroke shows its answer at once), the rest of the page in small steps when the page is idle, so a
 * reader who keeps typing never waits for statements far below the fold.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Statements drawn at once when a new result comes in: more than a tall window shows. */
export const FIRST_SCREEN = 20;
/** Statements added per idle step after that. */
export const STEP = 20;

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
 * How many statements to draw. A new `key` (a new search or filter) starts again at the first screenful; after
 * that each idle moment adds a step while `wanted()` (read after each render, when the page knows whether more
 * is left to draw) is larger. The same key with more wanted ("Show more", or an edit) keeps what is drawn and
 * goes on from there, so nothing already on screen disappears under the reader.
 */
export function useProgressiveCount(
  key: string,
  wanted: () => number,
  idle: IdleScheduler = whenIdle,
  first = FIRST_SCREEN,
  step = STEP,
): number {
  const drawn = useRef({ key, count: first });
  if (drawn.current.key !== key) drawn.current = { key, count: first };
  const [, redraw] = useState(0);
  // After every render: anything the page draws (a keystroke, a toast) puts the next step back in the queue.
  useEffect(() => {
    const mine = drawn.current;
    const total = wanted();
    if (mine.count >= total) return;
    return idle(() => {
      if (drawn.current !== mine) return;
      mine.count = Math.min(total, mine.count + step);
      redraw((n) => n + 1);
    });
  });
  return drawn.current.count;
}
