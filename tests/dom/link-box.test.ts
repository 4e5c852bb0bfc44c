import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '@/lib/page/dom/boilerplate';

const el = (html: string): Element => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('link boxes', () => {
  const long = 'Words of the article that run on. '.repeat(70);
  it.each([
    [
      'a related-story card, mostly links',
      '<div><a href="/a">Senate passes the budget after a long night</a></div>',
      true,
    ],
    ['a short box ending "read more"', '<div>The council met on Monday. Read more</div>', true],
    ['a box with a paragraph', '<div><p><a href="/a">Senate passes the budget after a long night</a></p></div>', false],
    ['a box of plain words', '<div>The council met on Monday and voted.</div>', false],
    ['a long box of links', `<div><a href="/a">${long}</a></div>`, false],
    ['a long box deep inside', `<section><div><span><a href="/a">${long}</a></span></div></section>`, false],
    [
      'a labelled teaser paragraph',
      '<p>Related: <a href="/a">Senate passes the budget after a long night</a></p>',
      true,
    ],
    ['a paragraph with a link but no label', '<p>He said <a href="/a">the budget would pass</a> on Monday.</p>', false],
    ['a labelled paragraph without a link', '<p>Read more: the budget would pass on Monday.</p>', false],
    ['a list item, labelled, linked', '<li>See also: <a href="/b">Rail lines along the coast</a></li>', true],
    ['a bracketed label after white space', '<p>\n  [ Read: <a href="/a">Senate passes the budget</a>]</p>', true],
    ['a label in capitals', '<p>OPINION | <a href="/a">Senate passes the budget after a long night</a></p>', true],
    ['a label in a link of its own', '<p><a href="/r">Watch</a> - <a href="/a">Senate passes the budget</a></p>', true],
    [
      'a linked paragraph opening with another word',
      '<p>Markets: <a href="/a">Senate passes the budget</a></p>',
      false,
    ],
    ['a linked paragraph opening with a bracket only', '<p>[<a href="/a">Senate passes the budget</a>]</p>', false],
  ])('%s: %s', (_what, html, expected) => {
    expect(isBoilerplate(el(html))).toBe(expected);
  });
});
