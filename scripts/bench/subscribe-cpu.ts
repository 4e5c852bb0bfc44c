/**
 * A CPU profile of an extension page over a window of the subscription benchmark, with the page's long tasks,
 * so a cut aims at the task that blocks the page rather than at a guess.
 */
import type { Page } from 'playwright-core';
import { startProfile } from './import-profile';

/** Starts observing long tasks in the page (their durations land in `benchLongTasks`). */
const observeLongTasks = () => {
  const g = globalThis as unknown as { benchLongTasks: number[] };
  g.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) g.benchLongTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask' });
};

/** Profiles `page` while `during` runs; writes the profile to `file` and prints the heaviest functions. */
export async function profilePage(page: Page, file: string, during: () => Promise<void>): Promise<void> {
  await page.evaluate(observeLongTasks);
  const stop = await startProfile(page, file);
  await during();
  const summary = await stop();
  const tasks = await page.evaluate(() => (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks);
  console.log(`long tasks (ms): ${tasks.join(', ')}`);
  console.log(summary);
}
