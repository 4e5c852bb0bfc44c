import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/page/dom/analyze';

// Fragments of real and broken markup: unclosed tags, stray closers, hidden parts, quotes split by tags.
const fragment = fc.constantFrom(
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<em>',
  '</em>',
  '<a href="#">',
  '</a>',
  '<br>',
  '<blockquote>',
  '</blockquote>',
  '<span hidden>',
  '<span aria-hidden="true">',
  '</span>',
  '<nav>',
  '</nav>',
  '<template>',
  '</template>',
  '<script>',
  '</script>',
  '<article>',
  '</article>',
  '<aside class="related">',
  '</aside>',
  '<!--',
  '-->',
  '<p style="display:none">',
  '"',
  '\u201c',
  '\u201d',
  "'",
  '\u2019',
  ' said Wang.',
  ' Mr. Lee told reporters',
  ' We will win',
  ' &amp; ',
  '&quot;',
  ' text ',
  '\n',
  '<h1>Title</h1>',
  '<table><tr><td>',
  '</td></tr></table>',
  '<<',
  '>',
);
const html = fc.array(fragment, { maxLength: 60 }).map((parts) => `<html><body>${parts.join('')}</body></html>`);

describe('analyzePage on random and malformed HTML', () => {
  it('never throws, and every quote maps to DOM pieces inside their nodes that spell it', () => {
    fc.assert(
      fc.property(html, (source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const page = analyzePage(doc);
        for (const q of page.detection.quotes) {
          expect(q.text).toBe(page.text.slice(q.start, q.end));
          const pieces = page.piecesFor(q);
          for (const p of pieces) {
            expect(p.start).toBeGreaterThanOrEqual(0);
            expect(p.end).toBeLessThanOrEqual(p.node.data.length);
            expect(p.start).toBeLessThan(p.end);
          }
          const spelled = pieces.map((p) => p.node.data.slice(p.start, p.end)).join('');
          // Block breaks exist only in the text, so compare without whitespace.
          expect(spelled.replace(/\s+/g, '')).toBe(q.text.replace(/\s+/g, ''));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('analyzePage on pathological pages', () => {
  it('does not throw on a tree thousands of levels deep', () => {
    const depth = 6000;
    const source = `<body>${'<div>'.repeat(depth)}<p>"We will win," said Mayor Ann Cole.</p>${'</div>'.repeat(depth)}</body>`;
    const doc = new DOMParser().parseFromString(source, 'text/html');
    expect(() => analyzePage(doc)).not.toThrow();
  });
});
