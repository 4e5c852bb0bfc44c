import { beforeEach, describe, expect, it } from 'vitest';
import { applyMarks, findMarks, type MarkSpec, removeHighlights } from '@/lib/page/dom/highlight';

const quoteAttrs = (id: string) => ({ 'data-onrecord': 'quote', 'data-onrecord-id': id, 'data-onrecord-speaker': '' });
/** A spec covering `words` inside the first text node of `el`. */
function spec(el: Element, words: string, id: string): MarkSpec {
  const node = [...el.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.includes(words)) as Text;
  const start = node.data.indexOf(words);
  return { attrs: quoteAttrs(id), pieces: [{ node, start, end: start + words.length }] };
}

describe('highlighting on real-world pages', () => {
  beforeEach(() => {
    document.body.innerHTML = `<p id="p">"We are ready," she said.</p>
<div contenteditable="true" id="ed">"We are ready," she said.</div>
<pre id="pre">"We are ready," she said.</pre>
<svg><text id="svg">"We are ready," she said.</text></svg>`;
  });

  it.each(['ed', 'pre', 'svg'])('never wraps text inside #%s', (id) => {
    const el = document.getElementById(id)!;
    const before = el.innerHTML;
    expect(applyMarks(document, [spec(el, 'We are ready,', 'q1')])).toEqual([]);
    expect(el.innerHTML).toBe(before);
  });

  it('never draws a highlight twice over text an earlier call highlighted', () => {
    const p = document.getElementById('p')!;
    const first = spec(p, 'We are ready,', 'q1');
    expect(applyMarks(document, [first])).toHaveLength(1);
    const inner = p.querySelector('onrecord-mark')!.firstChild as Text;
    const again: MarkSpec = { attrs: quoteAttrs('p2-q1'), pieces: [{ node: inner, start: 0, end: inner.length }] };
    expect(applyMarks(document, [again])).toEqual([]);
    expect(findMarks(document)).toHaveLength(1);
  });

  it('gives the page back its own text node, and leaves its other text nodes apart', () => {
    const p = document.getElementById('p')!;
    const original = p.firstChild as Text;
    p.append(document.createTextNode(' A second node of the page.'));
    applyMarks(document, [spec(p, 'We are ready,', 'q1')]);
    expect(p.childNodes.length).toBeGreaterThan(2);
    removeHighlights(document);
    expect(p.firstChild).toBe(original);
    expect(original.data).toBe('"We are ready," she said.');
    expect(p.childNodes).toHaveLength(2);
  });

  it('removes only the marks it is given', () => {
    const p = document.getElementById('p')!;
    const [ready] = applyMarks(document, [spec(p, 'We are ready,', 'q1')]);
    const [said] = applyMarks(document, [spec(p, 'she said', 'q2')]);
    removeHighlights(document, [ready!]);
    expect(findMarks(document)).toEqual([said]);
  });

  it.each([
    ['a quote inside the node', '"We are ready," she said.', 'We are ready,'],
    ['a quote at the start of the node', 'We are ready, she said today.', 'We are ready'],
  ])('drops stale pieces when the page rewrites its own node in place (%s)', (_case, text, words) => {
    document.body.innerHTML = `<p id="p">${text}</p>`;
    const p = document.getElementById('p')!;
    const original = p.firstChild as Text;
    applyMarks(document, [spec(p, words, 'q1')]);
    // A framework re-rendering sets the text of the node it created, unaware of our split.
    original.data = 'A different sentence now.';
    removeHighlights(document);
    expect(p.textContent).toBe('A different sentence now.');
    expect([...p.childNodes]).toEqual([original]);
  });
});
