/**
 * Quote text and names come from pages we do not trust, and statements from packs a reader imported: the
 * card must show markup and script in them as text, and never make a link of anything but http(s).
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { QuoteCard } from '@/components/card/QuoteCard';
import type { CardData, CardStatement } from '@/lib/core/protocol';
import { freshRoot } from '@/tests/support/render-root';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
];

const statement = (text: string, url: string): CardStatement => ({
  id: 's1',
  text,
  date: '2022-02-19',
  venue: text,
  sources: [{ url, outlet: text, title: text }],
  relation: { type: 'contradicts', note: text, labelledBy: text },
});

const cardWith = (payload: string, url: string): CardData => ({
  quote: { id: 'q1', text: payload, kind: 'direct', speaker: payload, prefix: payload, suffix: payload },
  page: { url: 'https://hostile.example/', title: payload, outlet: payload, publishedAt: null },
  speaker: payload,
  role: { title: payload, from: 'page' },
  known: true,
  candidates: [payload, `${payload} 2`],
  onRecord: statement(payload, url),
  earlier: [statement(payload, url)],
  altered: {
    statement: statement(payload, url),
    ops: [{ type: 'replace', from: [payload], to: [payload], elision: false }],
  },
  recycled: { statement: statement(payload, url), saidOn: '2019-01-01', daysEarlier: 1000 },
  suggestions: [{ statement: statement(payload, url), reason: payload, earlierExcerpt: payload }],
});

describe('the card with hostile text', () => {
  let host: HTMLElement;
  beforeEach(() => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    return freshRoot((el) => (host = el));
  });

  it.each(PAYLOADS)('shows %s as text, creating no element from it', (payload) => {
    render(
      <QuoteCard data={cardWith(payload, 'https://example.org/a')} onOpenManager={() => {}} onClose={() => {}} />,
      host,
    );
    expect(host.textContent).toContain(payload);
    expect(host.querySelectorAll('img, script, svg, iframe, object, embed').length).toBe(0);
    expect(
      Array.from(host.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
    ).toEqual([]);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each([
    'javascript:window.__pwned=1',
    'JaVaScRiPt:window.__pwned=1',
    ' javascript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'vbscript:msgbox(1)',
  ])('never makes a link of the source %s', (url) => {
    render(<QuoteCard data={cardWith('words', url)} onOpenManager={() => {}} onClose={() => {}} />, host);
    const hrefs = Array.from(host.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !/^https?:\/\//i.test(h))).toEqual([]);
  });

  it('links an http(s) source, opening it without giving it the card', () => {
    render(
      <QuoteCard data={cardWith('words', 'https://example.org/a')} onOpenManager={() => {}} onClose={() => {}} />,
      host,
    );
    const link = host.querySelector('a[href^="https://example.org/a#:~:text="]');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(link?.getAttribute('rel')).toContain('noreferrer');
  });
});
