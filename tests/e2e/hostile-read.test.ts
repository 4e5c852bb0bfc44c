/**
 * A page that tries to read the card (tests/fixtures/pages/hostile/read.html with spy.js): it records its DOM's
 * mutations, patches the prototypes an extension might call, opens every shadow root it can reach, measures
 * whatever is appended to <html>, reads its resource timings, and knocks on every frame (reads it, posts
 * card-like messages to it, hands it a MessagePort). After the reader opens the card, nothing it gathered holds
 * anything from the library or the card's address, the card still works, the page still works, and no request
 * left the machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { probeLeaks } from '@/scripts/support/page-probes';
import { nonLocalRequests } from '@/scripts/support/proxy';
import { closeCard, HOSTILE_BROWSERS, openCard, openMarked, readSpy, type SpyReport } from './hostile-support';
import { libraryOnlyLines } from './support/browsers';
import { useProxiedBrowser } from './support/extension-browser';

const QUOTE = '[data-onrecord="quote"]';
const MUNICH = 'Ukraine is no exception';

describe.each(HOSTILE_BROWSERS)('a page that tries to read the card, in $name', ({ start }) => {
  const run = useProxiedBrowser(start);
  let cardText = '';
  let cardHref = '';
  let report: SpyReport;
  let library: string[] = [];

  beforeAll(async () => {
    await openMarked(run.driver, `${run.server.url}hostile/read.html`);
    cardText = await openCard(run.driver, QUOTE, MUNICH);
    cardHref = (await run.driver.inCard(() => location.href)) ?? '';
    // Let the page knock on every frame a few more times while the card is open.
    await new Promise((resolve) => setTimeout(resolve, 500));
    report = await run.driver.evaluate(readSpy, undefined);
    const { pristineText } = await run.driver.evaluate(probeLeaks, []);
    library = libraryOnlyLines(cardText, pristineText);
  });

  const gathered = () =>
    [
      ...report.mutations.map((m) => JSON.stringify(m)),
      ...report.calls,
      ...report.messages,
      ...report.shadows,
      ...report.frameProbes,
      ...report.replies,
      ...report.resources,
      ...report.foreign.map((f) => JSON.stringify(f)),
    ].join('\n');

  it('shows the card with what only the library holds', () => {
    expect(cardText).toContain(MUNICH);
    expect(library.length).toBeGreaterThan(0);
    expect(cardHref).toMatch(/card\.html#[0-9a-f]{16,}$/);
  });

  it('lets the page gather no line of the library', () => {
    const all = gathered();
    expect(library.filter((line) => all.includes(line))).toEqual([]);
  });

  it("never lets the page learn the card's address or nonce", () => {
    const nonce = cardHref.split('#')[1] ?? '';
    const all = gathered();
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(all).not.toContain(nonce);
    expect(all).not.toMatch(/card\.html|-extension:\/\//);
  });

  it('gives the page no shadow root, frame element or frame document to open', () => {
    expect(report.shadows).toEqual([]);
    expect(report.iframesInDocument).toBe(0);
    expect(report.foreign.length).toBeGreaterThan(0);
    for (const f of report.foreign) {
      expect(f.shadowRoot).toBeNull();
      expect(f.html).toBe('');
      expect(f.text).toBe('');
      expect(f.iframesBelow).toBe(0);
    }
    expect(report.frameProbes.filter((p) => !p.startsWith('blocked:'))).toEqual([]);
  });

  it('calls none of the prototypes the page patched, and answers no message the page posts', () => {
    expect(report.calls.filter((c) => /onrecord|iframe|attachShadow/i.test(c))).toEqual([]);
    expect(report.replies).toEqual([]);
    expect(report.messages).toEqual([]);
  });

  it('keeps the card working after the page posted card messages to every frame', async () => {
    await run.driver.hoverAway();
    const text = await openCard(run.driver, QUOTE, MUNICH);
    expect(text).toContain(MUNICH);
  });

  it('keeps the page working: its own button still takes a real click', async () => {
    await closeCard(run.driver);
    await run.driver.click('#page-button');
    expect((await run.driver.evaluate(readSpy, undefined)).clicks).toBe(1);
  });

  // WXT stops an older copy of the content script when a newer one announces itself with a DOM event named
  // after the extension's (public) id. A page can send that event too, on the document or bubbling up from
  // anywhere in it; a copy whose extension is alive ignores it, so OnRecord stays on.
  it('stays on when the page impersonates a newer copy of the content script', async () => {
    await closeCard(run.driver);
    const before = await run.driver.evaluate(
      () => document.querySelectorAll('[data-onrecord="quote"]').length,
      undefined,
    );
    expect(before).toBeGreaterThan(0);
    await run.driver.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      document.body.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
    }, run.driver.extensionId);
    const { value } = await pollUntil(
      () => run.driver.evaluate(() => document.querySelectorAll('[data-onrecord="quote"]').length, undefined),
      (n) => n !== before,
      1_500,
      50,
    );
    expect(value).toBe(before);
    expect(await openCard(run.driver, QUOTE, MUNICH)).toContain(MUNICH);
  });

  it('makes no request beyond localhost', () => {
    expect(run.proxy.requests.some((r) => r.target.includes('read.html'))).toBe(true);
    expect(nonLocalRequests(run.proxy.requests)).toEqual([]);
  });
});
