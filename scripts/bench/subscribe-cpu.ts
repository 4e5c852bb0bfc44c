/**
 * A CPU profile of an extension page over a window of the subscription benchmark, with the page's long tasks,
 * so a cut aims at the task that blocks the page rather than at a guess.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

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
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(observeLongTasks);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await during();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await writeFile(file, JSON.stringify(profile));
  const tasks = await page.evaluate(() => (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks);
  console.log(`long tasks (ms): ${tasks.join(', ')}`);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const name = `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [name, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}
