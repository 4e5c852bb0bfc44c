import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '@/lib/page/dom/analyze';
import { MARK_LIMITS, splitIntoChunks, splitOnce, unreadable, withQuotePrefix } from '@/lib/page/dom/chunks';
import { isHugePage, quickArticleRoot } from '@/lib/page/dom/huge-page';

const post = (i: number) => `<div class="post" id="post-${i}"><p>${'Words of a post. '.repeat(10)}</p></div>`;

describe('splitting long articles', () => {
  it('keeps an article of ordinary length whole', () => {
    document.body.innerHTML = `<main>${post(1)}${post(2)}</main>`;
    const main = document.querySelector('main')!;
    expect(splitIntoChunks(main)).toEqual([main]);
    expect(splitOnce(main, 100_000)).toBeNull();
  });

  it('splits a long one into parts under the limit, in document order', () => {
    document.body.innerHTML = `<main><h1>Live</h1><div id="feed">${Array.from({ length: 40 }, (_, i) => post(i)).join('')}</div></main>`;
    const main = document.querySelector('main')!;
    const chunks = splitIntoChunks(main, { whole: 2000, part: 500 });
    expect(chunks[0]!.tagName).toBe('H1');
    expect(chunks.slice(1).map((c) => c.id)).toEqual(Array.from({ length: 40 }, (_, i) => `post-${i}`));
    for (const c of chunks) expect(c.textContent!.length).toBeLessThanOrEqual(500);
  });

  it.each([102, 150, 200, 260])(
    'splits a short root holding %i quotation marks rather than leaving it unread',
    (marks) => {
      // Paragraphs of two marks each, short enough that only the marks can make the root too much to read whole.
      const paras = Array.from({ length: marks / 2 }, (_, i) => `<p>"Line ${i}," said Ann Lee.</p>`).join('');
      document.body.innerHTML = `<article>${paras}</article>`;
      const article = document.querySelector('article')!;
      expect(unreadable(article)).toBe(true);
      const children = splitOnce(article, 100_000);
      expect(children).not.toBeNull();
      const chunks = splitIntoChunks(article);
      expect(chunks.length).toBeGreaterThan(1);
      for (const chunk of chunks) expect(unreadable(chunk)).toBe(false);
    },
  );

  it(`reads a root of up to ${MARK_LIMITS.piece} quotation marks whole`, () => {
    const paras = Array.from({ length: MARK_LIMITS.piece / 2 }, (_, i) => `<p>"Line ${i}," said Ann Lee.</p>`);
    document.body.innerHTML = `<article>${paras.join('')}</article>`;
    const article = document.querySelector('article')!;
    expect(splitOnce(article, 100_000)).toBeNull();
    expect(unreadable(article)).toBe(false);
  });

  it('prefixes every quote id and leaves the rest of the analysis alone', () => {
    const analysis = {
      text: 't',
      root: document.body,
      piecesFor: () => [],
      detection: {
        quotes: [{ id: 'q0', text: 'x', kind: 'direct', speaker: null, speakerMention: null, start: 0, end: 1 }],
        people: [],
      },
    } as PageAnalysis;
    const renamed = withQuotePrefix(analysis, 'p3-');
    expect(renamed.detection.quotes.map((q) => q.id)).toEqual(['p3-q0']);
    expect(analysis.detection.quotes[0]!.id).toBe('q0');
    expect(renamed.root).toBe(analysis.root);
  });
});

describe('huge pages', () => {
  it.each([
    ['<main id="r"></main><aside></aside>', 'r'],
    ['<div itemprop="articleBody" id="r"></div><main></main>', 'r'],
    ['<article id="r"></article>', 'r'],
    ['<article></article><article></article>', ''],
  ])('%s -> the root #%s (else the body)', (html, id) => {
    document.body.innerHTML = html;
    const root = quickArticleRoot(document);
    expect(id ? root.id : root.tagName).toBe(id || 'BODY');
  });

  it('counts a page as huge by its number of elements', () => {
    document.body.innerHTML = '<p></p>'.repeat(50);
    expect(isHugePage(document, 40)).toBe(true);
    expect(isHugePage(document, 100)).toBe(false);
  });
});
