import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '@/lib/page/dom/article-root';

const sentence = 'The council met on Tuesday, argued for hours, and voted late in the evening, as expected by all. ';

/** Counts the reads of each paragraph's text while the root search runs. */
function countReads(doc: Document): Map<string, number> {
  const reads = new Map<string, number>();
  for (const p of Array.from(doc.querySelectorAll('p[id]'))) {
    const text = p.textContent;
    Object.defineProperty(p, 'textContent', {
      get: () => {
        reads.set(p.id, (reads.get(p.id) ?? 0) + 1);
        return text;
      },
    });
  }
  return reads;
}

describe('the article root search reads each paragraph once per purpose', () => {
  it.each([
    ['an article under its headline', '<div><h1>Title</h1><article id="a">{P}</article></div>'],
    ['two articles, the story in the longer', '<div><h1>Title</h1><article>{p}</article><article>{P}</article></div>'],
    ['sections of prose side by side', '<div><h1>Title</h1><section>{P}</section><section>{P2}</section></div>'],
  ])('%s', (_name, shape) => {
    const paras = (prefix: string) =>
      [1, 2, 3, 4].map((n) => `<p id="${prefix}${n}">${sentence.repeat(n)}</p>`).join('');
    const body = shape.replace('{P2}', paras('s')).replace('{P}', paras('p')).replace('{p}', '<p>Teaser.</p>');
    const doc = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
    const reads = countReads(doc);
    const root = findArticleRoot(doc);
    expect(root.contains(doc.getElementById('p1'))).toBe(true);
    // Once to score it as a paragraph of the page, once to measure it for every candidate holding it.
    for (const [id, n] of reads) expect([id, n]).toEqual([id, Math.min(n, 2)]);
  });
});
