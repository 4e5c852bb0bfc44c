/**
 * `npm run bench -- --browser --profile`: where the page analysis spends its time, from Chromium's sampling
 * profiler over repeated analyses of the longer pages, with the analysis code bundled unminified so functions
 * keep their names. Prints the functions with the most self time.
 */
import type { BrowserContext } from 'playwright-core';
import { addSelfTime, type CpuProfile, largest, share, startSampling } from './bench/cpu-profile';

/** Loads `url`, runs one analysis to warm it, and profiles `runs` more: the profile of a warm analysis. */
export async function profileWarmAnalyses(
  context: BrowserContext,
  url: string,
  bundle: string,
  runs: number,
): Promise<CpuProfile> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(bundle);
    await page.evaluate('globalThis.__onrecordBench.analyzePage(document)');
    const stop = await startSampling(page, 50);
    await page.evaluate(
      `(() => { for (let i = 0; i < ${runs}; i++) globalThis.__onrecordBench.analyzePage(document); })()`,
    );
    return await stop();
  } finally {
    await page.close();
  }
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
    const profile = await profileWarmAnalyses(context, url, bundle, runs);
    total += addSelfTime(profile, (node) => node.callFrame.functionName || '(anonymous)', self);
  }
  return largest(self, top).map(([name, ms]) => `${share(ms, total)}  ${name}`);
}
