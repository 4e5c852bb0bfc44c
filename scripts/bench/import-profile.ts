/**
 * A CPU profile of the import benchmark in Chromium, taken through the DevTools protocol, and the functions that
 * cost the most of it: where a slow import spends its time, without opening DevTools.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addSelfTime, type CpuProfile, largest, share, startSampling } from './cpu-profile';

/** Stops a profile started by startProfile: writes it to `path` and returns the stop function's output. */
export type StopProfile = () => Promise<string>;

/** Starts sampling the page's main thread; the returned function stops, saves the profile and summarises it. */
export async function startProfile(page: Page, path: string, top = 25): Promise<StopProfile> {
  const stop = await startSampling(page, 500);
  return async () => {
    const profile = await stop();
    writeFileSync(path, JSON.stringify(profile));
    return summarise(profile, top);
  };
}

/** The functions with the most self time, as a table of milliseconds and shares. */
export function summarise(profile: CpuProfile, top: number): string {
  const self = new Map<string, number>();
  const total = addSelfTime(
    profile,
    ({ callFrame: f }) => `${f.functionName || '(anonymous)'} ${f.url ? `:${(f.lineNumber ?? 0) + 1}` : ''}`,
    self,
  );
  const lines = largest(self, top).map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${share(ms, total)}  ${name}`);
  return [`self time, ${(total / 1000).toFixed(1)} s sampled:`, ...lines].join('\n');
}
