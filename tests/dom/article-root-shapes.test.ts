import { describe, expect, it } from 'vitest';
import { findArticleRoot, paragraphBlock } from '@/lib/page/dom/article-root';

const sentence = 'The council met on Tuesday, argued for hours, and voted late in the evening, as expected by all. ';

/** A document parsed from body markup. */
const parse = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

describe('paragraphBlock climbs the lone wrappers component pages put around each paragraph', () => {
  it.each([
    ['a plain story body', '<div id="b"><p id="p">x</p><p>y</p></div>', 'b'],
    [
      'two lone wrappers',
      '<div id="b"><div class="c1"><div class="c2"><p id="p">x</p></div></div><div>y</div></div>',
      'b',
    ],
    ['a lone wrapper under the body', '<div id="b"><p id="p">x</p></div>', 'b'],
  ])('%s', (_name, body, expected) => {
    const doc = parse(body);
    const p = doc.getElementById('p');
    expect(p && paragraphBlock(p)?.id).toBe(expected);
  });
});

describe('findArticleRoot on news templates', () => {
  it.each([
    ['every paragraph short', [90, 120, 80, 150, 110, 140, 160, 130, 120, 150]],
    ['one paragraph long, the others short', [90, 120, 80, 150, 110, 140, 160, 130, 120, 150, 230]],
  ])('takes all of a story whose paragraphs are text-blocks: %s', (_name, lengths) => {
    const block = (n: number) =>
      `<div data-component="text-block" class="sc-1"><p class="sc-2">${'Words of the story go here. '.repeat(9).slice(0, n)}</p></div>`;
    const doc = parse(
      `<nav><a href="/">Home</a></nav><article id="story"><h1>Headline</h1>${lengths.map(block).join('')}</article>`,
    );
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('takes the container of hashed-class wrappers, not the longest single paragraph', () => {
    const para = (n: number) =>
      `<div class="css-a${n}"><div class="css-b${n}"><p>${sentence.repeat(n % 3 === 0 ? 3 : 2)}</p></div></div>`;
    const doc = parse(
      `<div class="css-top"><div class="css-body" id="story">${[1, 2, 3, 4, 5, 6].map(para).join('')}</div>` +
        `<div class="css-side"><p>${sentence}</p></div></div>`,
    );
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('takes the container of paragraphs drawn as divs of text, with no <p> at all', () => {
    const para = (n: number) =>
      `<div class="css-a${n}"><div class="css-t${n}">${sentence.repeat(2)}<b>x</b></div></div>`;
    const doc = parse(
      `<div class="css-top"><div class="css-nav"><a href="/">Home</a></div><div class="css-body" id="story">${[1, 2, 3, 4, 5].map(para).join('')}</div>` +
        `<div class="css-side"><p>${sentence.repeat(2)}</p></div></div>`,
    );
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('takes every post of a live blog, not the longest post', () => {
    const post = (n: number) =>
      `<article class="post"><time>0${n}:00</time><div class="post-body"><p>${sentence.repeat(n === 3 ? 4 : 2)}</p></div></article>`;
    const doc = parse(`<main><div id="posts">${[1, 2, 3, 4, 5, 6, 7, 8].map(post).join('')}</div></main>`);
    expect(findArticleRoot(doc).id).toBe('posts');
  });

  it('keeps a single <article> whose page holds no other story text', () => {
    const doc = parse(
      `<main><article id="story"><h1>Title</h1><div class="body">${`<p>${sentence.repeat(2)}</p>`.repeat(5)}</div></article>` +
        `<section class="more"><article><h3><a href="/a">Another story</a></h3></article></section></main>`,
    );
    expect(findArticleRoot(doc).id).toBe('story');
  });
});
