/**
 * Long work on an extension page, cut into tasks short enough that the page keeps answering. The work is
 * written once as a generator that yields at points where it may stop; `finishNow` runs it in one go (a page
 * that needs the answer at once), `finishInSteps` gives the page back its main thread between slices.
 */

/** How long a slice may run before the page gets its main thread back: well under a frame's worth of jank. */
export const SLICE_MS = 30;

/**
 * Lets the page run its pending tasks: a zero timeout, queued behind the timers and events already waiting.
 * Not `scheduler.yield`, whose continuation goes ahead of them: a long stepped job would then still starve the
 * page's own timers (its progressive list, its toasts) until the job ends.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work that yields where it may stop and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps without stopping: the same result as `finishInSteps`, in one task. */
export function finishNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, pausing for `pause` whenever a slice has run `sliceMs`; resolves with their result. */
export async function finishInSteps<T>(
  steps: Steps<T>,
  pause: () => Promise<void> = nextTask,
  sliceMs = SLICE_MS,
): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start < sliceMs) continue;
    await pause();
    start = performance.now();
  }
}
