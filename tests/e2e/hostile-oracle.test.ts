/**
 * Can a page learn whether the reader stored something about a person? The same page is opened twice
 * (tests/fixtures/pages/hostile/oracle-*.html): once quoting Wang Yi, whom the starter library holds, once
 * quoting a made-up Arno Pell. Everything the page can observe (its DOM's mutations, the card host's
 * attributes and size, and how long after the pointer arrives the host changes) must be the same for both,
 * once the names themselves are set aside.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { nonLocalRequests } from '@/scripts/support/proxy';
import {
  closeCard,
  HOSTILE_BROWSERS,
  type HostileDriver,
  openMarked,
  readSpy,
  type SpyReport,
} from './hostile-support';
import { useProxiedBrowser } from './support/extension-browser';

const QUOTE = '[data-onrecord="quote"]';
const HOVERS = 4;

/** What the page observed, with what only the page itself decides (its names, ids, layout) made neutral. */
interface Observed {
  log: string[];
  foreign: string;
  /** Milliseconds from the pointer reaching the quote to the card host's first change, per hover. */
  delays: number[];
  cardKnown: boolean;
}

function neutral(text: string): string {
  return text
    .replace(/Wang Yi|Arno Pell|\bWang\b|\bPell\b/g, 'NAME')
    .replace(/(left|top): -?[\d.]+px/g, '$1: Npx')
    .replace(/data-onrecord-id="[^"]*"/g, 'data-onrecord-id="ID"');
}

async function observe(driver: HostileDriver, url: string, knownLine: RegExp): Promise<Observed> {
  await openMarked(driver, url);
  // Let the page settle, so only what the hovers cause is compared below.
  await new Promise((resolve) => setTimeout(resolve, 800));
  const delays: number[] = [];
  let cardKnown = false;
  for (let i = 0; i < HOVERS; i++) {
    const before = await driver.evaluate(readSpy, undefined);
    const hoversBefore = await driver.evaluate(
      () => (window as unknown as { hostileHovers: () => number[] }).hostileHovers().length,
      undefined,
    );
    await driver.hover(QUOTE);
    await pollUntil(
      () => driver.cardVisible(),
      (shown) => shown === true,
      5_000,
      20,
    );
    const text = (
      await pollUntil(
        async () => (await driver.cardText()) ?? '',
        (t) => knownLine.test(t) || t.includes('No earlier'),
        1_500,
        50,
      )
    ).value;
    cardKnown ||= knownLine.test(text);
    const after = await driver.evaluate(readSpy, undefined);
    const hovers = await driver.evaluate(
      () => (window as unknown as { hostileHovers: () => number[] }).hostileHovers(),
      undefined,
    );
    const hoverAt = hovers[hoversBefore];
    const hostChange = after.mutations
      .slice(before.mutations.length)
      .find((m) => m.target.startsWith('<onrecord-card'));
    if (hoverAt !== undefined && hostChange) delays.push(Math.round(hostChange.at - hoverAt));
    await closeCard(driver);
  }
  const report: SpyReport = await driver.evaluate(readSpy, undefined);
  return {
    log: report.mutations.map(({ at: _at, ...m }) => neutral(JSON.stringify(m))),
    foreign: neutral(JSON.stringify(report.foreign)),
    delays,
    cardKnown,
  };
}

describe.each(HOSTILE_BROWSERS)('what a page can learn about the library, in $name', ({ name, start }) => {
  const run = useProxiedBrowser(start);
  let known: Observed;
  let unknown: Observed;

  beforeAll(async () => {
    known = await observe(run.driver, `${run.server.url}hostile/oracle-known.html`, /Ukraine is no exception/);
    unknown = await observe(run.driver, `${run.server.url}hostile/oracle-unknown.html`, /Ukraine is no exception/);
    console.log(
      `[${name}] host change after hover (ms): known ${known.delays.join(', ')}; unknown ${unknown.delays.join(', ')}`,
    );
  }, 240_000);

  it('really differs for the reader: the card shows the library for Wang Yi only', () => {
    expect(known.cardKnown).toBe(true);
    expect(unknown.cardKnown).toBe(false);
  });

  it('gives the page the same DOM mutations, in the same order', () => {
    expect(known.log.length).toBeGreaterThan(0);
    expect(unknown.log).toEqual(known.log);
  });

  it('gives the page the same card host: tag, attributes, size, hit test', () => {
    expect(unknown.foreign).toBe(known.foreign);
  });

  it('changes the card host as fast whether the library knows the speaker or not', () => {
    expect(known.delays).toHaveLength(HOVERS);
    expect(unknown.delays).toHaveLength(HOVERS);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    // The host is shown after a fixed hover delay, before and whatever the library answers: any difference
    // left is timer noise, far below what a library lookup would add.
    expect(Math.abs(median(known.delays) - median(unknown.delays))).toBeLessThan(40);
  });

  it('makes no request beyond localhost', () => {
    expect(nonLocalRequests(run.proxy.requests)).toEqual([]);
  });
});
