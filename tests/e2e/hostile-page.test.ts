/**
 * A page that spies on itself (tests/fixtures/pages/hostile.html): it records every node and attribute that
 * enters its DOM, every shadow root made through its own prototypes and every message posted to it, and tries
 * to read every frame. After the reader opens the card there, none of what the page gathered may contain
 * anything from the library.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil, type StoryDriver } from '@/scripts/support/driver';
import { probeLeaks } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { libraryOnlyLines, STORY_BROWSERS } from './support/browsers';

/** What the hostile page's own script collected (see the fixture). */
interface HostileReport {
  seen: string;
  shadows: string[];
  messages: string[];
  frames: string[];
  hostShadowRoots: string[];
}

const readReport = () => (window as unknown as { hostileReport: () => HostileReport }).hostileReport();

describe.each(STORY_BROWSERS)('a hostile page in $name', ({ start }) => {
  let server: StaticServer;
  let driver: StoryDriver;
  let cardText = '';

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await start();
    await driver.open(`${server.url}hostile.html`);
    await pollUntil(
      () => driver.evaluate(() => document.querySelectorAll('[data-onrecord="quote"]').length, undefined),
      (n) => n > 0,
      15_000,
    );
    await driver.hover('[data-onrecord="quote"]');
    cardText =
      (
        await pollUntil(
          async () => (await driver.cardText()) ?? '',
          (t) => t.includes('Ukraine is no exception'),
          10_000,
        )
      ).value ?? '';
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('still shows the card with the library statement', () => {
    expect(cardText).toContain('Ukraine is no exception');
  });

  it('lets the page gather nothing from the library', async () => {
    const { pristineText } = await driver.evaluate(probeLeaks, []);
    const library = libraryOnlyLines(cardText, pristineText);
    expect(library.length, `card text:\n${cardText}`).toBeGreaterThan(0);
    const report = await driver.evaluate(readReport, undefined);
    const gathered = [report.seen, ...report.shadows, ...report.messages, ...report.frames, ...report.hostShadowRoots];
    expect(library.filter((line) => gathered.some((g) => g.includes(line)))).toEqual([]);
  });

  it('gives the page no shadow root or frame document to open', async () => {
    const report = await driver.evaluate(readReport, undefined);
    expect(report.shadows).toEqual([]);
    expect(report.hostShadowRoots).toEqual([]);
    expect(report.frames.filter((f) => !f.startsWith('blocked:'))).toEqual([]);
  });
});
