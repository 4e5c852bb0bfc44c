import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '@/lib/page/dom/boilerplate';

const story = `<p>${'A sentence of the story, with words enough to count as running text. '.repeat(6)}</p>`.repeat(4);

/** The element with id "x" in a document built from `html`. */
function el(html: string): Element {
  document.body.innerHTML = html;
  return document.getElementById('x')!;
}

describe('furniture words are whole words of a class name', () => {
  it.each([
    [
      'a BEM element of a rail layout',
      '<div id="x" class="layout-with-rail__content-wrapper"><p>short</p></div>',
      false,
    ],
    ['the rail itself', '<div id="x" class="layout-with-rail__rail"><a href="#">Most read</a></div>', true],
    ['a BEM share element', '<div id="x" class="article__share"><span>x</span></div>', true],
    ['a comments container', '<div id="x" class="comments-container"><span>x</span></div>', true],
    ['a wrapper named after its rail', '<div id="x" class="page-rail-wrapper"><span>x</span></div>', false],
    ['a word inside another word', '<div id="x" class="trailer navy-blue"><span>x</span></div>', false],
    ['a modifier', '<div id="x" class="card--share"><span>x</span></div>', false],
  ])('%s: furniture %s', (_name, html, furniture) => {
    expect(isBoilerplate(el(html))).toBe(furniture);
  });
});

describe('the container of most of the page text is never furniture', () => {
  it.each([
    ['a layout with a rail', `<div id="x" class="layout-with-rail">${story}</div><aside>rail</aside>`],
    ['a speech transcript', `<div id="x" class="speech-transcript">${story}</div>`],
    ['an overlay story viewer', `<div id="x" class="story-overlay">${story}</div><p>Footer line.</p>`],
    [
      'a rail layout holding the story and a longer comment thread',
      `<div id="x" class="layout-with-rail">${story}<div id="comments">${`<div class="comment">${story}</div>`.repeat(3)}</div></div>`,
    ],
  ])('%s', (_name, html) => {
    expect(isBoilerplate(el(html))).toBe(false);
  });

  it.each([
    ['a page footer', `<div>${story.slice(0, 300)}</div><footer id="x">${story}</footer>`],
    ['a sidebar beside a longer story', `<div>${story}${story}</div><div id="x" class="sidebar">${story}</div>`],
    [
      'a comment thread longer than the story',
      `<div>${story}</div><section id="x" class="comments">${`<div class="comment">${story}</div>`.repeat(3)}</section>`,
    ],
  ])('%s stays furniture', (_name, html) => {
    expect(isBoilerplate(el(html))).toBe(true);
  });
});

describe('boxes that sell or point elsewhere are furniture, even with a quotation inside', () => {
  const testimonial = '<blockquote><p>“The best local paper there is,” says reader Ann Lee.</p></blockquote>';
  it.each([
    [
      'a paywall holding a reader testimonial',
      `<div>${story}</div><div id="x" class="paywall"><h2>Keep reading</h2>${testimonial}</div>`,
      true,
    ],
    [
      'a dialog overlay with a testimonial',
      `<div>${story}</div><div id="x" class="overlay" role="dialog">${testimonial}</div>`,
      true,
    ],
    [
      'a newsletter box with a testimonial',
      `<div>${story}</div><div id="x" class="newsletter-box">${testimonial}</div>`,
      true,
    ],
    [
      'a pull-quote aside still belongs to the article',
      `<div>${story}</div><aside id="x" class="sidebar">${testimonial}</aside>`,
      false,
    ],
    [
      'a press release media contact',
      `<div>${story}</div><div id="x" class="press-release__contact"><h3>Media contact</h3><p>Jo Pike</p></div>`,
      true,
    ],
    [
      'a WordPress related-posts block',
      `<div>${story}</div><div id="x" class="jp-relatedposts"><h3>Related</h3><p>In "News"</p></div>`,
      true,
    ],
    ['a contact-free story wrapper', `<div id="x" class="entry-content">${story}</div>`, false],
  ])('%s: furniture %s', (_name, html, furniture) => {
    expect(isBoilerplate(el(html))).toBe(furniture);
  });
});
