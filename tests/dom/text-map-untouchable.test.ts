import { describe, expect, it } from 'vitest';
import { buildTextMap } from '@/lib/page/dom/text-map';

describe('the article text leaves out what is never the article', () => {
  it.each([
    ['an editable region', '<div contenteditable="true">"Typed," said the reader.</div>'],
    ['a code block', '<pre><code>"Logged," said the program.</code></pre>'],
    ['inline code', '<p>Run <code>"x"</code> now.</p>'],
    ['a text box', '<div role="textbox">"Drafted," said the reader.</div>'],
    ['SVG text', '<svg><text>"Charted," said the figure.</text></svg>'],
  ])('%s', (_what, html) => {
    document.body.innerHTML = `<article><p>"We are ready," said Wang Yi.</p>${html}</article>`;
    const { text } = buildTextMap(document.querySelector('article')!);
    expect(text.startsWith('"We are ready," said Wang Yi.')).toBe(true);
    expect(text).not.toMatch(/Typed|Logged|"x"|Drafted|Charted/);
  });
});
