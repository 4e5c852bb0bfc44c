/**
 * A page that tries to exhaust the extension (tests/fixtures/pages/hostile/exhaust.html): 100,000 quotation
 * marks, markup 1,000 levels deep (5,000 crashes Chromium's renderer on its own), or a mutation storm (twenty new quoted paragraphs every millisecond). The
 * page must stay responsive (its own 10 ms heartbeat, measured from load, never stalls long; its button takes
 * a real click), and the extension must keep working: the real quote at the top is marked and its card opens.
 */
import { describe, expect, it } from 'vitest';
import { nonLocalRequests } from '@/scripts/support/proxy';
import { closeCard, HOSTILE_BROWSERS, openCard, openMarked, readSpy } from './hostile-support';
import { useProxiedBrowser } from './support/extension-browser';

// The page's one real statement: in a storm, the first mark may be a paragraph the page is about to remove.
const WANG = '#article > p:nth-of-type(2) [data-onrecord="quote"]';
const MUNICH = 'Ukraine is no exception';
/** The longest the page's main thread may stall after load: generous for a shared 2-core machine. */
const MAX_STALL_MS = 600;

describe.each(HOSTILE_BROWSERS)('a page that tries to exhaust the extension, in $name', ({ name, start }) => {
  const run = useProxiedBrowser(start);

  it.each([
    ['marks', () => (window as unknown as { markCount: number }).markCount, 100_000],
    ['nesting', () => (window as unknown as { depth: number }).depth, 1_000],
    ['storm', () => (window as unknown as { stopStorm: () => number }).stopStorm(), 1_000],
  ] as const)('survives ?%s', async (mode, probe, atLeast) => {
    const t0 = performance.now();
    await openMarked(run.driver, `${run.server.url}hostile/exhaust.html?${mode}`, 30_000);
    const markedMs = Math.round(performance.now() - t0);
    expect(await openCard(run.driver, WANG, MUNICH)).toContain(MUNICH);
    await closeCard(run.driver);
    // Give the extension time to work through the rest of the page, then ask the page how it fared.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await run.driver.click('#page-button');
    const report = await run.driver.evaluate(readSpy, undefined);
    console.log(`[${name}] ?${mode}: first mark after ${markedMs} ms, longest stall ${report.maxGapMs} ms`);
    expect(await run.driver.evaluate(probe, undefined)).toBeGreaterThanOrEqual(atLeast);
    expect(report.clicks).toBe(1);
    expect(report.ticks).toBeGreaterThan(100);
    expect(report.maxGapMs).toBeLessThan(MAX_STALL_MS);
  });

  it('makes no request beyond localhost', () => {
    expect(nonLocalRequests(run.proxy.requests)).toEqual([]);
  });
});
