import { describe, expect, it } from 'vitest';
import { openingCharacter, textLonger } from '@/lib/page/dom/subtree-text';

/** The element built from `html`, inside a div. */
function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

/** What the label test read before: the whole text, white space, one "[" and white space skipped. */
function openingByText(e: Element): string {
  const raw = e.textContent ?? '';
  let i = 0;
  while (i < raw.length && /\s/.test(raw[i] as string)) i++;
  if (raw[i] === '[') i++;
  while (i < raw.length && /\s/.test(raw[i] as string)) i++;
  return raw[i] ?? '';
}

describe('openingCharacter reads what the whole text opens with', () => {
  it.each([
    '<p>Related: <a href="#">a story</a></p>',
    '<p>  \n <b> [ </b><i> Read</i> more</p>',
    '<p>[[Read]]</p>',
    '<p>\u00a0\u2003\ufeffopinion</p>',
    '<p><!-- a comment --> watch</p>',
    '<p>   </p>',
    '',
    '<ul><li> <span></span> </li><li>more</li></ul>',
  ])('%j', (html) => {
    const e = el(html);
    expect(openingCharacter(e)).toBe(openingByText(e));
  });
});

describe('textLonger counts the text under an element up to a bound', () => {
  it.each([
    ['<p>abc</p><p>de</p>', 4, true],
    ['<p>abc</p><p>de</p>', 5, false],
    ['<div><div><span>ab</span></div>c</div><!-- not text -->', 2, true],
    ['', 0, false],
  ] as [string, number, boolean][])('%j over %d', (html, max, longer) => {
    const e = el(html);
    expect(textLonger(e, max)).toBe(longer);
    expect((e.textContent ?? '').length > max).toBe(longer);
  });
});
