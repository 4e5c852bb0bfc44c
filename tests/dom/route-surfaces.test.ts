import { describe, expect, it } from 'vitest';
import { clearLeftovers } from '@/lib/page/dom/leftovers';
import { injectStyle, openShadowRoots, STYLE_ATTR, shadowArticle } from '@/lib/page/dom/surfaces';
import { isNewPage } from '@/lib/page/route';
import { mergePeople } from '@/lib/page/session';

describe('isNewPage', () => {
  it.each([
    ['https://n.test/a', 'https://n.test/b', true],
    ['https://n.test/a?story=1', 'https://n.test/a?story=2', true],
    ['https://n.test/a', 'https://n.test/a#comments', false],
    ['https://n.test/a#top', 'https://n.test/a#end', false],
    ['https://n.test/a', 'https://other.test/a', true],
  ])('%s -> %s: %s', (from, to, expected) => {
    expect(isNewPage(from, to)).toBe(expected);
  });
});

describe('shadow roots', () => {
  it('finds open shadow roots, nested ones too, but not closed ones', () => {
    document.body.innerHTML = '<x-outer></x-outer><x-closed></x-closed>';
    const outer = document.querySelector('x-outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<x-inner></x-inner>';
    const inner = outer.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    document.querySelector('x-closed')!.attachShadow({ mode: 'closed' });
    expect(openShadowRoots(document)).toEqual([outer, inner]);
  });

  it('on huge pages asks only custom elements at the top level, nested roots still found', () => {
    document.body.innerHTML = '<x-outer></x-outer><div id="plain"></div>';
    const outer = document.querySelector('x-outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<div id="inner-host"></div>';
    const inner = outer.querySelector('#inner-host')!.attachShadow({ mode: 'open' });
    const plain = document.getElementById('plain')!.attachShadow({ mode: 'open' });
    expect(openShadowRoots(document, true)).toEqual([outer, inner]);
    expect(openShadowRoots(document)).toEqual([outer, inner, plain]);
  });

  it('takes the article of a shadow root only when it holds running text', () => {
    document.body.innerHTML = '<x-story></x-story>';
    const shadow = document.querySelector('x-story')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<style>p{}</style><article><p>Short.</p></article>';
    expect(shadowArticle(shadow)).toBeNull();
    shadow.querySelector('p')!.textContent = 'A sentence of the story. '.repeat(12);
    expect(shadowArticle(shadow)).toBe(shadow.querySelector('article'));
  });

  it('injects the highlight style and takes it out again', () => {
    document.body.innerHTML = '<x-story></x-story>';
    const shadow = document.querySelector('x-story')!.attachShadow({ mode: 'open' });
    const remove = injectStyle(shadow, 'onrecord-mark{color:red}');
    expect(shadow.querySelector(`style[${STYLE_ATTR}]`)?.textContent).toBe('onrecord-mark{color:red}');
    remove();
    expect(shadow.querySelector('style')).toBeNull();
  });
});

describe('clearLeftovers', () => {
  it('removes marks, card hosts and styles an earlier copy left, in shadow roots too', () => {
    document.body.innerHTML =
      '<p>"Hi," <onrecord-mark data-onrecord="quote">she</onrecord-mark> said.</p><onrecord-card></onrecord-card><x-s></x-s>';
    const shadow = document.querySelector('x-s')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<style ${STYLE_ATTR}></style><p><onrecord-mark data-onrecord="person">Wang</onrecord-mark></p>`;
    expect(clearLeftovers(document)).toBe(true);
    expect(document.body.innerHTML).not.toContain('onrecord');
    expect(document.querySelector('p')!.textContent).toBe('"Hi," she said.');
    expect(shadow.innerHTML).toBe('<p>Wang</p>');
    expect(clearLeftovers(document)).toBe(false);
  });
});

describe('mergePeople', () => {
  it('joins the same person from several parts, keeping the first role and every alias', () => {
    const merged = mergePeople([
      [{ name: 'Wang Yi', role: null, aliases: ['Wang'], kind: 'person' }],
      [
        { name: 'Wang Yi', role: 'Foreign Minister', aliases: ['Wang', 'Mr Wang'], kind: 'person' },
        { name: 'Hua Chunying', role: null, aliases: [], kind: 'person' },
      ],
    ]);
    expect(merged).toEqual([
      { name: 'Wang Yi', role: 'Foreign Minister', aliases: ['Wang', 'Mr Wang'], kind: 'person' },
      { name: 'Hua Chunying', role: null, aliases: [], kind: 'person' },
    ]);
  });
});
