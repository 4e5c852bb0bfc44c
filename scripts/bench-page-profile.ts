/**
 * `npm run bench -- --browser --profile`: where the page analysis spends its time, from Chromium's sampling
 * profiler over repeated analyses of the longer pages, with the analysis code bundled unminified so functions
 * keep their names. Prints the functions with the most self time.
 */
import type { BrowserContext } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
}

/** Self time per function over `runs` analyses of each page; returns the top `top` lines, share of the total. */
export async function profileAnalysis(
  context: BrowserContext,
  urls: string[],
  bundle: string,
  runs = 20,
  top = 25,
): Promise<string[]> {
  const self = new Map<string, number>();
  let total = 0;
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(bundle);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(
      `(() => { for (let i = 0; i < ${runs}; i++) globalThis.__onrecordBench.analyzePage(document); })()`,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const spent = new Map<number, number>();
    for (const [i, id] of profile.samples.entries()) spent.set(id, (spent.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
    for (const node of profile.nodes) {
      const name = node.callFrame.functionName || '(anonymous)';
      const t = spent.get(node.id) ?? 0;
      if (!t || name === '(idle)' || name === '(program)') continue;
      self.set(name, (self.get(name) ?? 0) + t);
      total += t;
    }
    await page.close();
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`);
}
