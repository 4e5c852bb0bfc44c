/**
 * A page whose quotes and names carry markup and script as text (`<img onerror>`, `<script>`, `<svg onload>`,
 * `javascript:` links inside a quote; tests/fixtures/pages/hostile/inject.html). OnRecord must show all of it
 * as text: no element is made from it in the page or in the card, no `javascript:` link reaches the card, and
 * nothing runs (the page's `pwn()` is never called, in the page or the card).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { nonLocalRequests } from '@/scripts/support/proxy';
import { closeCard, HOSTILE_BROWSERS, openMarked, readSpy } from './hostile-support';
import { useProxiedBrowser } from './support/extension-browser';

/** Elements that load or run something; the extension's own <style> for highlights is not among them. */
const ACTIVE = /^<(img|script|svg|iframe|object|embed|frame|link|meta|base|form|a\s[^>]*javascript)/i;

/** What the card frame holds: active elements, links and whether anything ran there. */
const cardProbe = () => ({
  active: Array.from(document.body.querySelectorAll('img, script, svg, iframe, object, embed, frame, base, form')).map(
    (el) => el.outerHTML,
  ),
  hrefs: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? ''),
  handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
    el.getAttributeNames().filter((n) => n.startsWith('on')),
  ),
  pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
});

/**
 * A point on a quote's own text, with the quote's whole text. Quotes nest here ('quote-img' inside Wang's
 * quote), and the card rightly opens for the innermost quote under the pointer, so the centre of an outer
 * quote's box (where a plain hover goes) can open an inner quote's card: on an 800-pixel-wide page it does.
 */
const quoteTarget = (id: string) => {
  const pieces = Array.from(document.querySelectorAll(`[data-onrecord="quote"][data-onrecord-id="${id}"]`));
  const text = pieces.map((piece) => piece.textContent ?? '').join('');
  for (const piece of pieces) {
    piece.scrollIntoView({ block: 'center' });
    for (const node of Array.from(piece.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const chars = node.textContent ?? '';
      for (let i = 0; i < chars.length; i++) {
        if (!/\S/.test(chars[i] ?? '')) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        if (box.width > 0 && document.elementFromPoint(x, y) === piece) return { text, x, y };
      }
    }
  }
  return { text, x: -1, y: -1 };
};

/** Whitespace-insensitive text, since the card lays the quote out in its own lines. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the page holds: elements it did not write and whether anything ran. */
const pageProbe = () => ({
  pwned: (window as unknown as { __pwned: string[] }).__pwned,
  hash: location.hash,
});

describe.each(HOSTILE_BROWSERS)('markup in quotes and names, in $name', ({ start }) => {
  const run = useProxiedBrowser(start);
  const cards: { text: string; probe: ReturnType<typeof cardProbe> | null }[] = [];

  beforeAll(async () => {
    await openMarked(run.driver, `${run.server.url}hostile/inject.html`);
    const ids = await run.driver.evaluate(
      () =>
        Array.from(
          new Set(
            Array.from(document.querySelectorAll('[data-onrecord="quote"]'), (el) =>
              el.getAttribute('data-onrecord-id'),
            ),
          ),
        ),
      undefined,
    );
    for (const id of ids) {
      if (!id) continue;
      await closeCard(run.driver);
      const target = await run.driver.evaluate(quoteTarget, id);
      expect(target.x, `no point on the text of quote ${id} alone`).toBeGreaterThanOrEqual(0);
      await run.driver.hoverAt(target.x, target.y);
      // The card for this very quote, not the one it showed before or a quote nested in it.
      const { value: shown } = await pollUntil(
        async () => ({
          text: (await run.driver.cardText()) ?? '',
          quote: await run.driver.inCard(() => document.getElementById('card-quote')?.textContent ?? null),
        }),
        (card) => squash(card.quote ?? '') === squash(target.text) && !card.text.includes('Looking in your library'),
        10_000,
        50,
      );
      cards.push({ text: shown.text, probe: await run.driver.inCard(cardProbe) });
    }
  });

  it('marks the quotes that carry markup and opens a card for each', () => {
    expect(cards.length).toBeGreaterThanOrEqual(3);
    const all = cards.map((c) => c.text).join('\n');
    expect(all).toContain("onerror=pwn('quote-img')");
    expect(all).toContain("<script>pwn('quote-script')</script>");
  });

  it('makes no element, link or handler from them in the card', () => {
    for (const { probe } of cards) {
      expect(probe).not.toBeNull();
      expect(probe?.active).toEqual([]);
      expect(probe?.hrefs.filter((h) => !/^https?:\/\//i.test(h))).toEqual([]);
      expect(probe?.handlers).toEqual([]);
      expect(probe?.pwned).toBeNull();
    }
  });

  it('adds no active element to the page and runs nothing there', async () => {
    const after = await run.driver.evaluate(pageProbe, undefined);
    expect(after.pwned).toEqual([]);
    expect(after.hash).toBe('');
    const report = await run.driver.evaluate(readSpy, undefined);
    expect(report.loadedAt).not.toBeNull();
    const added = report.mutations
      .filter((m) => m.at > (report.loadedAt ?? 0))
      .flatMap((m) => m.added)
      .filter((html) => ACTIVE.test(html));
    // The highlights really went in, pieces of the quotes' text among them, so the check above saw them.
    expect(report.mutations.some((m) => m.added.some((h) => h.includes("onerror=pwn('quote-img')")))).toBe(true);
    expect(added).toEqual([]);
  });

  it('makes no request beyond localhost', () => {
    expect(nonLocalRequests(run.proxy.requests)).toEqual([]);
  });
});
