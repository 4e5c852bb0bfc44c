/**
 * A CPU profile of the import benchmark in Chromium, taken through the DevTools protocol, and the functions that
 * cost the most of it: where a slow import spends its time, without opening DevTools.
 */
import { writeFileSync } from 'node:fs';
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

/** Stops a profile started by startProfile: writes it to `path` and returns the stop function's output. */
export type StopProfile = () => Promise<string>;

/** Starts sampling the page's main thread; the returned function stops, saves the profile and summarises it. */
export async function startProfile(page: Page, path: string, top = 25): Promise<StopProfile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync(path, JSON.stringify(profile));
    return summarise(profile, top);
  };
}

/** The functions with the most self time, as a table of milliseconds and shares. */
export function summarise(profile: Profile, top: number): string {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const frame = byNode.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url ? `:${frame.lineNumber + 1}` : ''}` : '?';
    self.set(name, (self.get(name) ?? 0) + ms);
  });
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = rows.map(
    ([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`,
  );
  return [`self time, ${(total / 1000).toFixed(1)} s sampled:`, ...lines].join('\n');
}
