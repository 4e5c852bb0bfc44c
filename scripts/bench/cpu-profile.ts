/**
 * Chromium's sampling profiler as every benchmark reads it: start it on a page through the DevTools protocol,
 * stop it, and sum each sample's time by a key (a function, a stage, a function and line). The page analysis
 * profile and stage table and the import profile all summed the same samples the same way; they share this.
 */
import type { Page } from 'playwright-core';

/** One node of a CPU profile's call tree, as the DevTools protocol gives it. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
  children?: number[];
}

/** A CPU profile: the call tree, which node each sample landed in, and the microseconds between samples. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Stops a profile started by startSampling and returns it. */
export type StopSampling = () => Promise<CpuProfile>;

/** The profiler's own entries that are no work of the page: left out of every sum. */
const NOT_WORK = new Set(['(idle)', '(program)']);

/** Starts sampling `page`'s main thread every `intervalUs` microseconds; the returned function stops it. */
export async function startSampling(page: Page, intervalUs: number): Promise<StopSampling> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.detach().catch(() => undefined);
    return profile;
  };
}

/** Calls `visit` with the node and milliseconds of every sample that is work (not idle, not the profiler's own). */
export function eachSample(profile: CpuProfile, visit: (node: ProfileNode, ms: number) => void): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const [i, id] of profile.samples.entries()) {
    const node = byId.get(id);
    if (!node || NOT_WORK.has(node.callFrame.functionName)) continue;
    visit(node, (profile.timeDeltas[i] ?? 0) / 1000);
  }
}

/** Adds each sample's milliseconds to `into` under `keyOf(node)` (a sample whose key is null is skipped); returns the milliseconds added. */
export function addSelfTime(
  profile: CpuProfile,
  keyOf: (node: ProfileNode) => string | null,
  into: Map<string, number>,
): number {
  let total = 0;
  eachSample(profile, (node, ms) => {
    const key = keyOf(node);
    if (key === null) return;
    into.set(key, (into.get(key) ?? 0) + ms);
    total += ms;
  });
  return total;
}

/** The `top` largest entries of `times`, largest first. */
export function largest(times: Map<string, number>, top: number): [string, number][] {
  return [...times].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** A share of a whole as the tables print it: "12.3%", padded to line up. */
export function share(part: number, whole: number): string {
  return `${whole > 0 ? ((100 * part) / whole).toFixed(1) : '0.0'}%`.padStart(6);
}
