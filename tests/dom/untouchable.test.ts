import { describe, expect, it } from 'vitest';
import { insideUntouchable, isUntouchable } from '@/lib/page/dom/untouchable';

describe('insideUntouchable', () => {
  it.each([
    ['<div contenteditable="true"><p>x</p></div>', true],
    ['<div contenteditable=""><p>x</p></div>', true],
    ['<div contenteditable="plaintext-only"><p>x</p></div>', true],
    ['<div contenteditable="false"><p>x</p></div>', false],
    ['<pre><span>x</span></pre>', true],
    ['<p><code>x</code></p>', true],
    ['<p><kbd>x</kbd></p>', true],
    ['<div role="textbox"><p>x</p></div>', true],
    ['<svg><text>x</text></svg>', true],
    ['<math><mi>x</mi></math>', true],
    ['<p><em>x</em></p>', false],
    ['<blockquote><p>x</p></blockquote>', false],
  ])('%s -> %s', (html, expected) => {
    document.body.innerHTML = html;
    const deepest = [...document.body.querySelectorAll('*')].at(-1)!;
    const text = deepest.firstChild ?? deepest;
    expect(insideUntouchable(text)).toBe(expected);
    // The outermost element alone decides the same, for walkers that prune whole subtrees.
    expect(isUntouchable(document.body.firstElementChild!)).toBe(expected && !html.startsWith('<p>'));
  });

  it('treats a whole document in design mode as untouchable', () => {
    document.body.innerHTML = '<p>x</p>';
    document.designMode = 'on';
    try {
      expect(insideUntouchable(document.querySelector('p')!.firstChild!)).toBe(true);
    } finally {
      document.designMode = 'off';
    }
  });
});
